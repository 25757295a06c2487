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

/** Glues a label to its value (已筹\u00a02748元): the poster breaks between them only if the pair alone is too wide. */
export const NBSP = '\u00a0';

// Chinese line breaking (禁则): these never start a line (they stay with what they close or follow),
// those never end one (they stay with what they open).
const NO_START = /^[，。、；：！？）》」』”’…%·,.;:!?)\]}]/;
const NO_END = /[（《「『“‘(\[{]$/;
const LATIN = /[\w.,%¥$€£+\-–/:'’()]/;
const CJK = /[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * The pieces a line may break between: a Latin word or number (with the CJK units right after it,
 * 2748元, 2.6万元, 12月2日), one CJK character, or any of these glued by a no-break space; closing
 * punctuation sticks to what precedes it, opening punctuation to what follows. Spaces are kept as
 * their own pieces (a break there drops them).
 */
function pieces(text: string): string[] {
  const out: string[] = [];
  let glue = false; // inside words joined by a no-break space: everything up to the next space is one piece
  const chars = [...text.replace(/[ \t\n\r]+/g, ' ').trim()];
  for (const ch of chars) {
    if (ch === NBSP) {
      // The word before it (back to the last space) becomes one piece with what follows.
      const from = out.lastIndexOf(' ') + 1;
      out.splice(from, out.length - from, out.slice(from).join('') + ' ');
      glue = true;
      continue;
    }
    if (ch === ' ') {
      out.push(' ');
      glue = false;
      continue;
    }
    const last = out.length ? out[out.length - 1]! : '';
    const join =
      last !== ' ' &&
      last !== '' &&
      (glue ||
        NO_START.test(ch) ||
        NO_END.test(last) ||
        // A word goes on (Latin after Latin), and a number keeps its CJK unit (2748元, 12月2日).
        (LATIN.test(ch) && LATIN.test(last.slice(-1))) ||
        (/\d/.test(ch) && /\d[年月]$/.test(last)) ||
        (CJK.test(ch) && /\d[\u4e00-\u9fff]*$/.test(last) && /[元万亿月日年号点天餐份人次]/.test(ch)));
    if (join) out[out.length - 1] = last + ch;
    else out.push(ch);
  }
  return out;
}

/**
 * Lines of `text` at most `width` wide, at most `max` of them; the last one ends in "…" if cut.
 * Breaks between pieces (see pieces()), never leaves one character alone on the last line when the
 * line above can give it company, and splits a piece only when it alone is wider than a line.
 */
export function wrap(ctx: CanvasRenderingContext2D, text: string, width: number, max: number): string[] {
  const fits = (s: string) => ctx.measureText(s).width <= width;
  const lines: string[][] = [];
  let line: string[] = [];
  const all = pieces(text);
  const push = () => {
    while (line.length && line[line.length - 1] === ' ') line.pop();
    if (line.length) lines.push(line);
    line = [];
  };
  for (let i = 0; i < all.length; i++) {
    const p = all[i]!;
    if (p === ' ' && !line.length) continue;
    if (fits([...line, p].join('').trimEnd())) {
      line.push(p);
      continue;
    }
    if (line.length) push();
    if (p === ' ') continue;
    if (fits(p)) line.push(p);
    else {
      // Wider than a line on its own (a long URL, a long word): character by character.
      let rest = '';
      for (const ch of p) {
        if (rest && !fits(rest + ch)) {
          lines.push([rest]);
          rest = '';
        }
        rest += ch;
      }
      line = [rest];
    }
  }
  push();
  // A lone character (a widow) on the last line takes the last piece of the line above with it, if they fit.
  const n = lines.length;
  if (n >= 2 && [...lines[n - 1]!.join('')].length === 1 && lines[n - 2]!.filter((x) => x !== ' ').length > 1) {
    const above = lines[n - 2]!;
    const moved = above[above.length - 1]!;
    if (fits(moved + lines[n - 1]!.join(''))) {
      above.pop();
      while (above[above.length - 1] === ' ') above.pop();
      lines[n - 1]!.unshift(moved);
    }
  }
  const joined = lines.map((l) => l.join('').trim());
  if (joined.length <= max) return joined;
  // Cut: the last line shortened until it fits with the ellipsis.
  const glue = (a: string, b: string) => a + (LATIN.test(a.slice(-1)) && LATIN.test(b.charAt(0)) ? ' ' : '') + b;
  let last = joined.slice(max - 1).reduce(glue);
  while (last && !fits(last + '…')) last = [...last].slice(0, -1).join('');
  return [...joined.slice(0, max - 1), last.trimEnd() + '…'];
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
    for (let c = 0; c < code.size; c++)
      if (code.get(c, r)) ctx.fillRect(qx + (c + quiet) * mod, qy + (r + quiet) * mod, mod, mod);
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
