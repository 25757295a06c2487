/**
 * Words of the recipient line (recipient.ts); <gongyi-progress> and <gongyi-lunch> each carry them
 * in their own catalog. Types only: the worker's pages read these catalogs too.
 */
export interface RecipientMessages {
  /** "募捐主体：" / "Recipient: " (label and its punctuation, the name follows). */
  recipientLabel: string;
  /** "备案编号：" / "Filing no. " */
  filingLabel: string;
  /**
   * In place of the give button when today (China time) is outside the filed fundraising period
   * (备案期), with its dates as filed ("2020-01-01", "" when not on record).
   */
  outsideFiling: (from: string, until: string) => string;
}
