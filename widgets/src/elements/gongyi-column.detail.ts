import { css, html, nothing, type TemplateResult } from 'lit';
import type { Theme } from '../lib/base.js';
import type { Locale } from '../../../common/locale.js';
import type { ColumnMessages } from './gongyi-column.i18n.js';
// The opened project is the project element itself: it comes with this view, not with the column.
import './gongyi-project.js';

const PROJECT_PARTS = 'card: project-card, title: project-title, cover: project-cover, timeline, progress';

/** The opened view's rules: they come with it, added to the column's shadow root when it first opens. */
const detailStyles = css`
  .detail {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.75em;
  }
  .detail:focus {
    outline: none;
  }
  .detail gongyi-project {
    align-self: stretch;
  }
`;

/** Adds detailStyles to the column's shadow root once (constructable sheets: strict-CSP safe). */
function adoptStyles(root: ShadowRoot | null): void {
  const sheet = detailStyles.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** What the opened view needs of its column. */
export interface DetailHost {
  readonly api: string | undefined;
  readonly locale: Locale;
  readonly theme: Theme | undefined;
  readonly elder: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly shadowRoot: ShadowRoot | null;
  close(focus: () => void): void;
}

/** Back to the cards, focus on the card the project was opened from. */
const back = (host: DetailHost, id: string) =>
  host.close(() => host.renderRoot.querySelector<HTMLElement>(`button.open[data-id="${CSS.escape(id)}"]`)?.focus());

/**
 * The project's heading once its loaded view is rendered (`gongyi-load` comes with the data; the
 * view follows when its messages are there too), or null if that takes more than a few seconds.
 */
function loadedTitle(project: Element): Promise<HTMLElement | null> {
  const root = project.shadowRoot;
  const find = () => root?.querySelector<HTMLElement>('[part~=title]') ?? null;
  if (!root || find()) return Promise.resolve(find());
  return new Promise((resolve) => {
    const done = (t: HTMLElement | null) => (mo.disconnect(), clearTimeout(timer), resolve(t));
    const mo = new MutationObserver(() => find() && done(find()));
    const timer = setTimeout(() => done(null), 5000);
    mo.observe(root, { childList: true, subtree: true });
  });
}

/** Focus the project's heading once it is there, if the reader has not moved on from the opened view. */
async function onProjectLoad(host: DetailHost, e: CustomEvent<{ path?: string }>): Promise<void> {
  if (!e.detail?.path?.startsWith('/projects/')) return; // the nested progress card loads too
  const project = e.target as Element;
  const title = await loadedTitle(project);
  const detail = host.renderRoot.querySelector('.detail');
  // Only while this project is still open and the reader has not moved on from where opening it put them.
  const active = host.shadowRoot!.activeElement;
  if (!title || !detail?.contains(project) || (active && active !== detail)) return;
  title.tabIndex = -1;
  title.focus();
}

/**
 * A column's opened project (<gongyi-project> in place, a way back; Escape goes back too). A
 * module of its own, fetched when a reader reaches for a card: most readers of a column never open one.
 */
export function detailView(host: DetailHost, id: string, label: string, t: ColumnMessages): TemplateResult {
  adoptStyles(host.shadowRoot);
  return html`<section
    class="detail"
    part="detail"
    tabindex="-1"
    aria-label=${label}
    @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && back(host, id)}
    @gongyi-load=${(e: CustomEvent<{ path?: string }>) => onProjectLoad(host, e)}
  >
    <button class="btn ghost back" part="back" type="button" @click=${() => back(host, id)}>
      <span aria-hidden="true">←</span> ${t.back}
    </button>
    <gongyi-project
      project=${id}
      exportparts=${PROJECT_PARTS}
      api=${host.api ?? nothing}
      lang=${host.locale}
      theme=${host.theme ?? nothing}
      ?elder=${host.elder}
    ></gongyi-project>
  </section>`;
}
