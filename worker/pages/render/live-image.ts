// The live image: an object's current figures and a QR code to its share page, drawn as a plain
// SVG for places that strip scripts and iframes alike (government CMSs, e-mail, forums). Only
// shapes and text with presentation attributes: no script, no event attribute, no <style>, no
// external reference, so it is safe anywhere an <img> is, and it needs no fonts of its own.
import { generate, correction } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';
import type { Locale } from './locale';

export type LiveImage = {
  title: string;
  /** The key figure, large (e.g. "已筹 2.75万元"). */
  figure: string;
  /** One line under it (e.g. "目标 26万元 · 10.6% · 6 位捐赠者"). */
  detail: string;
  /** 0…1 for a progress bar; null: none. */
  progress: number | null;
  /** Smaller figure lines (the stats image). */
  lines?: string[];
  org: string;
  /** What the QR code opens; also said under it. */
  url: string;
};

const THEMES = {
  light: { bg: '#ffffff', text: '#1f2328', muted: '#57606a', accent: '#b5121b', track: '#e6e8eb', border: '#d0d7de' },
  dark: { bg: '#15181d', text: '#eceff3', muted: '#b4bcc6', accent: '#ff8f8f', track: '#2d333b', border: '#3d444d' },
} as const;
export type ImageTheme = keyof typeof THEMES;

/** 320…1200 CSS px (default 600): wide enough to read, small enough for a mail. */
export const imageWidth = (v: string | undefined) => {
  const n = Number(v);
  return Number.isInteger(n) && n >= 320 && n <= 1200 ? n : 600;
};
export const imageTheme = (v: string | undefined): ImageTheme => (v === 'dark' ? 'dark' : 'light');

const SCAN = {
  'zh-Hans': '扫码查看与支持',
  'zh-Hant': '掃碼查看與支持',
  en: 'Scan to see and support',
} satisfies Record<Locale, string>;

/** XML text and attribute escaping: the data is staff-typed text. */
export const xml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // Characters XML 1.0 does not allow at all.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

/** Roughly how wide a line is in ems: CJK and full-width characters 1, others about 0.55. */
const ems = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\uFFFF]/.test(ch) ? 1 : 0.55), 0);

/** Shortens a line to fit `maxEm` ems, with an ellipsis (SVG text does not wrap). */
export function fit(s: string, maxEm: number): string {
  if (ems(s) <= maxEm) return s;
  let out = '';
  for (const ch of s) {
    if (ems(out + ch) > maxEm - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/** The image in words: its <title>, and the alt text of the <img> that shows it. */
/** The image's figures in words ("标题：已筹 2748元，目标 …"), with the punctuation of its language. */
export const imageAltText = (img: LiveImage, locale: Locale) => {
  const [colon, comma] = locale === 'en' ? [': ', ', '] : ['：', '，'];
  return `${img.title}${colon}${img.figure}${img.detail ? `${comma}${img.detail}` : ''}`;
};

export function liveImageSvg(img: LiveImage, o: { width: number; theme: ImageTheme; locale: Locale }): string {
  const c = THEMES[o.theme];
  const w = o.width;
  const pad = Math.round(w * 0.05);
  const qrBox = Math.round(w * 0.26);
  const textW = w - pad * 3 - qrBox;
  const fs = Math.max(14, Math.round(w / 30));
  const big = Math.round(fs * 1.9);
  const lines = img.lines ?? [];
  const h = Math.max(
    pad * 2 + qrBox + Math.round(fs * 1.6),
    pad * 2 + fs * 6 + big + lines.length * Math.round(fs * 1.5),
  );
  const qr = generate(img.url, { minCorrectionLevel: correction.M });
  const scale = qrBox / (qr.size + 8); // a quiet zone of 4 modules on each side
  const qrX = w - pad - qrBox;
  let y = pad + fs * 1.3;
  const text = (s: string, size: number, fill: string, weight = 'normal', maxEm = textW / size) => {
    const line = `<text x="${pad}" y="${Math.round(y)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${xml(fit(s, maxEm))}</text>`;
    y += size * 1.45;
    return line;
  };
  const parts = [text(img.title, Math.round(fs * 1.15), c.text, 'bold'), text(img.org, fs, c.muted)];
  y += fs * 0.6;
  parts.push(text(img.figure, big, c.accent, 'bold'));
  if (img.progress !== null) {
    const p = Math.max(0, Math.min(1, img.progress));
    const barY = Math.round(y - fs * 0.6);
    parts.push(
      `<rect x="${pad}" y="${barY}" width="${textW}" height="${Math.round(fs * 0.7)}" rx="${Math.round(fs * 0.35)}" fill="${c.track}"/>`,
      `<rect x="${pad}" y="${barY}" width="${Math.round(textW * p)}" height="${Math.round(fs * 0.7)}" rx="${Math.round(fs * 0.35)}" fill="${c.accent}"/>`,
    );
    y += fs * 1.2;
  }
  parts.push(text(img.detail, fs, c.text));
  for (const l of lines) parts.push(text(l, fs, c.text));
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-labelledby="t" font-family="'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif">
<title id="t">${xml(imageAltText(img, o.locale))}</title>
<rect x="0.5" y="0.5" width="${w - 1}" height="${h - 1}" rx="${Math.round(fs * 0.5)}" fill="${c.bg}" stroke="${c.border}"/>
${parts.join('\n')}
<rect x="${qrX}" y="${pad}" width="${qrBox}" height="${qrBox}" fill="#ffffff"/>
<g transform="translate(${qrX + 4 * scale} ${pad + 4 * scale}) scale(${scale.toFixed(4)})"><path fill="#000000" fill-rule="evenodd" d="${toSvgPath(qr)}"/></g>
<text x="${qrX + qrBox / 2}" y="${pad + qrBox + Math.round(fs * 1.2)}" font-size="${Math.round(fs * 0.8)}" fill="${c.muted}" text-anchor="middle">${xml(SCAN[o.locale])}</text>
</svg>
`;
}
