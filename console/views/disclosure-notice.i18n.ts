// Strings of <admin-disclosure-notice>: the three-month disclosure duty of long campaigns.
import type { Messages } from '../i18n.js';

export interface DisclosureNoticeMessages {
  title: string;
  /** Why the campaigns below are flagged (the Charity Law's rhythm). */
  rule: string;
  lastDisclosed: (day: string) => string;
  never: string;
  recordSpending: (title: string) => string;
  report: (period: string) => string;
  allClear: string;
}

export const messages: Messages<DisclosureNoticeMessages> = {
  'zh-Hans': {
    title: '信息公开到期提醒',
    rule: '以下募捐活动已开展超过六个月，且近三个月没有公开资金使用或项目进展。按照《慈善法》，持续时间超过六个月的项目至少每三个月公开一次。请登记支出或发布项目进展。',
    lastDisclosed: (d) => `最近一次公开：${d}`,
    never: '尚未公开过资金使用或进展',
    recordSpending: (t) => `登记支出：${t}`,
    report: (p) => `打印 ${p} 公示报告`,
    allClear: '目前没有逾期未公开的募捐活动。',
  },
  'zh-Hant': {
    title: '資訊公開到期提醒',
    rule: '以下募捐活動已開展超過六個月，且近三個月沒有公開資金使用或項目進展。按照《慈善法》，持續時間超過六個月的項目至少每三個月公開一次。請登記支出或發布項目進展。',
    lastDisclosed: (d) => `最近一次公開：${d}`,
    never: '尚未公開過資金使用或進展',
    recordSpending: (t) => `登記支出：${t}`,
    report: (p) => `列印 ${p} 公示報告`,
    allClear: '目前沒有逾期未公開的募捐活動。',
  },
  en: {
    title: 'Disclosure due',
    rule: 'These campaigns have run for more than six months and published no spending or progress in the last three months. Under the Charity Law a project running longer than six months discloses at least every three months. Record spending or post a progress update.',
    lastDisclosed: (d) => `Last disclosed: ${d}`,
    never: 'No spending or progress published yet',
    recordSpending: (t) => `Record spending: ${t}`,
    report: (p) => `Print the ${p} disclosure report`,
    allClear: 'No campaign is overdue for disclosure.',
  },
};
