import type { ClaimMessages } from '../elements/gongyi-claim.messages.js';
import common from './form-common.zh-Hans.js';

/** The claim dialog of <gongyi-wishes> in 简体中文 (zh-Hans). */
const messages: ClaimMessages = {
  dialogTitle: '认领微心愿',
  nextTitle: '认领之后',
  next: [
    '这个心愿会为您保留，其他人不能再认领。',
    '社区工作人员会通过您留下的联系方式与您联系，约定时间一起上门送达。',
    '心愿实现后，这里会公开感谢；您的联系方式只有工作人员能看到。',
  ],
  name: '您的姓名',
  organisation: '单位或党组织',
  contact: '联系电话',
  contactHint: '仅工作人员可见，用于联系您安排心愿；不会公开，心愿办结180天后删除。',
  optional: '（选填）',
  nameRequired: '请填写您的姓名。',
  contactRequired: '请填写联系电话，方便工作人员联系您。',
  submit: '确认认领',
  sending: '正在提交…',
  cancel: '取消',
  close: '关闭',
  claimed: '认领成功！',
  claimedNote: (w) => `心愿已由 ${w} 认领。谢谢您，工作人员会尽快与您联系。`,
  alreadyClaimed: '手慢了一步：这个心愿刚刚被别人认领了。看看其他心愿吧。',
  wishClosed: '这个心愿已不再接受认领。',
  common,
};

export default messages;
