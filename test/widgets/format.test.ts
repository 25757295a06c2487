import { yuanToFen } from '../../common/yuan.js';
import { daysUntil, money } from '../../common/format.js';
import { toLocale } from '../../common/locale.js';
import { equal } from './helpers.js';

describe('formatting and locales', () => {
  it('formats money the Chinese way (万/萬) and the English way (¥1,045,750)', () => {
    equal(money(104_575_000, 'CNY', 'zh-Hans'), '104.58万元');
    equal(money(104_575_000, 'CNY', 'zh-Hant'), '104.58萬元');
    equal(money(104_575_000, 'CNY', 'en'), '¥1,045,750');
    equal(money(5000, 'CNY', 'zh-Hans'), '50元');
    equal(money(1250, 'CNY', 'zh-Hans'), '12.50元');
    equal(money(1250, 'CNY', 'en'), '¥12.50');
    equal(money(20_000_000_000, 'CNY', 'zh-Hans'), '2亿元');
  });

  it('converts typed yuan to integer fen without float errors', () => {
    equal(yuanToFen('19.99'), 1999);
    equal(yuanToFen('0.07'), 7);
    equal(yuanToFen(' 50 '), 5000);
    equal(yuanToFen('12.5'), 1250);
    equal(yuanToFen('１２．５'), 1250); // full-width input from a Chinese IME
    equal(yuanToFen('1,000'), 100000);
    equal(yuanToFen('100000000'), 10_000_000_000); // 10^10 fen: the contract's maximum
    equal(yuanToFen('100000000.01'), null);
    equal(yuanToFen('0'), null);
    equal(yuanToFen('1.234'), null);
    equal(yuanToFen('-5'), null);
    equal(yuanToFen('abc'), null);
    equal(yuanToFen('1e3'), null);
  });

  it('maps page languages to zh-Hans, zh-Hant or en', () => {
    equal(toLocale('zh-TW'), 'zh-Hant');
    equal(toLocale('zh-HK'), 'zh-Hant');
    equal(toLocale('zh-Hant-TW'), 'zh-Hant');
    equal(toLocale('zh-CN'), 'zh-Hans');
    equal(toLocale('zh'), 'zh-Hans');
    equal(toLocale('zh-Hans'), 'zh-Hans');
    equal(toLocale('en-GB'), 'en');
    equal(toLocale('EN'), 'en');
    equal(toLocale(null), 'zh-Hans');
    equal(toLocale('fr'), 'zh-Hans');
  });

  it('counts days left, rounding up', () => {
    const now = Date.parse('2026-11-22T00:00:00Z');
    equal(daysUntil('2026-11-25T00:00:00Z', now), 3);
    equal(daysUntil('2026-11-22T12:00:00Z', now), 1);
    equal(daysUntil('2026-11-21T00:00:00Z', now), -1);
  });
});
