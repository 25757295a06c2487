// GET /donor/{token}: the donor's own page (the signed link from the pledge's answer), readable
// and usable without JavaScript: the pledge's gifts, its monthly plan, and a form that stops the
// plan (POST /donor/{token}/stop, then back here). Never cached, never framed, not indexed.
import type { Context } from 'hono';
import { html } from 'hono/html';
import { date, money } from '../../common/format';
import type { Env } from '../env';
import { ProblemError } from '../lib/problem';
import { pageSecurity } from '../middleware/page-security';
import { router } from '../routes/factory';
import { donationOfRequest, stopMonthly } from '../routes/donor';
import { readDonor, type DonorView } from '../read-models/donor';
import { pageDocument, pageElder, pageTheme } from './render/document';
import { pageLocale, type Locale } from './render/locale';
import { notFoundPage } from './render/not-found';

const WORDS = {
  'zh-Hans': {
    title: '我的捐赠',
    gifts: '捐赠记录',
    monthly: '月捐',
    once: '单次',
    plan: '我的月捐',
    stop: '停止月捐',
    stopped: '月捐已停止，感谢您的支持。',
    planActive: (a: string, next: string | null) => `每月 ${a}${next ? `，下次 ${next}` : ''}`,
    planPending: '等待首月支付',
    planEnded: (d: string) => `已于 ${d} 停止`,
    status: {
      pending: '待确认',
      confirmed: '已到账',
      cancelled: '已取消',
      refunded: '已退款',
      needs_refund: '待退款',
    } as Record<string, string>,
    reference: '认捐编号：',
    howToPay: '付款方式',
    pendingNote: '工作人员确认到账后，这笔捐赠计入已筹金额，本页的状态随之更新。',
    qrAlt: '机构收款二维码（付款时请注明认捐编号）',
    about: '项目与机构',
    by: (org: string, to: string | null) => `由${org}发起${to ? `，善款由${to}接收` : ''}。`,
    project: '查看项目页面',
    website: (org: string) => `${org}网站`,
    note: '这个链接只属于您的这次捐赠：请勿转发。页面不显示姓名和联系方式。',
  },
  'zh-Hant': {
    title: '我的捐贈',
    gifts: '捐贈紀錄',
    monthly: '月捐',
    once: '單次',
    plan: '我的月捐',
    stop: '停止月捐',
    stopped: '月捐已停止，感謝您的支持。',
    planActive: (a: string, next: string | null) => `每月 ${a}${next ? `，下次 ${next}` : ''}`,
    planPending: '等待首月付款',
    planEnded: (d: string) => `已於 ${d} 停止`,
    status: {
      pending: '待確認',
      confirmed: '已到帳',
      cancelled: '已取消',
      refunded: '已退款',
      needs_refund: '待退款',
    } as Record<string, string>,
    reference: '認捐編號：',
    howToPay: '付款方式',
    pendingNote: '工作人員確認到帳後，這筆捐贈計入已籌金額，本頁的狀態隨之更新。',
    qrAlt: '機構收款二維碼（付款時請註明認捐編號）',
    about: '項目與機構',
    by: (org: string, to: string | null) => `由${org}發起${to ? `，善款由${to}接收` : ''}。`,
    project: '查看項目頁面',
    website: (org: string) => `${org}網站`,
    note: '這個連結只屬於您的這次捐贈：請勿轉發。頁面不顯示姓名和聯絡方式。',
  },
  en: {
    title: 'My gifts',
    gifts: 'Gifts',
    monthly: 'Monthly',
    once: 'Once',
    plan: 'My monthly gift',
    stop: 'Stop my monthly gift',
    stopped: 'Your monthly gift is stopped. Thank you for your support.',
    planActive: (a: string, next: string | null) => `${a} a month${next ? `, next on ${next}` : ''}`,
    planPending: 'Waiting for the first payment',
    planEnded: (d: string) => `Stopped on ${d}`,
    status: {
      pending: 'Pending',
      confirmed: 'Received',
      cancelled: 'Cancelled',
      refunded: 'Refunded',
      needs_refund: 'To be refunded',
    } as Record<string, string>,
    reference: 'Reference: ',
    howToPay: 'How to pay',
    pendingNote: 'Once staff confirm the payment, the gift counts as raised and this page says so.',
    qrAlt: "The organisation's payment QR code (quote the reference when paying)",
    about: 'Project and organisation',
    by: (org: string, to: string | null) => `Run by ${org}${to ? `; the money goes to ${to}` : ''}.`,
    project: 'See the project page',
    website: (org: string) => `${org} website`,
    note: 'This link belongs to your gift only: please do not forward it. The page shows no name or contact.',
  },
} satisfies Record<Locale, unknown>;

function donorContent(v: DonorView, token: string, locale: Locale, stopped: boolean) {
  const t = WORDS[locale];
  const p = v.plan;
  const lang = locale === 'zh-Hans' ? '' : `?lang=${locale}`;
  const planBlock = p
    ? html`<section class="plan" aria-labelledby="plan-h"><h2 id="plan-h">${t.plan}</h2>
<p>${
        p.status === 'active'
          ? t.planActive(money(p.amount, p.currency, locale), p.nextDueOn ? date(p.nextDueOn, locale) : null)
          : p.status === 'pending'
            ? t.planPending
            : t.planEnded(date(p.endedAt ?? '', locale))
      }</p>
${p.status === 'ended' ? '' : html`<form method="post" action="/donor/${token}/stop"><button type="submit" class="give">${t.stop}</button></form>`}</section>`
    : '';
  // The server's instructions are Chinese (the organisation's own account text); the headings and notes follow the page.
  const pay = v.payment;
  const payBlock = pay
    ? html`<section class="card" aria-labelledby="pay-h"><h2 id="pay-h">${t.howToPay}</h2>
<p class="instructions">${pay.instructions}</p>
${pay.qrImageUrl ? html`<img class="pay-qr" src="${pay.qrImageUrl}" alt="${t.qrAlt}">` : ''}
<p class="muted">${t.pendingNote}</p></section>`
    : '';
  const pr = v.project;
  return html`<h1>${t.title}</h1>
${stopped ? html`<p class="notice" role="status">${t.stopped}</p>` : ''}${planBlock}
<section aria-labelledby="gifts-h"><h2 id="gifts-h">${t.gifts}</h2><ul class="list gifts">${v.gifts.map(
    (
      g,
    ) => html`<li><p class="row"><span>${g.campaignTitle}</span> <strong>${money(g.amount, g.currency, locale)}</strong></p>
<p class="muted">${date(g.at, locale)} · ${g.monthly ? t.monthly : t.once} · ${t.status[g.status] ?? g.status}</p>
<p>${t.reference}<span class="ref">${g.reference}</span></p></li>`,
  )}</ul></section>
${payBlock}
<section aria-labelledby="about-h"><h2 id="about-h">${t.about}</h2>
<p>${t.by(pr.orgName, pr.recipientName)}</p>
<p><a href="/p/${encodeURIComponent(pr.id)}${lang}">${t.project}</a>${
    pr.orgWebsite ? html` · <a href="${pr.orgWebsite}" rel="noopener">${t.website(pr.orgName)}</a>` : ''
  }</p></section>
<p class="muted">${t.note}</p>`;
}

export const donorPageRoutes = router();
donorPageRoutes.use('/donor/*', pageSecurity({ framing: 'none' }), async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
  c.header('X-Robots-Tag', 'noindex');
});

async function page(c: Context<Env>, stopped: boolean) {
  const locale = pageLocale(c.req.query('lang'));
  const token = c.req.param('token') ?? '';
  let view: DonorView;
  try {
    view = await readDonor(c.env.DB, await donationOfRequest(c));
  } catch (e) {
    if (e instanceof ProblemError && e.status === 404) return notFoundPage(c, locale, false);
    throw e;
  }
  return c.html(
    pageDocument({
      locale,
      elder: pageElder(c.req.query('elder')),
      theme: pageTheme(c.req.query('theme')),
      frame: false,
      scripts: false,
      icp: c.env.ICP_NUMBER,
      title: WORDS[locale].title,
      body: donorContent(view, encodeURIComponent(token), locale, stopped),
    }),
  );
}

donorPageRoutes.get('/donor/:token', (c) => page(c, c.req.query('stopped') === '1'));
// The stop form: works without JavaScript, then shows the page again (303, so a reload does not resend).
donorPageRoutes.post('/donor/:token/stop', async (c) => {
  await stopMonthly(c, await donationOfRequest(c));
  const lang = c.req.query('lang');
  return c.redirect(
    `/donor/${encodeURIComponent(c.req.param('token') ?? '')}?stopped=1${lang ? `&lang=${encodeURIComponent(lang)}` : ''}`,
    303,
  );
});
