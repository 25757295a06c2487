// Where a campaign's money went, as readable HTML (what <gongyi-progress> shows below its donors):
// raised, spent and balance as three figures (not a second bar), and the latest expenditures.
import { html } from 'hono/html';
import { date, money } from '../../../common/format';
import type { Campaign } from '../../schemas/campaigns';
import type { Html } from './document';
import type { Locale, Messages } from './locale';
import { webUrl } from './recipient';

export function moneyFlow(c: Campaign, locale: Locale, m: Messages, heading: 'h2' | 'h3'): Html {
  const t = m.progress;
  const fmt = (minor: number) => money(minor, c.currency, locale);
  const title = heading === 'h2' ? html`<h2>${t.spending}</h2>` : html`<h3>${t.spending}</h3>`;
  return html`<dl class="facts flow">
<div><dt>${t.flowRaised}</dt><dd class="flow-raised">${fmt(c.raisedAmount)}</dd></div>
<div><dt>${t.spent}</dt><dd class="spent">${fmt(c.spentAmount)}</dd></div>
<div><dt>${t.balance}</dt><dd class="balance">${fmt(c.balance)}</dd></div>
</dl>
${
  c.expenditures.length
    ? html`${title}<ul class="list spending">${c.expenditures.map((e) => {
        const receipt = webUrl(e.receiptUrl);
        return html`<li><div class="row"><span><time datetime="${e.date}">${date(e.date, locale)}</time> ${e.purpose}</span><strong>${fmt(e.amount)}</strong></div>${
          e.payee || receipt
            ? html`<p class="muted">${e.payee ? `${t.payee}${e.payee}` : ''}${e.payee && receipt ? ' · ' : ''}${
                receipt
                  ? html`<a href="${receipt}" target="_blank" rel="noopener">${t.receipt}<span class="sr"> ${e.purpose}</span></a>`
                  : ''
              }</p>`
            : ''
        }</li>`;
      })}</ul>`
    : ''
}`;
}
