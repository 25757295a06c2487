// Strings of <admin-campaign-filing>: who receives a campaign's money and its filed fundraising plan.
import type { Messages } from '../i18n.js';

export interface CampaignFilingMessages {
  title: (campaign: string) => string;
  intro: string;
  recipient: string;
  recipientHint: string;
  noRecipient: string;
  unqualified: string;
  manageRecipients: string;
  filingNumber: string;
  filingNumberHint: string;
  filingUrl: string;
  filingUrlHint: string;
  filedFrom: string;
  filedUntil: string;
  platform: string;
  platformHint: string;
  platformUrl: string;
  save: string;
  saving: string;
  cancel: string;
}

export const messages: Messages<CampaignFilingMessages> = {
  'zh-Hans': {
    title: (c) => `募捐主体与备案：${c}`,
    intro:
      '政府部门不能自行向社会公开募捐：善款由具有公开募捐资格的慈善组织接收，募捐方案须在“慈善中国”备案。两项都齐全，组件才显示捐赠按钮。',
    recipient: '募捐主体（接收善款的慈善组织）',
    recipientHint: '在“募捐主体”中登记本单位合作的慈善组织。',
    noRecipient: '（未指定）',
    unqualified: '（未登记公募资格）',
    manageRecipients: '管理募捐主体',
    filingNumber: '募捐方案备案编号',
    filingNumberHint: '“慈善中国”上的备案编号。',
    filingUrl: '备案信息网址',
    filingUrlHint: '该备案在“慈善中国”的页面。',
    filedFrom: '备案募捐期限：起',
    filedUntil: '备案募捐期限：止',
    platform: '互联网公开募捐服务平台',
    platformHint: '同时上线的民政部指定平台，例如“腾讯公益”。',
    platformUrl: '平台上的项目网址',
    save: '保存',
    saving: '正在保存…',
    cancel: '取消',
  },
  'zh-Hant': {
    title: (c) => `募捐主體與備案：${c}`,
    intro:
      '政府部門不能自行向社會公開募捐：善款由具有公開募捐資格的慈善組織接收，募捐方案須在「慈善中國」備案。兩項都齊全，元件才顯示捐贈按鈕。',
    recipient: '募捐主體（接收善款的慈善組織）',
    recipientHint: '在「募捐主體」中登記本單位合作的慈善組織。',
    noRecipient: '（未指定）',
    unqualified: '（未登記公募資格）',
    manageRecipients: '管理募捐主體',
    filingNumber: '募捐方案備案編號',
    filingNumberHint: '「慈善中國」上的備案編號。',
    filingUrl: '備案資訊網址',
    filingUrlHint: '該備案在「慈善中國」的頁面。',
    filedFrom: '備案募捐期限：起',
    filedUntil: '備案募捐期限：止',
    platform: '互聯網公開募捐服務平台',
    platformHint: '同時上線的民政部指定平台，例如「騰訊公益」。',
    platformUrl: '平台上的項目網址',
    save: '儲存',
    saving: '正在儲存…',
    cancel: '取消',
  },
  en: {
    title: (c) => `Recipient and filing: ${c}`,
    intro:
      'A government department may not raise money from the public itself: gifts go to a charity with public-fundraising qualification, and the fundraising plan is filed on 慈善中国 (China Charity Information). Only with both do the widgets show a give button.',
    recipient: 'Recipient (the charity that receives the money)',
    recipientHint: 'Register the charities you work with under Recipients.',
    noRecipient: '(none)',
    unqualified: '(no public-fundraising qualification on record)',
    manageRecipients: 'Manage recipients',
    filingNumber: 'Filing number of the fundraising plan',
    filingNumberHint: 'The record number on 慈善中国.',
    filingUrl: 'Filing record web address',
    filingUrlHint: 'The record’s page on 慈善中国.',
    filedFrom: 'Filed fundraising period: from',
    filedUntil: 'Filed fundraising period: until',
    platform: 'Online fundraising platform',
    platformHint: 'The Ministry-designated platform where it is also listed, e.g. 腾讯公益.',
    platformUrl: 'Its page on the platform',
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
  },
};
