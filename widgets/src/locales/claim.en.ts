import type { ClaimMessages } from '../elements/gongyi-claim.messages.js';
import common from './form-common.en.js';

/** The claim dialog of <gongyi-wishes> in English (en). */
const messages: ClaimMessages = {
  dialogTitle: 'Claim a micro-wish',
  nextTitle: 'What happens next',
  next: [
    'The wish is held for you; nobody else can claim it.',
    'Community staff contact you to arrange a visit to bring it together.',
    'Once fulfilled, a thank-you appears here. Only staff ever see your contact.',
  ],
  name: 'Your name',
  organisation: 'Organisation or Party branch',
  contact: 'Phone',
  contactHint:
    'Seen only by staff, to arrange the wish with you; never published, deleted 180 days after the wish is settled.',
  optional: ' (optional)',
  nameRequired: 'Please enter your name.',
  contactRequired: 'Please enter a phone number so staff can reach you.',
  submit: 'Claim this wish',
  sending: 'Sending…',
  cancel: 'Cancel',
  close: 'Close',
  claimed: 'Claimed — thank you!',
  claimedNote: (w) => `The wish is now held by ${w}. Staff will contact you soon.`,
  alreadyClaimed: 'Someone claimed this wish a moment ago. Have a look at the others.',
  wishClosed: 'This wish no longer takes claims.',
  common,
};

export default messages;
