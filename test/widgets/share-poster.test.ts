// The share poster's drawing (widgets/src/share/poster.ts): PNG of exactly 1080 × 1920 / 1080 × 1080,
// a QR code that a reader from npm (jsQR) decodes back to the share URL, and texts that fit.
import { drawPoster, posterBlob, POSTER_SIZE, wrap, type PosterFormat } from '../../widgets/src/share/poster.js';
import { assert, equal } from './helpers.js';
import { decodeCanvas, jsQR, pngSize } from './poster-helpers.js';

const URL_ = 'https://gongyi.example.org/p/guanheng-elder-centre';
const poster = {
  title: '官亨村“友邻互助”居家养老服务中心：为近300位老人提供助餐、助浴、助医、助急、助洁和文化娱乐服务，一件一件解难',
  figure: '已筹 104.6万元 / 目标 200万元',
  note: '完成 52.3%',
  org: '汝城县民政局',
  url: URL_,
  scan: '扫码查看详情',
};

describe('share poster (canvas)', () => {
  for (const format of ['story', 'square'] as PosterFormat[]) {
    it(`draws a ${POSTER_SIZE[format].join(' × ')} PNG whose QR code decodes to the share URL`, async () => {
      const canvas = drawPoster(document.createElement('canvas'), poster, format);
      const blob = await posterBlob(canvas);
      equal(blob.type, 'image/png');
      const [w, h] = await pngSize(blob);
      equal(w, POSTER_SIZE[format][0], 'width');
      equal(h, POSTER_SIZE[format][1], 'height');
      // The same PNG read back as an image.
      const img = new Image();
      img.src = URL.createObjectURL(blob);
      await img.decode();
      equal(img.naturalWidth, w);
      equal(img.naturalHeight, h);
      equal(decodeCanvas(canvas, await jsQR()), URL_, 'QR code');
    });
  }

  it('wraps and shortens every text to the poster width', () => {
    const drawn: { text: string; maxWidth?: number; font: string }[] = [];
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d')!;
    const fill = ctx.fillText.bind(ctx);
    ctx.fillText = (text: string, x: number, y: number, maxWidth?: number) => {
      drawn.push({ text, maxWidth, font: ctx.font });
      fill(text, x, y, maxWidth);
    };
    // getContext returns the same context, so the spy sees the poster's calls.
    drawPoster(canvas, poster, 'square');
    const titleLines = drawn.filter(
      (d) => poster.title.startsWith(d.text.replace(/…$/, '').slice(0, 3)) || d.text.endsWith('…'),
    );
    assert(
      titleLines.length >= 2 && titleLines.length <= 2,
      'title on at most 2 lines in the square: ' + JSON.stringify(drawn),
    );
    assert(
      drawn.some((d) => d.text.endsWith('…')),
      'the long title is shortened with …',
    );
    for (const d of drawn) {
      ctx.font = d.font;
      assert(ctx.measureText(d.text).width <= 920 + 0.5, `"${d.text}" fits 920 px`);
    }
    equal(
      drawn
        .map((d) => d.text)
        .join('|')
        .includes(poster.org),
      true,
      'organisation drawn',
    );
  });

  it('breaks English at spaces', () => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = '40px sans-serif';
    const lines = wrap(ctx, 'Free lunch for the children of Gaoping village school, every school day', 400, 5);
    assert(lines.length > 1);
    for (const l of lines) assert(!/^\s|\s$/.test(l) && ctx.measureText(l).width <= 400, JSON.stringify(lines));
    equal(lines.join(' '), 'Free lunch for the children of Gaoping village school, every school day');
  });

  it('never leaves one character alone on a line (the demo title at the portrait poster’s size)', () => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    for (const [font, title] of [
      ['700 76px sans-serif', '让高坪村的孩子吃上热乎午餐'],
      ['700 60px sans-serif', '让高坪村的孩子吃上热乎午餐'],
      ['700 76px sans-serif', '为官亨村老人添置室内设施和适老设备'],
      ['700 60px sans-serif', '官亨村“友邻互助”居家养老服务中心'],
    ] as const) {
      ctx.font = font;
      const lines = wrap(ctx, title, 920, 4);
      equal(lines.join(''), title, 'nothing lost or cut');
      for (const l of lines) {
        assert([...l].length > 1, `${font}: a lone "${l}" in ${JSON.stringify(lines)}`);
        assert(ctx.measureText(l).width <= 920, `"${l}" fits`);
        assert(
          !/^[，。、；：！？）》」”]/.test(l),
          `no line starts with closing punctuation: ${JSON.stringify(lines)}`,
        );
      }
    }
  });

  it('keeps each label with its value and a number with its unit: 目标 2.6万元 never splits', () => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = '800 84px sans-serif';
    const nb = '\u00a0'; // a no-break space glues a label to its value (poster.ts NBSP)
    const figure = `已筹${nb}2748元${nb}/ 目标${nb}2.6万元`;
    const lines = wrap(ctx, figure, 920, 2);
    equal(lines.length, 2, JSON.stringify(lines));
    equal(lines[0], '已筹 2748元 /');
    equal(lines[1], '目标 2.6万元');
    ctx.font = '800 64px sans-serif';
    const date = wrap(ctx, '午餐已资助到 2026年12月2日', 700, 2);
    assert(
      date.some((l) => l.endsWith('2026年12月2日')),
      'the date whole: ' + JSON.stringify(date),
    );
  });
});
