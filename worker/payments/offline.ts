// The offline "provider": no call out; the donor pays by bank transfer or the organisation's
// static payment QR, quoting the reference, and staff confirm (/admin/donations/{id}/confirm).
import type { PaymentSettings } from './choice';

export function offlineInstructions(s: Pick<PaymentSettings, 'instructions' | 'account'>, reference: string): string {
  const account = s.account ? `收款账户：${s.account}\n` : '';
  return `${account}${s.instructions ? `${s.instructions}\n` : '请通过银行转账或到机构现场完成捐赠，'}并在附言中注明参考号 ${reference}。工作人员确认到账后，金额计入已筹款。`;
}

/** What an offline donor is told to pay to (kept with the pledge: donations.offline_payment). */
export type OfflineDetails = Pick<PaymentSettings, 'instructions' | 'account' | 'qrUrl'>;

export const offlineDetailsOf = (s: PaymentSettings): OfflineDetails => ({ instructions: s.instructions, account: s.account, qrUrl: s.qrUrl });

export const offlinePayment = (s: OfflineDetails, reference: string) => ({
  method: 'offline' as const,
  instructions: offlineInstructions(s, reference),
  reference,
  ...(s.qrUrl ? { qrImageUrl: s.qrUrl } : {}),
});
