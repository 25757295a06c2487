/**
 * <admin-embed>: the embed code of one object (GET /admin/embed-code?kind&id): the script snippet,
 * the iframe snippet and a link (and the live image where the kind has one), each copyable, which
 * of them works where (the WeChat editor takes neither script nor iframe), and a live preview of
 * the /embed page in an iframe (same origin: the console's CSP allows frame-src 'self'). Other views link here with
 * `#/embed?kind=…&id=…`; choices made here are written back to the address (replaceState, so the
 * shell does not route again), which keeps a reload or a shared link on the same object.
 */
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { EmbedKind } from '../../common/embed-kinds.js';
import type { EmbedCode } from '../../common/wire/admin-embed-code.js';
import { ConsoleView } from '../ui/console-view.js';
import { field } from '../ui/form-field.js';
import '../ui/copy-button.js';
import { routeQuery } from '../ui/route-query.js';
import { messages, type EmbedMessages } from './embed.i18n.js';
import { embedStyles } from './embed.styles.js';

const KINDS: EmbedKind[] = ['project', 'progress', 'lunch', 'column', 'wishes', 'stats'];
/** Kinds whose object is the organisation itself. */
const ORG_KINDS: EmbedKind[] = ['column', 'wishes', 'stats'];
/** Where the objects of the other kinds are listed. */
const LISTS: Record<'project' | 'progress' | 'lunch', string> = {
  project: '/admin/projects',
  progress: '/admin/campaigns',
  lunch: '/admin/lunch',
};
const LANGS = ['', 'zh-Hans', 'zh-Hant', 'en'] as const;
/** Until the framed page reports its height (gongyi:resize). */
const DEFAULT_HEIGHT = 480;

interface Choice {
  id: string;
  label: string;
}

const isKind = (k: string | null): k is EmbedKind => (KINDS as string[]).includes(k ?? '');

export class AdminEmbed extends ConsoleView<EmbedMessages> {
  static override styles = [ConsoleView.styles, embedStyles];
  static override properties: PropertyDeclarations = {
    ...ConsoleView.properties,
    kind: { state: true },
    objectId: { state: true },
    snippetLang: { state: true },
    choices: { state: true },
    code: { state: true },
    loading: { state: true },
    previewHeight: { state: true },
  };
  declare private kind: EmbedKind | '';
  declare private objectId: string;
  /** The snippet's language ('' = the host page's). */
  declare private snippetLang: (typeof LANGS)[number];
  declare private choices: Choice[] | undefined;
  declare private code: EmbedCode | undefined;
  declare private loading: boolean;
  declare private previewHeight: number;
  protected override readonly messages = messages;

  constructor() {
    super();
    this.kind = '';
    this.objectId = '';
    this.snippetLang = '';
    this.loading = false;
    this.previewHeight = DEFAULT_HEIGHT;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readHash();
    addEventListener('hashchange', this.readHash);
    addEventListener('message', this.onMessage);
  }

  override disconnectedCallback(): void {
    removeEventListener('hashchange', this.readHash);
    removeEventListener('message', this.onMessage);
    super.disconnectedCallback();
  }

  /** `#/embed?kind=…&id=…` → the choice shown. */
  private readHash = (): void => {
    if (!location.hash.startsWith('#/embed')) return;
    const q = routeQuery();
    const kind = q.get('kind');
    this.kind = isKind(kind) ? kind : '';
    this.objectId = q.get('id') ?? '';
  };

  private writeHash(): void {
    const q = new URLSearchParams();
    if (this.kind) q.set('kind', this.kind);
    if (this.objectId) q.set('id', this.objectId);
    const hash = `#/embed${q.size ? `?${q}` : ''}`;
    if (location.hash !== hash) history.replaceState(history.state, '', hash);
  }

  /** The framed /embed page says how tall it is; only our own origin and our own iframe count. */
  private onMessage = (e: MessageEvent): void => {
    const frame = this.renderRoot.querySelector('iframe');
    const data = e.data as { type?: unknown; height?: unknown } | null;
    if (e.origin !== location.origin || !frame || e.source !== frame.contentWindow) return;
    if (data?.type === 'gongyi:resize' && typeof data.height === 'number' && data.height > 0) {
      this.previewHeight = Math.min(Math.ceil(data.height), 4000);
    }
  };

  /** Beyond the organisation, a new kind means new choices and any new choice a new code. */
  protected override willUpdate(changed: PropertyValues): void {
    if (!this.api || !this.org) return;
    const orgChanged = changed.has('org') || changed.has('api');
    if (orgChanged || changed.has('kind')) void this.load();
    if (orgChanged || changed.has('kind') || changed.has('objectId') || changed.has('snippetLang'))
      void this.loadCode();
  }

  /** The objects of the chosen kind in this organisation (an organisation-wide kind's one is the organisation). */
  protected override async load(): Promise<void> {
    if (this.kind && ORG_KINDS.includes(this.kind)) this.objectId = this.org;
    const kind = this.kind;
    const org = this.org;
    this.choices = undefined;
    if (!kind) return;
    if (ORG_KINDS.includes(kind)) {
      this.choices = [{ id: org, label: `${this.t.wholeOrg} (${org})` }];
      return;
    }
    try {
      const { items } = await this.api.get<{ items: { id: string; title?: string; name?: string }[] }>(
        LISTS[kind as keyof typeof LISTS],
        { orgId: org },
      );
      if (kind !== this.kind || org !== this.org) return;
      this.choices = items.map((o) => ({ id: o.id, label: o.title ?? o.name ?? o.id }));
      // An id from another organisation (after switching) is no choice here.
      if (this.objectId && !items.some((o) => o.id === this.objectId)) this.objectId = '';
    } catch (e) {
      this.showError(e);
    }
  }

  private async loadCode(): Promise<void> {
    const { kind, objectId: id, snippetLang: lang } = this;
    this.code = undefined;
    this.clearErrors();
    if (!kind || !id) return;
    this.loading = true;
    try {
      const code = await this.api.get<EmbedCode>('/admin/embed-code', { kind, id, lang: lang || undefined });
      if (kind !== this.kind || id !== this.objectId || lang !== this.snippetLang) return;
      this.previewHeight = DEFAULT_HEIGHT;
      this.code = code;
    } catch (e) {
      if (kind === this.kind && id === this.objectId) this.showError(e);
    } finally {
      this.loading = false;
    }
  }

  protected override updated(changed: PropertyValues): void {
    // Whatever moved the choice (staff, an organisation switch, a stale id dropped), the address follows.
    if ((changed.has('kind') || changed.has('objectId')) && location.hash.startsWith('#/embed')) this.writeHash();
  }

  private chooseKind(value: string): void {
    this.kind = isKind(value) ? value : '';
    this.objectId = this.kind && ORG_KINDS.includes(this.kind) ? this.org : '';
  }

  private chooseObject(value: string): void {
    this.objectId = value;
  }

  private renderSnippet(which: 'script' | 'iframe' | 'link' | 'image', code: EmbedCode) {
    const t = this.t;
    const id = `snippet-${which}`;
    return html`<div class="snippet" data-snippet=${which}>
      <label for=${id}>${t.snippets[which]}</label>
      <span class="hint" id=${id + '-hint'}>${t.hints[which]}</span>
      <textarea id=${id} readonly rows=${which === 'script' ? 3 : 2} aria-describedby=${id + '-hint'}
        @focus=${(e: FocusEvent) => (e.target as HTMLTextAreaElement).select()} .value=${code[which] ?? ''}></textarea>
      <copy-button .text=${code[which] ?? ''} label=${`${t.copy} ${t.snippets[which]}`} copied=${t.copied}></copy-button>
    </div>`;
  }

  override render() {
    const t = this.t;
    const kind = this.kind;
    const code = this.code;
    const choices = this.choices;
    return html`<h2>${t.title}</h2>
      <p class="intro">${t.intro}</p>
      <form class="editor choose" novalidate @submit=${(e: Event) => e.preventDefault()}>
        <div class="row">
          ${field({
            name: 'kind',
            label: t.kind,
            type: 'select',
            value: kind,
            idPrefix: 'embed',
            onInput: (v) => this.chooseKind(v),
            options: [{ value: '', label: t.choose }, ...KINDS.map((k) => ({ value: k, label: t.kinds[k] }))],
          })}
          ${
            kind
              ? field({
                  name: 'id',
                  label: t.object,
                  type: 'select',
                  value: this.objectId,
                  idPrefix: 'embed',
                  error: this.errorFor('id'),
                  hint: choices && choices.length === 0 ? t.noObjects : undefined,
                  onInput: (v) => this.chooseObject(v),
                  options: [
                    ...(ORG_KINDS.includes(kind) ? [] : [{ value: '', label: choices ? t.choose : t.loading }]),
                    ...(choices ?? []).map((c) => ({ value: c.id, label: c.label })),
                  ],
                })
              : nothing
          }
          ${field({
            name: 'lang',
            label: t.lang,
            type: 'select',
            value: this.snippetLang,
            idPrefix: 'embed',
            error: this.errorFor('lang'),
            onInput: (v) =>
              (this.snippetLang = (LANGS as readonly string[]).includes(v) ? (v as (typeof LANGS)[number]) : ''),
            options: LANGS.map((l) => ({ value: l, label: t.langs[l || 'auto'] })),
          })}
        </div>
      </form>
      ${this.renderAlert()}
      ${this.loading ? html`<p class="muted">${t.loading}</p>` : nothing}
      ${
        code
          ? html`<section class="code" aria-label=${code.title}>
            <h3>${code.title}</h3>
            ${this.renderSnippet('script', code)} ${this.renderSnippet('iframe', code)} ${this.renderSnippet('link', code)}
            ${code.image ? this.renderSnippet('image', code) : nothing}
            <h3>${t.whereTitle}</h3>
            <dl class="where">
              ${t.where.map((w) => html`<div data-place=${w.place}><dt>${w.label}</dt><dd>${code.image ? w.use : (w.withoutImage ?? w.use)}</dd></div>`)}
            </dl>
            <h3>${t.preview}</h3>
            <iframe class="preview" src=${code.previewUrl} title=${t.previewTitle(code.title)} height=${this.previewHeight}></iframe>
          </section>`
          : nothing
      }`;
  }
}

customElements.define('admin-embed', AdminEmbed);

declare global {
  interface HTMLElementTagNameMap {
    'admin-embed': AdminEmbed;
  }
}
