// The offline "provider": no call out; the donor pays by bank transfer, the organisation's static
// payment QR or in person, quoting the reference, and staff confirm (/admin/donations/{id}/confirm).
// The text says how to pay and which number to quote, once; that the gift counts when staff
// confirm it is the widget's line (in the reader's language), not repeated here.
import type { PaymentSettings } from './choice';

/** Whether a donor paying offline is told how: the organisation's account or QR, or the campaign's own text. */
export const hasOfflineDetails = (s: Pick<PaymentSettings, 'instructions' | 'account' | 'qrUrl'>) =>
  Boolean(s.instructions || s.account || s.qrUrl);

/**
 * What a campaign taking offline gifts does not tell its donors, for the console (empty: nothing).
 * Gifts are still accepted: the donor keeps the reference and asks the organisation.
 */
export const missingForPayment = (s: PaymentSettings): 'paymentInstructions'[] =>
  s.provider === 'offline' && !hasOfflineDetails(s) ? ['paymentInstructions'] : [];

export function offlineInstructions(
  s: Pick<PaymentSettings, 'instructions' | 'account' | 'qrUrl'>,
  reference: string,
): string {
  // No account, QR or text on record: say so, rather than "transfer" to an account nobody named.
  if (!hasOfflineDetails(s))
    return `发起机构尚未在此公布收款方式。请保存编号 ${reference}，并联系发起机构询问如何付款。`;
  const account = s.account ? `收款账户：${s.account}\n` : '';
  const how = s.instructions ? `${s.instructions}\n` : s.account ? '' : '请扫描下方的机构收款二维码付款。\n';
  return `${account}${how}付款时请注明编号 ${reference}（银行转账请写在附言里）。`;
}

/** What an offline donor is told to pay to (kept with the pledge: donations.offline_payment). */
export type OfflineDetails = Pick<PaymentSettings, 'instructions' | 'account' | 'qrUrl'>;

export const offlineDetailsOf = (s: PaymentSettings): OfflineDetails => ({
  instructions: s.instructions,
  account: s.account,
  qrUrl: s.qrUrl,
});

export const offlinePayment = (s: OfflineDetails, reference: string) => ({
  method: 'offline' as const,
  instructions: offlineInstructions(s, reference),
  reference,
  ...(s.qrUrl ? { qrImageUrl: s.qrUrl } : {}),
});
