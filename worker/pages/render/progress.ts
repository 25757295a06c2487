// A campaign's progress as readable HTML: what <gongyi-progress> shows before it upgrades, and all
// a reader without JavaScript gets (the pledge form needs it: a link opens the share page instead;
// a campaign without a qualified recipient offers neither, only a note).
import { html } from 'hono/html';
import { daysUntil, date, integer, money, percent } from '../../../widgets/src/lib/format';
import type { Campaign } from '../../schemas/campaigns';
import type { Html } from './document';
import type { Locale, Messages } from './locale';
import { moneyFlow } from './money-flow';
import { noGiftsNote, recipientLine } from './recipient';

/** As many recent gifts as <gongyi-progress> shows before "show all": the frame keeps its height on upgrade. */
const RECENT_SHOWN = 3;

export type ProgressView = {
  campaign: Campaign; locale: Locale; m: Messages; heading: 'h1' | 'h2';
  /** Where to give when this page cannot (no JavaScript, or a frame): null on the share page itself. */
  giveUrl: string | null;
};

/** A progressbar with a fill class (no inline style under the pages' CSP). */
export function progressBar(raised: number, goal: number, label: string, valueText: string): Html {
  const ratio = goal > 0 ? raised / goal : 0;
  const now = Math.min(100, Math.max(0, Math.round(ratio * 100)));
  return html`<div class="bar" role="progressbar" aria-label="${label}" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${now}" aria-valuetext="${valueText}"><span class="fill w-${now}"></span></div>`;
}

function timeLeft(endsAt: string | null, t: Messages['progress']): string {
  if (!endsAt) return t.ongoing;
  const days = daysUntil(endsAt);
  if (days < 0) return t.ended;
  return days === 0 ? t.endsToday : t.days(days);
}

export function progressContent({ campaign: c, locale, m, heading, giveUrl }: ProgressView): Html {
  const t = m.progress;
  const fmt = (minor: number) => money(minor, c.currency, locale);
  const pct = percent(c.goalAmount > 0 ? c.raisedAmount / c.goalAmount : 0, locale);
  const title = heading === 'h1' ? html`<h1>${c.title}</h1>` : html`<h2>${c.title}</h2>`;
  const recent = heading === 'h1' ? html`<h2>${t.recent}</h2>` : html`<h3>${t.recent}</h3>`;
  const open = c.status === 'open' && !(c.endsAt && daysUntil(c.endsAt) < 0);
  return html`<section class="card progress" aria-label="${c.title}">
${title}
${recipientLine(c.recipient, t)}
<p><span class="big raised">${fmt(c.raisedAmount)}</span> <span class="muted">${t.raised}</span></p>
${progressBar(c.raisedAmount, c.goalAmount, c.title, t.valueText(fmt(c.raisedAmount), fmt(c.goalAmount), pct))}
<dl class="facts">
<div><dt>${t.goal}</dt><dd class="goal">${fmt(c.goalAmount)}</dd></div>
<div><dt>${t.pending}</dt><dd class="pending">${fmt(c.pendingAmount)}</dd></div>
<div><dt>${t.donors}</dt><dd class="donors">${integer(c.donorCount, locale)}</dd></div>
<div><dt>${t.daysLeft}</dt><dd>${timeLeft(c.endsAt, t)}</dd></div>
</dl>
${recent}
${c.recentDonations.length
  ? html`<ul class="list donors-list">${c.recentDonations.slice(0, RECENT_SHOWN).map(
      (d) => html`<li><div class="row"><span class="donor">${d.name}</span><strong>${fmt(d.amount)}</strong></div>${
        d.message ? html`<p>${d.message}</p>` : ''}<p class="muted"><time datetime="${d.at}">${date(d.at, locale)}</time></p></li>`,
    )}</ul>`
  : html`<p class="muted">${t.none}</p>`}
${moneyFlow(c, locale, m, heading === 'h1' ? 'h2' : 'h3')}
${!open
  ? html`<p class="muted">${t.closed}</p>`
  : !c.acceptsGifts
  ? noGiftsNote(t.noGifts)
  : html`${giveUrl ? html`<p><a class="action" href="${giveUrl}" target="_blank" rel="noopener">${m.page.give}</a></p>` : ''}<p class="noscript-note">${m.page.needsScript}</p>`}
</section>`;
}
