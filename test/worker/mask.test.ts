// The masking table from the contract, plus contact scrubbing of public free text.
import { describe, expect, it } from 'vitest';
import { ANONYMOUS_NAME, maskName, scrubContacts } from '../../worker/lib/mask';

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
