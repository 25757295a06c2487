// Strings of <admin-figures>: the organisation's headline figures entered by staff.
import type { Messages } from '../i18n.js';

export interface FiguresMessages {
  title: string;
  intro: string;
  liveNote: string;
  empty: string;
  fields: {
    key: string;
    label: string;
    value: string;
    money: string;
    unit: string;
    period: string;
    approximate: string;
  };
  hints: { key: string };
  badMoney: string;
  badNumber: string;
  row: (n: number) => string;
  add: string;
  remove: (n: number) => string;
  up: (n: number) => string;
  save: string;
  saved: string;
  reset: string;
  embed: string;
  loading: string;
}

export const messages: Messages<FiguresMessages> = {
  'zh-Hans': {
    title: '统计数字',
    intro: '专栏和数据卡片上显示的工作数据，按列表顺序展示。保存后立即公开。',
    liveNote: '筹款金额、捐款人次、供餐人次、已实现心愿等由系统实时计算，不需要在这里填写。',
    empty: '还没有数据，点“添加一项”。',
    fields: {
      key: '标识',
      label: '名称',
      value: '数值',
      money: '金额（元）',
      unit: '单位',
      period: '统计时间',
      approximate: '“余”（约数）',
    },
    hints: { key: '小写字母、数字或“-”，例如 visits' },
    badMoney: '请输入金额（元），最多两位小数。',
    badNumber: '请输入一个不小于 0 的数字。',
    row: (n) => `第 ${n} 项`,
    add: '添加一项',
    remove: (n) => `删除第 ${n} 项`,
    up: (n) => `第 ${n} 项上移`,
    save: '保存全部',
    saved: '已保存。',
    reset: '放弃修改',
    embed: '嵌入代码',
    loading: '正在加载…',
  },
  'zh-Hant': {
    title: '統計數字',
    intro: '專欄和資料卡片上顯示的工作資料，按列表順序展示。儲存後立即公開。',
    liveNote: '籌款金額、捐款人次、供餐人次、已實現心願等由系統即時計算，不需要在這裡填寫。',
    empty: '還沒有資料，點「添加一項」。',
    fields: {
      key: '標識',
      label: '名稱',
      value: '數值',
      money: '金額（元）',
      unit: '單位',
      period: '統計時間',
      approximate: '「餘」（約數）',
    },
    hints: { key: '小寫字母、數字或「-」，例如 visits' },
    badMoney: '請輸入金額（元），最多兩位小數。',
    badNumber: '請輸入一個不小於 0 的數字。',
    row: (n) => `第 ${n} 項`,
    add: '添加一項',
    remove: (n) => `刪除第 ${n} 項`,
    up: (n) => `第 ${n} 項上移`,
    save: '儲存全部',
    saved: '已儲存。',
    reset: '放棄修改',
    embed: '嵌入程式碼',
    loading: '正在載入…',
  },
  en: {
    title: 'Figures',
    intro: 'The work figures shown on the column and the figures card, in this order. Saving publishes them at once.',
    liveNote:
      'Money raised, donors, meals served, wishes fulfilled and the like are computed live: no need to enter them.',
    empty: 'No figures yet: “Add a figure”.',
    fields: {
      key: 'Key',
      label: 'Label',
      value: 'Value',
      money: 'Amount (yuan)',
      unit: 'Unit',
      period: 'Period',
      approximate: '“Over” (lower bound)',
    },
    hints: { key: 'lowercase letters, digits or “-”, e.g. visits' },
    badMoney: 'Enter an amount in yuan with at most two decimals.',
    badNumber: 'Enter a number, 0 or more.',
    row: (n) => `Figure ${n}`,
    add: 'Add a figure',
    remove: (n) => `Remove figure ${n}`,
    up: (n) => `Move figure ${n} up`,
    save: 'Save all',
    saved: 'Saved.',
    reset: 'Discard changes',
    embed: 'Embed code',
    loading: 'Loading…',
  },
};
