// WeChat Pay API v3 Native order: POST /v3/pay/transactions/native answers a code_url that the
// donor's phone scans. out_trade_no is the donation id, so the notification finds its donation.
// The answer is used only if WeChat Pay's signature on it verifies: a code_url from anyone else
// (a proxy, a forged DNS answer) would send the donor's money elsewhere.
import { chinaDateTime } from '../../common/china-time';
import type { WechatPayConfig } from './config';
import { type OnlinePaymentProvider, type OrderRequest, PaymentProviderError } from './provider';
import { authorizationHeader } from './wechatpay-signing';
import { checkWechatPaySignature } from './wechatpay-verify';

type NativeAnswer = { code_url?: unknown; code?: unknown };
const parseAnswer = (text: string): NativeAnswer | null => {
  try {
    return JSON.parse(text) as NativeAnswer;
  } catch {
    return null;
  }
};

export function wechatPayProvider(cfg: WechatPayConfig): OnlinePaymentProvider {
  return {
    name: 'wechatpay',
    async openOrder(order: OrderRequest) {
      if (order.currency !== 'CNY')
        throw new PaymentProviderError('wechatpay', `currency ${order.currency} is not supported`);
      const url = new URL(`${cfg.apiBase}/v3/pay/transactions/native`);
      const body = JSON.stringify({
        appid: cfg.appId,
        mchid: cfg.mchId,
        description: order.description.slice(0, 127),
        out_trade_no: order.donationId,
        time_expire: chinaDateTime(order.expiresAt), // RFC 3339 in China time, as WeChat documents it
        notify_url: order.notifyUrl,
        amount: { total: order.amount, currency: order.currency },
      });
      let res: Response;
      try {
        res = await fetch(url.toString(), {
          method: 'POST',
          headers: {
            Authorization: await authorizationHeader(cfg, 'POST', url.pathname + url.search, body),
            'Content-Type': 'application/json',
            Accept: 'application/json',
          },
          body,
        });
      } catch (e) {
        throw new PaymentProviderError('wechatpay', `unreachable: ${e instanceof Error ? e.message : String(e)}`);
      }
      const text = await res.text().catch(() => '');
      const answer = parseAnswer(text);
      if (!res.ok || typeof answer?.code_url !== 'string') {
        throw new PaymentProviderError(
          'wechatpay',
          `order refused (${res.status} ${String(answer?.code ?? '')})`,
          res.status,
        );
      }
      const signed = await checkWechatPaySignature(cfg, res.headers, text);
      if (!signed.ok) throw new PaymentProviderError('wechatpay', `answer not signed by WeChat Pay (${signed.detail})`);
      return { paymentUrl: answer.code_url, providerOrderId: null, expiresAt: order.expiresAt };
    },
  };
}
