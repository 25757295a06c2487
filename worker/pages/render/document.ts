// The HTML document around every server-rendered page: language, theme and elder mode on <html>,
// the external stylesheet, embed.js (which upgrades the live element and, in a frame, reports the
// page's height to the parent), and an optional block of share metadata in <head>.
import { html } from 'hono/html';
import type { Locale } from './locale';
import { PAGE_CSS_URL } from './stylesheet';
import { icpFooter } from '../icp-footer';

export type Html = ReturnType<typeof html>;
export type Theme = 'light' | 'dark' | 'auto';

export type PageOptions = {
  locale: Locale;
  title: string;
  /** Embed pages are framed: <html data-gongyi-frame> makes embed.js post its height to the parent. */
  frame: boolean;
  elder: boolean;
  theme: Theme;
  head?: Html;
  /** Before and after <main>: a page's own masthead and footer (the share page's). */
  header?: Html;
  body: Html;
  footer?: Html;
  /** false: a page with no live element (the printable report) does without embed.js. */
  scripts?: boolean;
  /** ICP_NUMBER: shown in the footer of the service's own pages, never in a frame (a widget). */
  icp?: string;
};

/** `?theme=` as the elements read it: light, dark or auto; anything else is light. */
export const pageTheme = (v: string | undefined): Theme => (v === 'dark' || v === 'auto' ? v : 'light');

/** `?elder` present (any value but "false"/"0") turns elder mode on, like the boolean attribute. */
export const pageElder = (v: string | undefined): boolean => v !== undefined && v !== 'false' && v !== '0';

export const pageDocument = (o: PageOptions) => html`<!doctype html>
<html lang="${o.locale}" data-theme="${o.theme}"${o.frame ? html` data-gongyi-frame` : ''}${o.elder ? html` data-elder` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${PAGE_CSS_URL}">
${o.head ?? ''}${o.scripts === false ? '' : html`<script type="module" src="/embed.js"></script>`}
</head>
<body>
${o.header ?? ''}<main>
${o.body}
</main>
${o.footer ?? ''}${o.icp && !o.frame ? icpFooter(o.icp) : ''}
</body>
</html>`;

/** The attributes every live element takes from the page's query (lang, elder, theme). */
export const elementAttrs = (o: Pick<PageOptions, 'locale' | 'elder' | 'theme'>) =>
  html` lang="${o.locale}" theme="${o.theme}"${o.elder ? html` elder` : ''}`;
