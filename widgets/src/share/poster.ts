import { correction, generate } from 'lean-qr';

/**
 * A share poster (分享海报) drawn on a <canvas> in the reader's browser: title, the key figure, a
 * line under it, the organisation, and a QR code of the share page. Only public fields go in: no
 * donor, sponsor or wisher names. System sans-serif fonts; every text wraps and is shortened with
 * "…" to fit its box.
 */
export interface PosterText {
  title: string;
  figure: string;
  note: string;
  org: string;
  /** What the QR code opens: the object's /p/ share page (or its embed page). */
  url: string;
  /** The small line beside the QR code ("扫码查看详情"). */
  scan: string;
}

export type PosterFormat = 'story' | 'square';
export const POSTER_SIZE: Record<PosterFormat, [number, number]> = { story: [1080, 1920], square: [1080, 1080] };

const FONT = 'system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';
const ACCENT = '#c0392b';
const INK = '#1f1f1f';
const MUTED = '#5f5f5f';

/** Lines of `text` at most `width` wide, at most `max` of them; the last one ends in "…" if cut. */
export function wrap(ctx: CanvasRenderingContext2D, text: string, width: number, max: number): string[] {
  const fits = (s: string) => ctx.measureText(s).width <= width;
  const lines: string[] = [];
  let line = '';
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  for (let i = 0; i < chars.length; i++) {
    const next = line + chars[i];
    if (fits(next) || !line) {
      line = next;
      continue;
    }
    // Latin words break at a space when the line has one; CJK breaks between any two characters.
    const sp = /[\w.,%-]/.test(chars[i]!) ? line.lastIndexOf(' ') : -1;
    if (sp > 0) {
      lines.push(line.slice(0, sp));
      line = line.slice(sp + 1) + chars[i];
    } else {
      lines.push(line.trimEnd());
      line = chars[i] === ' ' ? '' : chars[i]!;
    }
    if (lines.length === max) {
      line = '';
      // Cut: the last line shortened until it fits with the ellipsis.
      let last = lines[max - 1]! + ' ' + chars.slice(i).join('');
      while (last && !fits(last + '…')) last = [...last].slice(0, -1).join('');
      lines[max - 1] = last.trimEnd() + '…';
      return lines;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Draws the poster into `canvas` (resized to the format) and returns it. */
export function drawPoster(canvas: HTMLCanvasElement, p: PosterText, format: PosterFormat): HTMLCanvasElement {
  const [W, H] = POSTER_SIZE[format];
  canvas.width = W;
  canvas.height = H;
  const ctx = canvas.getContext('2d')!;
  const story = format === 'story';
  const pad = 80;
  const inner = W - pad * 2;
  ctx.fillStyle = '#fffaf5';
  ctx.fillRect(0, 0, W, H);
  ctx.fillStyle = ACCENT;
  ctx.fillRect(0, 0, W, story ? 24 : 16);
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';

  const text = (s: string, size: number, color: string, weight: string, y: number, max: number, lh = 1.3) => {
    ctx.font = `${weight} ${size}px ${FONT}`;
    ctx.fillStyle = color;
    for (const l of wrap(ctx, s, inner, max)) {
      ctx.fillText(l, pad, y, inner);
      y += size * lh;
    }
    return y;
  };

  let y = story ? 140 : 90;
  y = text(p.org, story ? 40 : 34, MUTED, '600', y, 1) + (story ? 40 : 24);
  y = text(p.title, story ? 76 : 60, INK, '700', y, story ? 4 : 2, 1.25) + (story ? 60 : 30);
  y = text(p.figure, story ? 84 : 64, ACCENT, '800', y, 2, 1.2) + (story ? 20 : 10);
  text(p.note, story ? 40 : 34, MUTED, '400', y, 2);

  // The QR code: dark modules as rects on a white square with a quiet zone of 4 modules.
  const code = generate(p.url, { minCorrectionLevel: correction.M });
  const box = story ? 520 : 340;
  const quiet = 4;
  const mod = Math.floor(box / (code.size + quiet * 2));
  const side = mod * (code.size + quiet * 2);
  const qx = story ? (W - side) / 2 : W - pad - side;
  const qy = story ? H - 200 - side : H - pad - side;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(qx, qy, side, side);
  ctx.fillStyle = '#000000';
  for (let r = 0; r < code.size; r++) {
    for (let c = 0; c < code.size; c++) if (code.get(c, r)) ctx.fillRect(qx + (c + quiet) * mod, qy + (r + quiet) * mod, mod, mod);
  }
  ctx.font = `400 ${story ? 36 : 30}px ${FONT}`;
  ctx.fillStyle = MUTED;
  if (story) {
    ctx.textAlign = 'center';
    ctx.fillText(wrap(ctx, p.scan, inner, 1)[0] ?? '', W / 2, qy + side + 40, inner);
  } else {
    const w = W - pad * 3 - side;
    ctx.fillText(wrap(ctx, p.scan, w, 1)[0] ?? '', pad, qy + side - 40, w);
  }
  return canvas;
}

/** The poster as a PNG blob. */
export function posterBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((ok, no) => canvas.toBlob((b) => (b ? ok(b) : no(new Error('toBlob failed'))), 'image/png'));
}
