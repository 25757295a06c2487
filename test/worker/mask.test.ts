// The masking table from the contract, plus contact scrubbing of public free text: a table of the
// forms people write contacts in, a table of ordinary texts that must survive, and property tests
// (fast-check) over the seed reports' sentences.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANONYMOUS_NAME, maskName, saysSomething, scrubContacts } from '../../worker/privacy/mask';
import { ORDINARY_SENTENCES } from './ordinary-sentences';

describe('maskName', () => {
  it.each([
    ['张三', false, '张*'],
    ['马才英', false, '马**'],
    ['欧阳娜娜', false, '欧***'],
    ['Li Wei', false, 'L***'],
    ['alice', false, 'A***'],
    ['  王五 ', false, '王*'],
    ['张三', true, '爱心人士'],
    ['', false, '爱心人士'],
    [null, false, '爱心人士'],
    ['   ', false, '爱心人士'],
  ])('%j (anonymous=%s) → %s', (name, anonymous, expected) => {
    expect(maskName(name, anonymous)).toBe(expected);
  });

  it('uses 爱心人士 as the anonymous display name', () => expect(ANONYMOUS_NAME).toBe('爱心人士'));
});

describe('scrubContacts', () => {
  it('blanks e-mail addresses and phone numbers, keeps the rest', () => {
    expect(scrubContacts('联系我 13800138000 谢谢')).toBe('联系我 *** 谢谢');
    expect(scrubContacts('mail li.wei@example.com please')).toBe('mail *** please');
    expect(scrubContacts('电话 010-5621 2745')).not.toMatch(/\d{4}/);
    expect(scrubContacts('祝孩子们健康成长，捐 50 元')).toBe('祝孩子们健康成长，捐 50 元');
    expect(scrubContacts(null)).toBeNull();
  });
});

describe('scrubContacts: real-world forms of a contact, in any Unicode form', () => {
  // [typed, what must not survive]
  it.each([
    ['手机１３８００１３８０００', '13800138000'],
    ['电话 138.0013.8000', '8000'],
    ['电话 138 0013 8000', '8000'],
    ['电话:138-0013-8000', '8000'],
    ['tel (010) 5621·2745', '2745'],
    ['电话 ０１０－５６２１２７４５', '2745'],
    ['+86 138 0013 8000', '8000'],
    ['邮箱 zl＠example.com', 'example'],
    ['邮箱 ｚｌ＠ｅｘａｍｐｌｅ．ｃｏｍ', 'example'],
    ['mail zl (at) example (dot) com', 'example'],
    ['写信到 zl艾特example点com', 'example'],
    ['微信号 wxid_ab12cd34', 'wxid_ab12cd34'],
    ['微信：zhangsan_88', 'zhangsan_88'],
    ['加VX zhang1988', 'zhang1988'],
    ['v信 LiWei2024', 'LiWei2024'],
    ['QQ号 12345', '12345'],
    ['扣扣:987654321', '987654321'],
    ['QQ：８８６６８８', '886688'],
    ['身份证号 43010219900101123X', '43010219900101123'],
    ['身份证 430102 19900101 123x', '123x'],
    ['银行卡 6222 0202 0001 2345 678', '678'],
    ['手机①③⑧⓪⓪①③⑧⓪⓪⓪', '13800138000'],
    // Han and financial numerals, 幺 for one, 〇 and ○ for zero, and mixes with digits
    ['电话 一三八零零一三八零零零', '一三八零零一三八零零零'],
    ['打幺三八零零幺三八零零零', '幺三八零零幺三八零零零'],
    ['壹叁捌零零壹叁捌零零零', '壹叁捌零零壹叁捌零零零'],
    ['一三八〇〇一三八〇〇〇', '一三八〇〇一三八〇〇〇'],
    ['手机 一三八○○一三八○○○', '一三八○○一三八○○○'],
    ['138零零13八零零零', '零零13八'],
    ['座机 零七三一-八一一二七五二六', '八一一二七五二六'],
    ['+八六 一三八 零零一三 八零零零', '八零零零'],
    // separators ~ | : * and invisible ones
    ['138~0013~8000', '8000'],
    ['138～0013～8000', '8000'],
    ['138|0013|8000', '8000'],
    ['138:0013:8000', '8000'],
    ['138*0013*8000', '8000'],
    ['138****8000', '8000'],
    ['138\u200b0013\u200b8000', '13800138000'],
    ['1\u200d3\u200c8\u20600013\ufeff80\u00ad00', '13800138000'],
    // keycaps and drawn digits
    ['1️⃣3️⃣8️⃣0️⃣0️⃣1️⃣3️⃣8️⃣0️⃣0️⃣0️⃣', '3'],
    ['❶❸❽⓿⓿❶❸❽⓿⓿⓿', '❸'],
    // e-mail with bare words and one letter at a time
    ['wxm at example dot com', 'example'],
    ['WXM AT EXAMPLE DOT COM', 'EXAMPLE'],
    ['w x m @ e x a m p l e . c o m', 'e x a m p l e'],
    ['写给 w x m at e x a m p l e dot c o m', 'e x a m'],
    ['QQ 八八六六八八', '八八六六八八'],
  ])('%s', (typed, secret) => {
    const out = scrubContacts(typed)!;
    expect(out.normalize('NFKC').replace(/\s/g, '')).not.toContain(secret.replace(/\s/g, ''));
    expect(out).toContain('***');
  });

  it.each([
    ['祝孩子们健康成长，捐 50 元', '祝孩子们健康成长，捐 50 元'],
    ['2026年12月6日，一起加油', '2026年12月6日，一起加油'],
    ['欢迎联系社区服务中心', '欢迎联系社区服务中心'],
    ['为高坪教学点的 12 个孩子', '为高坪教学点的 12 个孩子'],
    ...[
      '一二三年级的孩子',
      '捐款一千元',
      '2026年11月22日',
      '第三十八期',
      '50元',
      '三八妇女节',
      '一九三四年',
      '二〇二六年十一月二十二日',
      '二○二六年',
      '七七八八',
      '三三两两',
      '一五一十',
      '幺妹',
      '一、二、三、四、五、六、七、八、九、十',
      '2026-11-22',
      '2026/11/22',
      '2026.11.22',
      '时间:2021-08-07',
      '2024-02-28 16:46:58',
      '9:00-17:00',
      '9:00～17:00',
      '2026.11.1-2026.11.30',
      '2020-2026年',
      '1,000,000元',
      '12345.67元',
      '共筹集善款 1200000 元',
      '¥1234567',
      '服务12368人次',
      'meet me at the school at 3',
    ].map((t) => [t, t]),
  ])('keeps ordinary text: %s', (typed, kept) => expect(scrubContacts(typed)).toBe(kept));

  it('masks the names of the people the record is about, also spaced or in full-width', () => {
    expect(scrubContacts('王小明 13800138000 wxm@example.com', ['王小明'])).toBe('王** *** ***');
    expect(scrubContacts('我是王 小 明，谢谢', ['王小明'])).toBe('我是王**，谢谢');
    expect(scrubContacts('From Li Wei with love', ['Li Wei'])).toBe('From L*** with love');
    expect(scrubContacts('ＬＩ ＷＥＩ here', ['Li Wei'])).toBe('L*** here');
  });

  it('saysSomething: only masks and blanks say nothing', () => {
    expect(saysSomething('王** *** ***')).toBe(false);
    expect(saysSomething('海陵区志愿者协会')).toBe(true);
    expect(saysSomething('')).toBe(false);
  });
});

/** 1234 → 一千二百三十四 (as people write amounts and ordinals). */
function hanNumber(n: number): string {
  const D = '零一二三四五六七八九';
  if (n < 10) return D[n]!;
  if (n < 20) return '十' + (n % 10 ? D[n % 10] : '');
  const units: [number, string][] = [
    [100_000_000, '亿'],
    [10_000, '万'],
    [1000, '千'],
    [100, '百'],
    [10, '十'],
  ];
  for (const [size, name] of units) {
    if (n >= size) {
      const rest = n % size;
      return hanNumber(Math.floor(n / size)) + name + (rest ? (rest < size / 10 ? '零' : '') + hanNumber(rest) : '');
    }
  }
  return D[n]!;
}

const pad = (n: number) => String(n).padStart(2, '0');
const sentence = fc.constantFrom(...ORDINARY_SENTENCES);
/** Numbers in ordinary writing: dates, times, spans, amounts, counts, ordinals. */
const ordinaryNumber = fc.oneof(
  fc
    .record({
      y: fc.integer({ min: 1950, max: 2035 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
      h: fc.integer({ min: 0, max: 23 }),
      mi: fc.integer({ min: 0, max: 59 }),
      form: fc.nat(6),
    })
    .map(
      ({ y, m, d, h, mi, form }) =>
        [
          `${y}年${m}月${d}日`,
          `${y}-${pad(m)}-${pad(d)}`,
          `${y}/${m}/${d}`,
          `${y}.${pad(m)}.${pad(d)}`,
          `${y}-${pad(m)}-${pad(d)} ${pad(h)}:${pad(mi)}:${pad(mi)}`,
          `${[...String(y)].map((c) => '〇一二三四五六七八九'[Number(c)]).join('')}年${hanNumber(m)}月${hanNumber(d)}日`,
          `${h}:${pad(mi)}-${(h + 2) % 24}:${pad(mi)}`,
        ][form]!,
    ),
  fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 10 })).map(([y, n]) => `${y}-${y + n}年`),
  fc
    .integer({ min: 1, max: 2_000_000_000 })
    .chain((n) =>
      fc.constantFrom(
        `${n}元`,
        `${n.toLocaleString('en-US')}元`,
        `捐款${hanNumber(n % 100_000_000)}元`,
        `¥${n}`,
        `${n}.50元`,
        `${n}人次`,
      ),
    ),
  fc
    .integer({ min: 1, max: 999 })
    .chain((n) => fc.constantFrom(`第${hanNumber(n)}期`, `${hanNumber(n)}年级`, `${hanNumber(n)}个孩子`, `第${n}期`)),
  fc.constantFrom(
    '一二三年级的孩子',
    '三八妇女节',
    '五一劳动节',
    '一五一十',
    '三三两两',
    '七七八八',
    '幺妹',
    '一、二、三、四、五、六、七',
  ),
);

const FORMS: ((d: number) => string)[] = [
  (d) => String(d),
  (d) => String.fromCodePoint(0xff10 + d), // full-width
  (d) => '〇一二三四五六七八九'[d]!,
  (d) => '零一二三四五六七八九'[d]!,
  (d) => '零壹贰叁肆伍陆柒捌玖'[d]!,
  (d) => (d === 1 ? '幺' : d === 0 ? '○' : String(d)),
  (d) => (d === 0 ? '⓪' : String.fromCodePoint(0x2460 + d - 1)), // circled
  (d) => `${d}\uFE0F\u20E3`, // keycap
  (d) => (d === 0 ? '⓿' : String.fromCodePoint(0x2776 + d - 1)),
];
const SEPARATORS = ['', '', '', ' ', '-', '.', '~', '|', ':', '*', '\u200B', '\u2060', '·'];
/** A mainland mobile or a landline with its area code, each digit in any form, anything between. */
const writtenPhone = fc
  .oneof(
    fc
      .tuple(fc.integer({ min: 3, max: 9 }), fc.array(fc.nat(9), { minLength: 9, maxLength: 9 }))
      .map(([second, rest]) => [1, second, ...rest]),
    fc
      .tuple(
        fc.constantFrom([1, 0], [2, 1], [7, 3, 1], [5, 2, 3]),
        fc.integer({ min: 2, max: 9 }),
        fc.array(fc.nat(9), { minLength: 6, maxLength: 7 }),
      )
      .map(([area, first, rest]) => [0, ...area, first, ...rest]),
  )
  .chain((digits) =>
    fc.tuple(
      fc.constant(digits),
      fc.array(fc.constantFrom(...FORMS.keys()), { minLength: digits.length, maxLength: digits.length }),
      fc.array(fc.constantFrom(...SEPARATORS), { minLength: digits.length, maxLength: digits.length }),
    ),
  )
  .map(([digits, forms, seps]) => ({
    digits: digits.join(''),
    written: digits.map((d, i) => (i ? seps[i] : '') + FORMS[forms[i]!]!(d)).join(''),
  }));

describe('scrubContacts: property tests over the seed reports', () => {
  it('leaves ordinary sentences exactly as they are', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), (parts) => {
        const text = parts.join('。');
        expect(scrubContacts(text)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves the numbers of ordinary writing (dates, times, amounts, ordinals, Han numerals) as they are', () => {
    fc.assert(
      fc.property(sentence, ordinaryNumber, fc.nat(), (s, number, cut) => {
        // Between two words (not inside a number of the sentence), as a phrase of its own.
        const cuts = [...Array(s.length + 1).keys()].filter(
          (i) => !/\p{Nd}/u.test(s[i - 1] ?? '') && !/\p{Nd}/u.test(s[i] ?? ''),
        );
        const at = cuts[cut % cuts.length]!;
        const text = `${s.slice(0, at)}在${number}时${s.slice(at)}`;
        expect(scrubContacts(text)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('blanks a phone written in any mix of forms, and nothing around it', () => {
    fc.assert(
      fc.property(sentence, writtenPhone, sentence, (before, phone, after) => {
        const out = scrubContacts(`${before}，电话${phone.written}。${after}`);
        expect(out).toBe(`${before}，电话***。${after}`);
      }),
      { numRuns: 1000 },
    );
  });
});
