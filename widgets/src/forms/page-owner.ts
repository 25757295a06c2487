import { html, nothing, type TemplateResult } from 'lit';
import type { ApiError } from '../lib/api.js';
import type { CommonMessages } from '../lib/i18n.js';

/**
 * A write refused because of the page, not the reader: the page's site is not registered for the
 * organisation (403 origin_not_allowed). The reader is told plainly (the form's message, and where
 * to go instead); the page's owner is told how to fix it, in English like the rest of the
 * developer-facing surface, in the browser console and in a `gongyi-error` event ({…, fix}).
 * Loads with the forms, never with a card's first paint.
 */
export function pageOwnerFix(e: ApiError, service: string): string | undefined {
  if (e.code !== 'origin_not_allowed') return undefined;
  const site = location.origin;
  return (
    `Gongyi: this page's site ${site} is not registered for the organisation, so the service refused the form ` +
    `(403 origin_not_allowed; reading works everywhere, writing only from registered sites). To fix it, the organisation's staff ` +
    `add ${site} in the console's 嵌入网站 (Sites) view at ${service}/admin, or call POST ${service}/api/v1/admin/sites ` +
    `{"orgId": "…", "origin": "${site}"}.`
  );
}

/**
 * The error box's content for a refused write: the reader's message, the field errors, and for a
 * refusal of the page itself a link to the official page (`official`, on the service) where the
 * same form works.
 */
export function refusal(e: ApiError, common: CommonMessages, official?: string): TemplateResult {
  return html`<p>${common.errors[e.code] ?? ((e.status >= 500 && common.errors.server_error) || e.message)}</p>
    ${
      e.code === 'origin_not_allowed' && official && common.officialPage
        ? html`<p><a href=${official} target="_blank" rel="noopener">${common.officialPage}</a></p>`
        : nothing
    }
    ${e.errors.length ? html`<ul>${e.errors.map((x) => html`<li>${x.path}: ${x.message}</li>`)}</ul>` : nothing}`;
}
