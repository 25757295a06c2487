// The masking table from the contract, plus contact scrubbing of public free text.
import { describe, expect, it } from 'vitest';
import { ANONYMOUS_NAME, maskName, saysSomething, scrubContacts } from '../../worker/lib/mask';

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
