// A local stand-in for WeChat Pay API v3, started by the e2e test on 127.0.0.1 (the worker reaches
// it through WECHATPAY_API_BASE). It does what the real service does at its HTTP boundary:
//   - POST /v3/pay/transactions/native: checks the merchant's Authorization signature, answers
//     { code_url } signed with the platform key, as WeChat signs its answers (401 SIGN_ERROR otherwise);
//   - pay(out_trade_no): the donor "scans and pays": a TRANSACTION.SUCCESS notification, signed
//     with the platform key and its resource AES-256-GCM encrypted, is POSTed to the order's
//     notify_url; redeliver() sends the very same notification again, as WeChat retries.
// The cryptography is the shared test fixture's (test/payments/wechatpay-fixture.ts), passed in.
import type { ServerResponse } from 'node:http';
import { serveLocal } from './http.js';

export interface NativeOrder {
  appid: string;
  mchid: string;
  description: string;
  out_trade_no: string;
  time_expire?: string;
  notify_url: string;
  amount: { total: number; currency: string };
  code_url: string;
}

export interface SignedNotification {
  headers: Record<string, string>;
  body: string;
}

export interface WechatPayCrypto {
  /** True when the request carries a valid merchant signature (Authorization: WECHATPAY2-SHA256-RSA2048 …). */
  verifyMerchantRequest(method: string, pathAndQuery: string, body: string, authorization: string): Promise<boolean>;
  /** WeChat Pay's signature headers (Wechatpay-*) for an answer body. */
  signAnswer(body: string): Promise<Record<string, string>>;
  /** The TRANSACTION.SUCCESS notification for a paid order, as WeChat sends it (Wechatpay-* headers, encrypted resource). */
  paidNotification(order: NativeOrder): Promise<SignedNotification>;
}

export interface WechatPayStandIn {
  url: string;
  /** Orders opened by the merchant, in order. */
  orders: NativeOrder[];
  /** Requests refused for a missing or bad merchant signature. */
  refused: number;
  pay(outTradeNo: string): Promise<{ status: number; body: string }>;
  redeliver(): Promise<{ status: number; body: string }>;
  close(): Promise<void>;
}

function answer(res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

export async function startWechatPayStandIn(crypto: WechatPayCrypto): Promise<WechatPayStandIn> {
  const orders: NativeOrder[] = [];
  let last: { url: string; note: SignedNotification } | undefined;
  const standIn = { orders, refused: 0 } as WechatPayStandIn;

  const server = await serveLocal(
    async (req, body, res) => {
      if (req.method !== 'POST' || req.url !== '/v3/pay/transactions/native') {
        return answer(res, 404, { code: 'NOT_FOUND', message: `${req.method} ${req.url}` });
      }
      if (!(await crypto.verifyMerchantRequest('POST', req.url, body, req.headers.authorization ?? ''))) {
        standIn.refused++;
        return answer(res, 401, { code: 'SIGN_ERROR', message: '签名错误' });
      }
      const order = JSON.parse(body) as Omit<NativeOrder, 'code_url'>;
      if (!order.out_trade_no || !order.notify_url || !Number.isInteger(order.amount?.total)) {
        return answer(res, 400, { code: 'PARAM_ERROR', message: '参数错误' });
      }
      const code_url = `weixin://wxpay/bizpayurl?pr=${Buffer.from(order.out_trade_no).toString('base64url').slice(0, 12)}`;
      orders.push({ ...order, code_url });
      answer(res, 200, { code_url }, await crypto.signAnswer(JSON.stringify({ code_url })));
    },
    (res, e) => answer(res, 500, { code: 'SYSTEM_ERROR', message: String(e) }),
  );

  const deliver = async (url: string, note: SignedNotification) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...note.headers },
      body: note.body,
    });
    return { status: res.status, body: await res.text() };
  };

  return Object.assign(standIn, {
    url: server.url,
    async pay(outTradeNo: string) {
      const order = orders.find((o) => o.out_trade_no === outTradeNo);
      if (!order) throw new Error(`no order ${outTradeNo}`);
      const note = await crypto.paidNotification(order);
      last = { url: order.notify_url, note };
      return deliver(order.notify_url, note);
    },
    async redeliver() {
      if (!last) throw new Error('nothing delivered yet');
      return deliver(last.url, last.note);
    },
    close: server.close,
  });
}
