// Compiled by `tsc` only (not part of the page): what the package's typings accept and refuse.
// (TypeScript lets any hyphenated JSX attribute through, like data-*, so an event an element does not
// fire cannot be refused; the handler of one it does fire is typed.)
import type { GongyiProgress } from '@gongyi/widgets';

export const accepted = (
  <>
    <gongyi-progress
      campaign="c"
      elder
      theme="dark"
      lang="zh-Hant"
      ongongyi-payment-confirmed={(e) => e.detail.reference}
    />
    <gongyi-stats org="o" layout="compact" max={4} />
    <gongyi-wishes org="o" status="open" ongongyi-claim={(e) => e.detail.claimedBy.length} />
  </>
);

export const refused = (
  <>
    {/* @ts-expect-error `campaign` is required */}
    <gongyi-progress />
    {/* @ts-expect-error `project` is required */}
    <gongyi-project />
    {/* @ts-expect-error `school` is required */}
    <gongyi-lunch theme="dark" />
    {/* @ts-expect-error `org` is required */}
    <gongyi-column />
    {/* @ts-expect-error `org` is required */}
    <gongyi-wishes status="open" />
    {/* @ts-expect-error `org` is required */}
    <gongyi-stats></gongyi-stats>
    {/* @ts-expect-error theme is light | dark | auto */}
    <gongyi-progress campaign="c" theme="blue" />
    {/* @ts-expect-error max is a number */}
    <gongyi-stats org="o" max="4" />
    <gongyi-progress
      campaign="c"
      ongongyi-pledge={(e) => {
        const amount: number = e.detail.amount;
        // @ts-expect-error the detail has no such field
        return amount + e.detail.donorName;
      }}
    />
  </>
);

// Plain DOM: HTMLElementTagNameMap and the global event map.
const el: GongyiProgress | null = document.querySelector('gongyi-progress');
el?.addEventListener('gongyi-pledge', (e) => {
  const frequency: 'once' | 'monthly' = e.detail.frequency;
  return frequency;
});
document.createElement('gongyi-lunch').school = 'gaoping';
