// A project as readable HTML (what <gongyi-project> shows): cover, title, organisation, location,
// category, beneficiaries, status, the progress timeline, source links, and its campaign if any.
import { html } from 'hono/html';
import { date } from '../../../common/format';
import type { Campaign } from '../../schemas/campaigns';
import type { Project } from '../../schemas/projects';
import type { Html } from './document';
import type { Locale, Messages } from './locale';
import { progressContent } from './progress';

export type ProjectView = {
  project: Project;
  campaign: Campaign | null;
  locale: Locale;
  m: Messages;
  giveUrl: string | null;
};

export function projectContent({ project: p, campaign, locale, m, giveUrl }: ProjectView): Html {
  const t = m.project;
  const fact = (label: string, value: string | null) =>
    value ? html`<div><dt>${label}</dt><dd>${value}</dd></div>` : '';
  return html`<article class="project">
${p.coverUrl ? html`<img class="cover" src="${p.coverUrl}" alt="${p.title}" decoding="async">` : ''}
<h1>${p.title}</h1>
<p>${p.summary}</p>
<dl class="facts">
${fact(t.org, p.orgName)}${fact(t.location, p.location)}${fact(t.category, t.categories[p.category] ?? p.category)}${fact(
    t.beneficiaries,
    p.beneficiaries,
  )}${fact(t.status, t.statuses[p.status] ?? p.status)}
</dl>
${campaign ? progressContent({ campaign, locale, m, heading: 'h2', giveUrl }) : ''}
<h2>${t.timeline}</h2>
${
  p.updates.length
    ? html`<ol class="timeline">${p.updates.map(
        (u) =>
          html`<li><p><time datetime="${u.date}">${date(u.date, locale)}</time> · <span class="badge">${t.states[u.state] ?? u.state}</span></p><h3>${u.title}</h3>${
            u.body ? html`<p>${u.body}</p>` : ''
          }</li>`,
      )}</ol>`
    : html`<p class="muted">${t.noUpdates}</p>`
}
${
  p.links.length
    ? html`<h2>${t.sources}</h2><ul>${p.links.map((l) => html`<li><a href="${l.url}" target="_blank" rel="noopener">${l.title}</a></li>`)}</ul>`
    : ''
}
</article>`;
}
