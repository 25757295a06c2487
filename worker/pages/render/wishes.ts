// An organisation's micro-wish board as readable HTML (what <gongyi-wishes> shows): counts per
// status and the newest wishes, wishers masked; claiming needs the live element (JavaScript).
import { html } from 'hono/html';
import { date, integer, money } from '../../../common/format';
import type { readWishPage } from '../../read-models/wish-page';
import type { Org } from '../../schemas/orgs';
import type { Html } from './document';
import type { Locale, Messages } from './locale';

/** Wishes per page, as <gongyi-wishes> loads them. */
export const WISHES_SHOWN = 6;

export type WishPage = Awaited<ReturnType<typeof readWishPage>>;
export type WishesView = { org: Org; page: WishPage; locale: Locale; m: Messages; claimUrl: string };

export function wishesContent({ org, page, locale, m, claimUrl }: WishesView): Html {
  const t = m.wishes;
  const statuses = ['open', 'claimed', 'fulfilled'] as const;
  return html`<section class="wishes">
<h1>${org.name} · ${t.title}</h1>
<dl class="facts counts" aria-label="${m.page.wishesCount}">${statuses.map(
    (s) => html`<div><dt>${t.statuses[s]}</dt><dd>${integer(page.counts[s], locale)}</dd></div>`,
  )}</dl>
${
  page.items.length
    ? html`<ul class="list">${page.items.map(
        (
          w,
        ) => html`<li><div class="row"><h2 class="h3">${w.title}</h2><span class="badge">${t.statuses[w.status] ?? w.status}</span></div>
<p class="muted">${t.categories[w.category] ?? w.category} · ${t.wisher} ${w.wisher}${w.community ? ` · ${w.community}` : ''}${
          w.value ? ` · ${t.value} ${money(w.value, w.currency, locale)}` : ''
        }</p>
${w.story ? html`<p>${w.story}</p>` : ''}${
          w.status === 'fulfilled' && w.claimedBy
            ? html`<p>${t.fulfilledBy(w.claimedBy, w.fulfilledAt ? date(w.fulfilledAt, locale) : '')}</p>`
            : w.claimedBy
              ? html`<p>${t.claimedBy(w.claimedBy)}</p>`
              : ''
        }</li>`,
      )}</ul>`
    : html`<p class="muted">${t.none}</p>`
}
${
  page.counts.open > 0
    ? html`<p><a class="action" href="${claimUrl}" target="_blank" rel="noopener">${m.page.claim}</a></p><p class="noscript-note">${m.page.needsScript}</p>`
    : ''
}
</section>`;
}
