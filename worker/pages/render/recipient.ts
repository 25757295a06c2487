// Who really receives the money, as the pages show it before the live element upgrades: the
// compact "募捐主体：… · 备案编号：…" line (the number links to its 慈善中国 record), and the note
// that takes the place of a give or sponsor button when the campaign accepts no gifts.
import { html } from 'hono/html';
import type { GiftRefusal, Recipient } from '../../giving/recipient';
import type { Html } from './document';

export type RecipientWords = { recipientLabel: string; filingLabel: string };

/** Staff type these links: only http(s) becomes a link, never a javascript: URL. */
export const webUrl = (url: string | null | undefined): string | null =>
  url && /^https?:\/\//i.test(url) ? url : null;

export function recipientLine(r: Recipient | null, t: RecipientWords): Html | '' {
  if (!r) return '';
  const url = webUrl(r.filingUrl);
  const number = r.filingNumber
    ? html` · ${t.filingLabel}${url ? html`<a href="${url}" target="_blank" rel="noopener">${r.filingNumber}</a>` : r.filingNumber}`
    : '';
  return html`<p class="recipient">${t.recipientLabel}${r.name}${number}</p>`;
}

/** The public view's rule on its own fields (giving/recipient.ts): a qualified charity and a filed plan. */
export const qualifiedRecipient = (r: Recipient | null) => !!(r?.qualification && r.filingNumber);

export const noGiftsNote = (text: string): Html => html`<p class="no-gifts">${text}</p>`;

/** The note's words, as the elements say them: outside the filed period (with its dates), or `fallback`. */
export function whyNoGifts(
  v: { giftRefusal: GiftRefusal | null; recipient: Recipient | null },
  t: { outsideFiling: (from: string, until: string) => string },
  fallback: string,
): string {
  const r = v.recipient;
  return v.giftRefusal === 'filing_not_current' ? t.outsideFiling(r?.filedFrom ?? '', r?.filedUntil ?? '') : fallback;
}
