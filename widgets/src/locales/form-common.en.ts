import type { CommonMessages } from '../lib/i18n.js';
import common from '../../../common/locales/common.en.js';

/**
 * The common strings of the forms (pledge, sponsorship, claim, payment), English (en): a read's errors
 * plus those only a write can meet. A chunk of their own, loaded with the forms, so the cards'
 * first paint does not carry them.
 */
const formCommon: CommonMessages = {
  ...common,
  errors: {
    ...common.errors,
    validation_failed: 'Some fields need attention.',
    origin_not_allowed:
      'This site is not authorised to send this form: nothing you entered was recorded, and nothing was charged.',
    rate_limited: 'Too many attempts. Please wait a moment and try again.',
    campaign_closed: 'This campaign is closed.',
    recipient_required: 'This project is not accepting gifts yet.',
    filing_not_current: 'This project is outside its filed fundraising period and is not accepting gifts.',
  },
  officialPage: 'Take part on the official page',
};

export default formCommon;
