import { html, nothing, type TemplateResult } from 'lit';
import type { DonationResult } from '../lib/api.js';

/** Strings of the donor's own link in a pledge's result. */
export interface DonorLinkMessages {
  /** "我的捐赠": the link to the donor's own page. */
  donorLink: string;
  /** The same for a monthly gift, which the page also stops ("我的捐赠 / 停止月捐"). */
  donorLinkMonthly: string;
  /** Why to keep it: there is no account, the link is the only way back. */
  donorLinkHint: string;
  /** Screen-reader words after the link text: it opens a new tab. */
  newTab: string;
}

type Link = Pick<DonationResult, 'frequency' | 'donorUrl'>;

const KEY = 'gongyi.donor-link.';

/**
 * The donor's own page (/donor/{token}) is only in the pledge's answer: the public status
 * (GET /donations/{id}) never carries it, as a donation id travels in URLs and the signed link is
 * the donor's alone. A Stripe donor leaves for the checkout page right after the answer, so the
 * link (and whether the gift is monthly) waits in this tab's sessionStorage for the way back.
 */
export function keepDonorLink(r: DonationResult): void {
  if (!r.donorUrl) return;
  try {
    sessionStorage.setItem(KEY + r.id, JSON.stringify({ frequency: r.frequency, donorUrl: r.donorUrl }));
  } catch {
    /* storage refused (privacy mode, sandbox): the link shows only until the page is left */
  }
}

/** `d` (a donation the donor came back for) with the link kept for it, if any. */
export function withKeptLink<T extends DonationResult>(d: T): T {
  try {
    const k = JSON.parse(sessionStorage.getItem(KEY + d.id) ?? 'null') as Link | null;
    if (k && typeof k.donorUrl === 'string')
      return { ...d, donorUrl: k.donorUrl, frequency: k.frequency === 'monthly' ? 'monthly' : 'once' };
  } catch {
    /* nothing readable kept: the result simply has no link */
  }
  return d;
}

/** The link to the donor's own page, opening in a new tab so the result stays; only an http(s) URL becomes a link. */
export function donorLink(t: DonorLinkMessages, r: Link): TemplateResult | typeof nothing {
  const url = r.donorUrl;
  if (!url || !/^https?:\/\//i.test(url)) return nothing;
  return html`<p>
      <a href=${url} target="_blank" rel="noopener" part="donor-link"
        >${r.frequency === 'monthly' ? t.donorLinkMonthly : t.donorLink}<span class="sr">${t.newTab}</span></a
      >
    </p>
    <p class="hint">${t.donorLinkHint}</p>`;
}
