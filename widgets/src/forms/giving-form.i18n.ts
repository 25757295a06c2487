/** Strings every giving form (pledge, lunch sponsorship) shows around its amount: donor fields and the result. */
export interface GivingFormMessages {
  name: string;
  anonymous: string;
  message: string;
  contact: string;
  contactHint: string;
  optional: string;
  submit: (amount: string) => string;
  submitNoAmount: string;
  sending: string;
  thanks: string;
  reference: string;
  instructions: string;
  pendingNote: string;
  again: string;
}
