// The share page's body (/p/{projectId}), the page a reader lands on from a WeChat link: whose page
// it is (the organisation's masthead), what it is (one sentence), the story in full (cover, summary,
// body, facts), the live progress card with the pledge form and the recipient line, the progress
// timeline and the sources, and a footer. Readable with JavaScript off: the card is rendered here
// inside <gongyi-progress>, which then upgrades.
import { html } from 'hono/html';
import { date } from '../../../common/format';
import type { OrgRow } from '../../db/rows';
import type { Campaign } from '../../schemas/campaigns';
import type { Project } from '../../schemas/projects';
import { elementAttrs, type Html, type PageOptions } from './document';
import type { Messages } from './locale';
import { progressContent } from './progress';
import { recipientLine, webUrl } from './recipient';

export type SharePageView = Pick<PageOptions, 'locale' | 'elder' | 'theme'> & {
  project: Project;
  campaign: Campaign | null;
  org: OrgRow;
  m: Messages;
  serviceName: string;
};

/** The organisation's name and brand line over the page, its logo or its first character beside them. */
export function shareMasthead({ org, m }: Pick<SharePageView, 'org' | 'm'>): Html {
  const logo = webUrl(org.logo_url) ?? (org.logo_url?.startsWith('/') ? org.logo_url : null);
  return html`<header class="masthead"><div class="masthead-in">
${logo ? html`<img class="mark" src="${logo}" alt="">` : html`<span class="mark" aria-hidden="true">${[...org.name][0] ?? ''}</span>`}
<p><strong class="org-name">${org.name}</strong>${org.brand ? html`<span class="brand-line">${org.brand}</span>` : ''}</p>
<span class="kind">${m.page.share}</span>
</div></header>`;
}

export function shareFooter({ org, m, serviceName }: Pick<SharePageView, 'org' | 'm' | 'serviceName'>): Html {
  const site = webUrl(org.website);
  return html`<footer class="site-footer"><p>${m.page.shareFooter(org.name, serviceName)}${
    site ? html` · <a href="${site}" rel="noopener">${new URL(site).host}</a>` : ''
  }</p></footer>`;
}

export function shareContent(v: SharePageView): Html {
  const { project: p, campaign: c, locale, m } = v;
  const t = m.project;
  const fact = (label: string, value: string | null) =>
    value ? html`<div><dt>${label}</dt><dd>${value}</dd></div>` : '';
  // The story in full: the body when there is one (the summary is its digest, and the page's description), else the summary.
  const paragraphs = (p.body ?? '')
    .split(/\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return html`<div class="share"><article class="story">
<p class="kicker">${t.categories[p.category] ?? p.category} · ${t.statuses[p.status] ?? p.status}</p>
<h1>${p.title}</h1>
<p class="about">${m.page.shareAbout(p.orgName)}</p>
${c ? recipientLine(c.recipient, m.progress) : ''}
${p.coverUrl ? html`<img class="cover hero" src="${p.coverUrl}" alt="${p.title}" decoding="async">` : ''}
${(paragraphs.length ? paragraphs : [p.summary]).map((s, i) => html`<p${i ? '' : html` class="lede"`}>${s}</p>`)}
<dl class="facts">
${fact(t.location, p.location)}${fact(t.beneficiaries, p.beneficiaries)}
</dl>
</article>
${
  c
    ? html`<section class="give" aria-labelledby="give-h"><h2 id="give-h">${m.page.shareGive}</h2>
<gongyi-progress campaign="${c.id}"${elementAttrs(v)}>
${progressContent({ campaign: c, locale, m, heading: 'h2', giveUrl: null })}
</gongyi-progress></section>`
    : ''
}
<section aria-labelledby="updates-h"><h2 id="updates-h">${m.page.shareProgress}</h2>
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
</section>
${
  p.links.length
    ? html`<section aria-labelledby="sources-h"><h2 id="sources-h">${t.sources}</h2><ul>${p.links.map(
        (l) => html`<li><a href="${l.url}" target="_blank" rel="noopener">${l.title}</a></li>`,
      )}</ul></section>`
    : ''
}</div>`;
}
