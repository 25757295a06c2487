// An organisation's headline figures as readable HTML (what <gongyi-stats> shows, without the
// count-up), formatted by the widget's own figureParts so 万/萬 and 余 read the same.
import { html } from 'hono/html';
import { figureParts, labelOf } from '../../../common/stats-figures';
import type { Stat } from '../../schemas/stats';
import type { Html } from './document';
import type { Locale, Messages } from './locale';

export function figuresList(items: Stat[], locale: Locale, m: Messages): Html {
  const t = m.stats;
  if (!items.length) return html`<p class="muted">${t.empty}</p>`;
  return html`<ul class="figures" aria-label="${t.title}">${items.map((s) => {
    const { label, unit } = labelOf(s, t);
    const parts = figureParts(s, s.value, unit, locale);
    return html`<li><span class="num">${parts.num}<small>${parts.unit}</small></span><span>${label}</span>${
      s.period ? html`<span class="muted"> · ${s.period}</span>` : ''
    }</li>`;
  })}</ul>`;
}

export const statsContent = (o: { orgName: string; items: Stat[]; locale: Locale; m: Messages }): Html =>
  html`<section class="stats"><h1>${o.orgName} · ${o.m.stats.title}</h1>${figuresList(o.items, o.locale, o.m)}</section>`;
