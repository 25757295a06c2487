// A free-lunch school as readable HTML (what <gongyi-lunch> shows): who receives the money,
// funded-through date, children, meal price, meals funded and served, balance, who co-funds the
// meals ("您的2元 + 县财政2元 = 一餐", or a monthly sum), the latest daily reports (its spending
// ledger) and recent masked sponsors.
import { html } from 'hono/html';
import { date, integer, money } from '../../../common/format';
import type { readSchool } from '../../read-models/school';
import type { Html } from './document';
import type { Locale, Messages } from './locale';
import { noGiftsNote, qualifiedRecipient, recipientLine, whyNoGifts } from './recipient';

/** As many reports and sponsors as <gongyi-lunch> shows before "show all". */
const SHOWN = 3;

/** Who pays part of the lunches besides the donors, per meal or as a monthly sum (GET /lunch/{school}). */
export type CoFunding = { name: string; perMeal: number | null; monthly: number | null };
/** Optional here: a school view from before co-funding has neither field. */
export type School = Awaited<ReturnType<typeof readSchool>> & { coFunding?: CoFunding | null; donorMealPrice?: number };
export type LunchView = { school: School; locale: Locale; m: Messages; sponsorUrl: string };

/** "您的2元 + 县财政2元 = 一餐" (what a donor pays + the co-funder's part = one meal) and/or "县财政每月资助 X元". */
function coFundingLine(s: School, fmt: (minor: number) => string, t: Messages['lunch']): Html | '' {
  const co = s.coFunding;
  if (!co || !(co.perMeal || co.monthly)) return '';
  const parts = [
    co.perMeal ? t.coMeal(fmt(s.donorMealPrice ?? s.mealPrice - co.perMeal), co.name, fmt(co.perMeal)) : '',
    co.monthly ? t.coMonth(co.name, fmt(co.monthly)) : '',
  ].filter(Boolean);
  return html`<p class="co-funding">${parts.join(' · ')}</p>`;
}

export function lunchContent({ school: s, locale, m, sponsorUrl }: LunchView): Html {
  const t = m.lunch;
  const fmt = (minor: number) => money(minor, s.currency, locale);
  const n = (v: number) => integer(v, locale);
  return html`<section class="card lunch" aria-label="${s.name}">
<h1>${s.name}</h1>
${s.location ? html`<p class="muted">${s.location}</p>` : ''}
${recipientLine(s.recipient, t)}
<p class="big funded-through">${s.fundedThrough ? `${t.fundedThrough} ${date(s.fundedThrough, locale)}` : t.notFunded}</p>
<p>${s.fundedThrough ? t.ahead(s.fundedDaysAhead) : t.needFirst}</p>
<dl class="facts">
<div><dt>${t.children}</dt><dd>${t.childrenValue(n(s.childrenCount))}</dd></div>
<div><dt>${t.mealPrice}</dt><dd>${t.perMeal(fmt(s.mealPrice))}</dd></div>
${s.monthlyFixedCost > 0 ? html`<div><dt>${s.fixedCostLabel ?? t.fixedCost}</dt><dd>${t.perMonth(fmt(s.monthlyFixedCost))}</dd></div>` : ''}
<div><dt>${t.mealsFunded}</dt><dd class="meals-funded">${t.mealsValue(n(s.mealsFunded))}</dd></div>
<div><dt>${t.mealsServed}</dt><dd class="meals-served">${t.mealsValue(n(s.mealsServed))}</dd></div>
<div><dt>${t.balance}</dt><dd>${fmt(s.balance)}</dd></div>
</dl>
${coFundingLine(s, fmt, t)}
<h2>${t.reports}</h2>
${
  s.reports.length
    ? html`<ul class="list reports">${s.reports
        .slice(0, SHOWN)
        .map(
          (r) =>
            html`<li><p><time datetime="${r.date}">${date(r.date, locale)}</time> · ${t.reportLine(n(r.meals), fmt(r.spent))}</p>${
              r.menu ? html`<p class="muted">${r.menu}</p>` : ''
            }${
              r.photoUrl
                ? html`<img src="${r.photoUrl}" alt="${t.photoAlt(date(r.date, locale))}" loading="lazy" decoding="async">`
                : ''
            }</li>`,
        )}</ul>`
    : html`<p class="muted">${t.noReports}</p>`
}
<h2>${t.sponsors}</h2>
${
  s.recentSponsors.length
    ? html`<ul class="list sponsors">${s.recentSponsors
        .slice(0, SHOWN)
        .map(
          (d) =>
            html`<li class="row"><span class="donor">${d.name}</span><span>${
              d.days ? t.boughtDays(n(d.days), n(d.meals ?? 0)) : d.meals ? t.boughtMeals(n(d.meals)) : t.gift
            } · <strong>${fmt(d.amount)}</strong></span></li>`,
        )}</ul>`
    : html`<p class="muted">${t.noSponsors}</p>`
}
${
  s.accepting
    ? html`<p><a class="action" href="${sponsorUrl}" target="_blank" rel="noopener">${m.page.sponsor}</a></p><p class="noscript-note">${m.page.needsScript}</p>`
    : s.giftRefusal === 'filing_not_current'
      ? noGiftsNote(whyNoGifts(s, t, t.noGifts))
      : qualifiedRecipient(s.recipient)
        ? html`<p class="muted">${t.closed}</p>`
        : noGiftsNote(t.noGifts)
}
</section>`;
}
