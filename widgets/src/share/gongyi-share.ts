import { LitElement, css, html, nothing, type PropertyDeclarations } from 'lit';
import { getJson, defaultApi, type Campaign } from '../lib/api.js';
import { baseStyles } from '../lib/base.styles.js';
import { money, percent } from '../../../common/format.js';
import type { Locale } from '../../../common/locale.js';
import type { LunchSchool } from '../elements/gongyi-lunch.types.js';
import type { Wish } from '../../../common/wire/wishes.js';
import { drawPoster, NBSP as NB, posterBlob, POSTER_SIZE, type PosterFormat, type PosterText } from './poster.js';

/**
 * The share action (分享) of <gongyi-progress> (and so <gongyi-project>), <gongyi-lunch> and each
 * wish card of <gongyi-wishes>: this module is imported only when a reader presses "分享", so none
 * of it (nor lean-qr) is in any element's first paint. It makes the poster from the public view
 * the widget already shows (no donor, sponsor or wisher names), draws it in the browser
 * (./poster.ts) and shows it in <gongyi-share>, a labelled dialog: inside WeChat's browser as an
 * image to long-press ("长按图片保存"), elsewhere with a download link; focus goes back to the
 * share button when it closes.
 */
const M = {
  'zh-Hans': {
    heading: '分享海报',
    story: '竖版',
    square: '方形',
    wechat: '长按图片保存，分享给好友',
    download: '下载海报',
    close: '关闭',
    scan: '扫码查看详情',
    making: '正在生成海报…',
    failed: '海报生成失败，请重试',
    // A label stays with its value (NB is a no-break space): 已筹 2748元 / 目标 2.6万元 breaks only at the slash.
    raised: (r: string, g: string) => `已筹${NB}${r}${NB}/ 目标${NB}${g}`,
    pct: (p: string) => `完成${NB}${p}`,
    through: '午餐已资助到',
    notFunded: '还没有资助到的上学日',
    needFirst: '一份资助，孩子们就能吃上热乎午餐',
    statuses: { open: '心愿待认领', claimed: '心愿已认领', fulfilled: '心愿已实现' },
    value: (v: string) => `约${NB}${v}`,
    alt: (t: string) => `${t}：分享海报`,
  },
  'zh-Hant': {
    heading: '分享海報',
    story: '直版',
    square: '方形',
    wechat: '長按圖片保存，分享給好友',
    download: '下載海報',
    close: '關閉',
    scan: '掃碼查看詳情',
    making: '正在生成海報…',
    failed: '海報生成失敗，請重試',
    raised: (r: string, g: string) => `已籌${NB}${r}${NB}/ 目標${NB}${g}`,
    pct: (p: string) => `完成${NB}${p}`,
    through: '午餐已資助到',
    notFunded: '還沒有資助到的上學日',
    needFirst: '一份資助，孩子們就能吃上熱騰騰的午餐',
    statuses: { open: '心願待認領', claimed: '心願已認領', fulfilled: '心願已實現' },
    value: (v: string) => `約${NB}${v}`,
    alt: (t: string) => `${t}：分享海報`,
  },
  en: {
    heading: 'Share poster',
    story: 'Portrait',
    square: 'Square',
    wechat: 'Press and hold the image to save it, then share it with friends',
    download: 'Download poster',
    close: 'Close',
    scan: 'Scan for details',
    making: 'Making the poster…',
    failed: 'The poster could not be made; please try again',
    raised: (r: string, g: string) => `${r}${NB}raised of${NB}${g}`,
    pct: (p: string) => `${p}${NB}funded`,
    through: 'Lunches are funded through',
    notFunded: 'No school day funded yet',
    needFirst: 'One gift and the children get a hot lunch',
    statuses: { open: 'Wish open', claimed: 'Wish claimed', fulfilled: 'Wish fulfilled' },
    value: (v: string) => `about${NB}${v}`,
    alt: (t: string) => `${t}: share poster`,
  },
};
export type ShareMessages = (typeof M)['en'];
export const shareMessages = (l: Locale): ShareMessages => M[l] ?? M['zh-Hans'];

/** What a widget hands over: its element (api, locale, theme, elder) and the public object it shows. */
export type ShareSubject =
  | { kind: 'progress'; campaign: Campaign }
  | { kind: 'lunch'; school: LunchSchool }
  | { kind: 'wish'; wish: Wish; org: string };

interface Host extends HTMLElement {
  api?: string;
  locale: Locale;
  theme?: string;
  elder: boolean;
  renderRoot: HTMLElement | DocumentFragment;
}

/** The service's origin: the element's `api`, else where embed.js came from. */
const origin = (h: Host) => (h.api || defaultApi()).replace(/\/+$/, '');

const orgName = (h: Host, org: string) =>
  getJson<{ name: string }>(h.api, '/orgs/' + encodeURIComponent(org)).then((o) => o.name);

/** The poster's texts, from public fields only (the same the card shows, minus every person's name). */
export async function posterText(h: Host, s: ShareSubject): Promise<PosterText> {
  const l = h.locale;
  const t = shareMessages(l);
  const base = origin(h);
  const share = (project: string) => `${base}/p/${encodeURIComponent(project)}`;
  const safe = <T>(p: Promise<T>, fallback: T) => p.catch(() => fallback);
  if (s.kind === 'progress') {
    const c = s.campaign;
    const m = (n: number) => money(n, c.currency, l);
    const raised = c.raisedAmount + (c.matchedAmount ?? 0);
    const project = await safe(
      getJson<{ orgName: string }>(h.api, '/projects/' + encodeURIComponent(c.projectId)),
      null,
    );
    const ratio = c.goalAmount > 0 ? raised / c.goalAmount : 0;
    return {
      title: c.title,
      figure: t.raised(m(raised), m(c.goalAmount)),
      // Rounded as the card rounds it (11%, not 10.6%; below 10% one decimal): the poster says what the reader saw.
      note: t.pct(percent(ratio, l)),
      org: project?.orgName ?? c.recipient?.name ?? '',
      url: share(c.projectId),
      scan: t.scan,
    };
  }
  if (s.kind === 'lunch') {
    const x = s.school;
    const [campaign, org] = await Promise.all([
      safe(getJson<Campaign>(h.api, '/campaigns/' + encodeURIComponent(x.campaignId)), null),
      safe(orgName(h, x.orgId), x.recipient?.name ?? ''),
    ]);
    const through = x.fundedThrough
      ? new Date(x.fundedThrough + 'T00:00:00Z').toLocaleDateString(
          l === 'en' ? 'en' : l === 'zh-Hant' ? 'zh-TW' : 'zh-CN',
          {
            timeZone: 'UTC',
            year: 'numeric',
            month: 'long',
            day: 'numeric',
          },
        )
      : '';
    return {
      title: x.name,
      figure: through ? `${t.through} ${through}` : t.notFunded,
      note: through ? (x.location ?? '') : t.needFirst,
      org,
      url: campaign ? share(campaign.projectId) : `${base}/embed/lunch/${encodeURIComponent(x.id)}`,
      scan: t.scan,
    };
  }
  const w = s.wish;
  return {
    title: w.title,
    figure: t.statuses[w.status],
    // The community is a place, not a person; the wisher (even masked) stays off the poster.
    note: [w.community, w.value ? t.value(money(w.value, w.currency, l)) : ''].filter(Boolean).join(' · '),
    org: await safe(orgName(h, s.org), ''),
    url: `${base}/embed/wishes/${encodeURIComponent(s.org)}${l === 'zh-Hans' ? '' : '?lang=' + l}`,
    scan: t.scan,
  };
}

/** Inside WeChat's own browser a download does nothing: the reader long-presses the image instead. */
export const inWeChat = () => /MicroMessenger/i.test(navigator.userAgent);

/**
 * Opens the share dialog in `host` (<gongyi-progress>, <gongyi-lunch>: the object it shows; <gongyi-wishes>:
 * `wish`); focus returns to `opener` (by default the card's share button) when it closes. The widgets pass only themselves, so their first paint
 * carries no more than a button and this call.
 */
export async function share(host: Host, opener?: HTMLElement | null, wish?: Wish): Promise<GongyiShare> {
  // The card's own share button (the one pressed) gets focus back.
  opener ??= host.renderRoot.querySelector<HTMLElement>('[part=share]');
  const data = (host as unknown as { _data: unknown })._data;
  const subject: ShareSubject =
    host.localName === 'gongyi-wishes'
      ? { kind: 'wish', wish: wish!, org: (host as unknown as { org: string }).org }
      : host.localName === 'gongyi-lunch'
        ? { kind: 'lunch', school: data as LunchSchool }
        : { kind: 'progress', campaign: data as Campaign };
  let el = host.renderRoot.querySelector('gongyi-share');
  if (!el) {
    el = document.createElement('gongyi-share');
    host.renderRoot.appendChild(el);
  }
  el.locale = host.locale;
  el.elder = host.elder;
  if (host.theme) el.setAttribute('theme', host.theme);
  el.opener = opener ?? null;
  el.subject = subject;
  el.host_ = host;
  await el.open();
  return el;
}

export class GongyiShare extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: contents; }
      dialog { box-sizing: border-box; width: min(92vw, 440px); max-height: 92vh; overflow: auto; padding: 1em; border: 0; border-radius: var(--gongyi-radius, 8px); background: var(--gongyi-color-bg, #fff); color: var(--gongyi-color-text, #222); }
      dialog::backdrop { background: rgb(0 0 0 / 0.6); }
      h2 { margin: 0 0 0.6em; font-size: 1.15em; }
      .formats { display: flex; gap: 0.5em; margin-bottom: 0.6em; }
      .formats button, .close, .download { min-height: 44px; padding: 0.4em 1em; border-radius: var(--gongyi-radius, 8px); border: 1px solid var(--gongyi-color-accent, #c0392b); background: transparent; color: inherit; font: inherit; cursor: pointer; }
      .formats button[aria-pressed='true'] { background: var(--gongyi-color-accent, #c0392b); color: #fff; }
      img { display: block; width: 100%; height: auto; margin: 0 auto; box-shadow: 0 1px 6px rgb(0 0 0 / 0.25); }
      img.story { width: 70%; }
      .advice { font-weight: 600; text-align: center; }
      .row { display: flex; flex-wrap: wrap; gap: 0.6em; justify-content: flex-end; margin-top: 0.8em; }
      .download { display: inline-flex; align-items: center; text-decoration: none; background: var(--gongyi-color-accent, #c0392b); color: #fff; }
      :host([elder]) dialog { width: min(96vw, 600px); }
      :host([elder]) button, :host([elder]) .download { min-height: 60px; min-width: 60px; font-size: 24px; }
      :host([elder]) p { font-size: 24px; line-height: 1.4; }
    `,
  ];
  static override properties: PropertyDeclarations = {
    elder: { type: Boolean, reflect: true },
    locale: { attribute: false },
    _format: { state: true },
    _url: { state: true },
    _busy: { state: true },
    _failed: { state: true },
  };
  declare elder: boolean;
  declare locale: Locale;
  subject: ShareSubject | undefined;
  host_: Host | undefined;
  opener: HTMLElement | null = null;
  /** The last PNG drawn (tests and callers read it). */
  blob: Blob | null = null;
  /** The texts on the last poster. */
  text: PosterText | null = null;
  declare private _format: PosterFormat;
  declare private _url: string | null;
  declare private _busy: boolean;
  declare private _failed: boolean;
  private readonly canvas = document.createElement('canvas');

  constructor() {
    super();
    this.elder = false;
    this.locale = 'zh-Hans';
    this._format = 'story';
    this._url = null;
    this._busy = false;
    this._failed = false;
  }

  async open(): Promise<void> {
    this.text = null;
    await this.updateComplete;
    const d = this.renderRoot.querySelector('dialog')!;
    if (!d.open) this.elder ? d.show() : d.showModal();
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    await this.make();
  }

  /** Draws the poster in the chosen format and shows it. */
  async make(format: PosterFormat = this._format): Promise<void> {
    this._busy = true;
    this._failed = false;
    try {
      this.text ??= await posterText(this.host_!, this.subject!);
      drawPoster(this.canvas, this.text, format);
      this.blob = await posterBlob(this.canvas);
      if (this._url) URL.revokeObjectURL(this._url);
      this._url = URL.createObjectURL(this.blob);
      // The image, its size and the file name change together, once the new PNG is there.
      this._format = format;
    } catch {
      this._failed = true;
    } finally {
      this._busy = false;
    }
    await this.updateComplete;
  }

  /** The canvas of the last poster (its pixels, for tests). */
  get posterCanvas(): HTMLCanvasElement {
    return this.canvas;
  }

  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  private closed(): void {
    this.opener?.focus();
    this.dispatchEvent(new CustomEvent('gongyi-share-close', { bubbles: true, composed: true }));
  }

  protected override render() {
    const t = shareMessages(this.locale);
    const title = this.text?.title ?? '';
    const [w, h] = POSTER_SIZE[this._format];
    const fmt = (f: PosterFormat, label: string) =>
      html`<button type="button" part="share-format" aria-pressed=${String(this._format === f)} ?disabled=${this._busy} @click=${() => void this.make(f)}>
        ${label}<span class="sr"> ${POSTER_SIZE[f].join(' × ')}</span>
      </button>`;
    const file = (title || 'poster').replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 40) + `-${w}x${h}.png`;
    return html`<dialog part="share-dialog" aria-labelledby="share-h" @close=${this.closed}>
      <h2 id="share-h" tabindex="-1">${t.heading}</h2>
      <div class="formats" role="group" aria-label=${t.heading}>${fmt('story', t.story)}${fmt('square', t.square)}</div>
      <p role="status" class="status">${this._busy ? t.making : this._failed ? t.failed : ''}</p>
      ${
        this._url
          ? html`<img class=${this._format} part="share-poster" src=${this._url} alt=${t.alt(title)} width=${w} height=${h} />`
          : nothing
      }
      ${this._url && inWeChat() ? html`<p class="advice" part="share-advice">${t.wechat}</p>` : nothing}
      <div class="row">
        ${
          this._url && !inWeChat()
            ? html`<a class="download" part="share-download" href=${this._url} download=${file}>${t.download}</a>`
            : nothing
        }
        <button type="button" class="close" part="share-close" @click=${this.close}>${t.close}</button>
      </div>
    </dialog>`;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this._url) URL.revokeObjectURL(this._url);
  }
}

if (!customElements.get('gongyi-share')) customElements.define('gongyi-share', GongyiShare);

declare global {
  interface HTMLElementTagNameMap {
    'gongyi-share': GongyiShare;
  }
}
