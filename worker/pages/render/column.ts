// An organisation's charity column as readable HTML (what <gongyi-column> shows): brand line,
// headline figures and the first page of project cards, each linking to its share page.
import { html } from 'hono/html';
import { money } from '../../../common/format';
import type { readProjectPage } from '../../read-models/project-page';
import type { Org } from '../../schemas/orgs';
import type { Stat } from '../../schemas/stats';
import type { Html } from './document';
import type { Locale, Messages } from './locale';
import { progressBar } from './progress';
import { figuresList } from './stats';

/** The widget's default figure slots and cards per page (<gongyi-column> `figures`, `limit`). */
export const COLUMN_FIGURES = 4;
export const COLUMN_CARDS = 6;

export type ProjectPage = Awaited<ReturnType<typeof readProjectPage>>;
export type ColumnView = {
  org: Org;
  stats: Stat[];
  page: ProjectPage;
  locale: Locale;
  m: Messages;
  projectUrl: (id: string) => string;
};

export function columnContent({ org, stats, page, locale, m, projectUrl }: ColumnView): Html {
  const t = m.column;
  return html`<section class="column">
<h1>${org.name} · ${t.column}</h1>
${org.brand || org.region ? html`<p class="muted brand">${org.brand ?? org.region}</p>` : ''}
${figuresList(stats.slice(0, COLUMN_FIGURES), locale, m)}
<h2>${t.projects}</h2>
${
  page.items.length
    ? html`<ul class="cards">${page.items.map((p) => {
        const g = p.progress;
        const raised = g ? money(g.raisedAmount, g.currency, locale) : '';
        const goal = g ? money(g.goalAmount, g.currency, locale) : '';
        return html`<li>${p.coverUrl ? html`<img class="cover" src="${p.coverUrl}" alt="" loading="lazy" decoding="async">` : ''}
<h3><a href="${projectUrl(p.id)}" target="_blank" rel="noopener">${p.title}</a></h3>
<p class="muted">${t.categories[p.category] ?? p.category}${p.location ? ` · ${p.location}` : ''}</p>
<p><span class="badge">${t.statuses[p.status] ?? p.status}</span></p>
${g ? html`${progressBar(g.raisedAmount, g.goalAmount, t.progressOf(p.title), t.raised(raised, goal))}<p>${t.raised(raised, goal)}</p>` : ''}</li>`;
      })}</ul>`
    : html`<p class="muted">${t.empty}</p>`
}
</section>`;
}
