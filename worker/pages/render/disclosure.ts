// The disclosure report as a printable HTML document body: the period, the organisation's sums,
// one table row per campaign (money in by channel, refunds, money out, opening and closing
// balance, gifts, last disclosure) and notes that define each figure. Amounts are exact yuan
// (12,345.67), never rounded to 万: a financial statement is checked to the fen.
import { html } from 'hono/html';
import { date, integer } from '../../../common/format';
import type { Disclosure, DisclosureCampaign, DisclosureChannels, Period } from '../../schemas/disclosure';
import type { Html } from './document';
import { DISCLOSURE_MESSAGES, type DisclosureMessages } from './disclosure-messages';
import type { Locale } from './locale';

const CHANNELS = ['offline', 'wechatpay', 'stripe'] as const;

/** Minor units → yuan with grouping and two decimals, exactly (integer arithmetic, no float rounding). */
export function yuan(minor: number, locale: Locale): string {
  const abs = Math.abs(minor);
  return `${minor < 0 ? '-' : ''}${integer(Math.floor(abs / 100), locale)}.${String(abs % 100).padStart(2, '0')}`;
}

export type DisclosureView = { report: Disclosure; period: Period; locale: Locale; jsonUrl: string };

type Figures = Pick<DisclosureCampaign, 'moneyIn' | 'refunds' | 'moneyOut' | 'openingBalance' | 'balance' | 'donors'>;

/** A total with the channels that carried money, one per line. */
function channelCell(ch: DisclosureChannels, cls: string, t: DisclosureMessages, locale: Locale): Html {
  return html`<td class="num"><span class="${cls}">${yuan(ch.total, locale)}</span>${CHANNELS.filter(
    (k) => ch[k] !== 0,
  ).map(
    (k) => html`<span class="sub">${t.channels[k]} <span class="${cls}-${k}">${yuan(ch[k], locale)}</span></span>`,
  )}</td>`;
}

const figureCells = (f: Figures, t: DisclosureMessages, locale: Locale) =>
  html`${channelCell(f.moneyIn, 'in', t, locale)}${channelCell(f.refunds, 'refunds', t, locale)}<td class="num out">${yuan(f.moneyOut, locale)}</td><td class="num opening">${yuan(f.openingBalance, locale)}</td><td class="num balance">${yuan(f.balance, locale)}</td><td class="num donors">${integer(f.donors, locale)}</td>`;

function campaignRow(c: DisclosureCampaign, t: DisclosureMessages, locale: Locale): Html {
  const r = c.recipient;
  return html`<tr id="c-${c.id}">
<th scope="row"><span class="h3">${c.title}</span>${c.currency === 'CNY' ? '' : ` (${c.currency})`}
<span class="sub">${
    r
      ? html`${t.recipient}${r.name}<br>${t.creditCode}${r.creditCode}${r.filingNumber ? html`<br>${t.filing}${r.filingNumber}` : ''}`
      : t.noRecipient
  }</span>
<span class="sub">${t.startedOn(date(c.startedOn, locale))} · ${t.statuses[c.status]}</span></th>
${figureCells(c, t, locale)}
<td class="last">${c.lastDisclosedOn ? html`<time datetime="${c.lastDisclosedOn}">${date(c.lastDisclosedOn, locale)}</time>` : t.never}${
    c.overdue ? html`<span class="sub overdue">${t.overdue}</span>` : ''
  }</td>
</tr>`;
}

export function disclosureContent({ report, period, locale, jsonUrl }: DisclosureView): Html {
  const t = DISCLOSURE_MESSAGES[locale];
  const col = t.columns;
  const several = report.totals.length > 1;
  return html`<article class="disclosure">
<h1>${report.org.name} · ${t.title}</h1>
<p class="big period">${t.period(period)}</p>
<p>${t.range(date(period.from, locale), date(period.to, locale))} · ${t.asOf(date(report.asOf, locale))} · ${t.unit}</p>
${report.totals.length ? html`<h2>${t.totals}</h2>` : ''}
${report.totals.map(
  (s) => html`<dl class="facts totals" id="totals-${s.currency}"${several ? html` aria-label="${s.currency}"` : ''}>
<div><dt>${col.moneyIn}</dt><dd class="in">${yuan(s.moneyIn.total, locale)}</dd></div>
<div><dt>${col.refunds}</dt><dd class="refunds">${yuan(s.refunds.total, locale)}</dd></div>
<div><dt>${col.moneyOut}</dt><dd class="out">${yuan(s.moneyOut, locale)}</dd></div>
<div><dt>${col.balance}</dt><dd class="balance">${yuan(s.balance, locale)}</dd></div>
<div><dt>${col.donors}</dt><dd class="donors">${integer(s.donors, locale)}</dd></div>
<div><dt>${t.campaignCount}</dt><dd class="campaigns">${integer(s.campaigns, locale)}</dd></div>
<div><dt>${t.overdueCount}</dt><dd class="overdue-count">${integer(s.overdue, locale)}</dd></div>
</dl>`,
)}
<h2 id="campaigns-h">${t.campaigns}</h2>
${
  report.campaigns.length
    ? html`<div class="report-wrap" data-scroll-x role="region" aria-labelledby="campaigns-h" tabindex="0"><table class="report">
<thead><tr><th scope="col">${col.campaign}</th><th scope="col">${col.moneyIn}</th><th scope="col">${col.refunds}</th><th scope="col">${col.moneyOut}</th><th scope="col">${col.opening}</th><th scope="col">${col.balance}</th><th scope="col">${col.donors}</th><th scope="col">${col.last}</th></tr></thead>
<tbody>
${report.campaigns.map((c) => campaignRow(c, t, locale))}
</tbody>
<tfoot>${report.totals.map(
        (s) =>
          html`<tr id="t-${s.currency}"><th scope="row">${t.totals}${several || s.currency !== 'CNY' ? ` (${s.currency})` : ''}</th>${figureCells(s, t, locale)}<td>${
            s.overdue ? html`<span class="overdue">${t.overdue} ${integer(s.overdue, locale)}</span>` : ''
          }</td></tr>`,
      )}</tfoot>
</table></div>`
    : html`<p class="muted">${t.none}</p>`
}
<h2>${t.notesTitle}</h2>
<ol class="notes">${t.notes.map((n) => html`<li>${n}</li>`)}</ol>
<p class="muted"><a href="${jsonUrl}">${t.data}</a></p>
</article>`;
}
