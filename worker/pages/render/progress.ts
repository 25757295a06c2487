// A campaign's progress as readable HTML: what <gongyi-progress> shows before it upgrades, and all
// a reader without JavaScript gets (the pledge form needs it: a link opens the share page instead;
// a campaign without a qualified recipient offers neither, only a note). Matching funds (配捐): what
// they added is a segment of the bar after the raised one and a figure, and the running funds say
// what each 1 元 given becomes.
import { html } from 'hono/html';
import { daysUntil, date, integer, money, percent } from '../../../common/format';
import type { Campaign } from '../../schemas/campaigns';
import type { Html } from './document';
import type { Locale, Messages } from './locale';
import { moneyFlow } from './money-flow';
import { noGiftsNote, recipientLine, webUrl, whyNoGifts } from './recipient';

/** As many recent gifts as <gongyi-progress> shows before "show all": the frame keeps its height on upgrade. */
const RECENT_SHOWN = 3;

export type ProgressView = {
  campaign: Campaign;
  locale: Locale;
  m: Messages;
  heading: 'h1' | 'h2';
  /** Where to give when this page cannot (no JavaScript, or a frame): null on the share page itself. */
  giveUrl: string | null;
};

/**
 * A progressbar with fill classes (no inline style under the pages' CSP): the raised part, then what
 * matching funds added (`matched`, minor units) as a segment of its own; the value counts both.
 */
export function progressBar(raised: number, goal: number, label: string, valueText: string, matched = 0): Html {
  const share = (n: number) => Math.min(100, Math.max(0, Math.round(goal > 0 ? (n / goal) * 100 : 0)));
  const own = share(raised);
  const now = share(raised + matched);
  return html`<div class="bar" role="progressbar" aria-label="${label}" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${now}" aria-valuetext="${valueText}"><span class="fill w-${own}"></span>${
    now > own ? html`<span class="fill matched w-${now - own}"></span>` : ''
  }</div>`;
}

/**
 * "配捐进行中：您的每1元将变为2元，剩余 X元 · 配捐方：{logo} {name}": the running funds (their ratios
 * and what they hold summed), as <gongyi-progress> says it. Nothing without a running fund.
 */
function matchingLine(
  funds: Campaign['matchFunds'],
  fmt: (minor: number) => string,
  t: Messages['progress'],
): Html | '' {
  if (!funds.length) return '';
  const ratio = funds.reduce((a, f) => a + f.ratioPercent, 0);
  const left = funds.reduce((a, f) => a + f.remaining, 0);
  const who = funds.map((f, i) => {
    const logo = webUrl(f.matcher.logoUrl);
    // The logo says the name to a screen reader; the name beside it is for the eye only.
    return html`${i ? '、' : ''}${logo ? html`<img class="logo" src="${logo}" alt="${f.matcher.name}">` : ''}<span${
      logo ? html` aria-hidden="true"` : ''
    }>${f.matcher.name}</span>`;
  });
  // 100 fen is 1 元: each 1 元 becomes 100 + ratioPercent fen (1:1 → 2 元).
  return html`<p class="matching"><strong>${t.matching(fmt(100), fmt(100 + ratio), fmt(left))}</strong> · ${t.matchedBy}${who}</p>`;
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
  // What matching funds added counts towards the goal after the raised money (older rows: none).
  const matched = c.matchedAmount ?? 0;
  const funds = c.matchFunds ?? [];
  const pct = percent(c.goalAmount > 0 ? (c.raisedAmount + matched) / c.goalAmount : 0, locale);
  const title = heading === 'h1' ? html`<h1>${c.title}</h1>` : html`<h2>${c.title}</h2>`;
  const recent = heading === 'h1' ? html`<h2>${t.recent}</h2>` : html`<h3>${t.recent}</h3>`;
  const open = c.status === 'open' && !(c.endsAt && daysUntil(c.endsAt) < 0);
  return html`<section class="card progress" aria-label="${c.title}">
${title}
${recipientLine(c.recipient, t)}
<p><span class="big raised">${fmt(c.raisedAmount)}</span> <span class="muted">${t.raised}</span></p>
${progressBar(c.raisedAmount, c.goalAmount, c.title, t.valueText(fmt(c.raisedAmount), fmt(c.goalAmount), pct, matched ? fmt(matched) : undefined), matched)}
${matchingLine(funds, fmt, t)}
<dl class="facts">
<div><dt>${t.goal}</dt><dd class="goal">${fmt(c.goalAmount)}</dd></div>
<div><dt>${t.pending}</dt><dd class="pending">${fmt(c.pendingAmount)}</dd></div>
<div><dt>${t.donors}</dt><dd class="donors">${integer(c.donorCount, locale)}</dd></div>
<div><dt>${t.daysLeft}</dt><dd>${timeLeft(c.endsAt, t)}</dd></div>
${matched || funds.length ? html`<div><dt>${t.matched}</dt><dd class="matched">${fmt(matched)}</dd></div>` : ''}
${c.monthlyDonors ? html`<div><dt>${t.monthlyDonors}</dt><dd class="monthly-donors">${integer(c.monthlyDonors, locale)}</dd></div>` : ''}
</dl>
${recent}
${
  c.recentDonations.length
    ? html`<ul class="list donors-list">${c.recentDonations
        .slice(0, RECENT_SHOWN)
        .map(
          (d) =>
            html`<li><div class="row"><span class="donor">${d.name}</span><strong>${fmt(d.amount)}</strong></div>${
              d.message ? html`<p>${d.message}</p>` : ''
            }<p class="muted"><time datetime="${d.at}">${date(d.at, locale)}</time></p></li>`,
        )}</ul>`
    : html`<p class="muted">${t.none}</p>`
}
${moneyFlow(c, locale, m, heading === 'h1' ? 'h2' : 'h3')}
${
  !open
    ? html`<p class="muted">${t.closed}</p>`
    : !c.acceptsGifts
      ? noGiftsNote(whyNoGifts(c, t, t.noGifts))
      : html`${giveUrl ? html`<p><a class="action" href="${giveUrl}" target="_blank" rel="noopener">${m.page.give}</a></p>` : ''}<p class="noscript-note">${m.page.needsScript}</p>`
}
</section>`;
}
