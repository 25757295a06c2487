import type { ClaimMessages } from '../elements/gongyi-claim.messages.js';
import common from './form-common.zh-Hant.js';

/** The claim dialog of <gongyi-wishes> in 繁體中文 (zh-Hant). */
const messages: ClaimMessages = {
  dialogTitle: '認領微心願',
  nextTitle: '認領之後',
  next: [
    '這個心願會為您保留，其他人不能再認領。',
    '社區工作人員會透過您留下的聯絡方式與您聯繫，約定時間一起上門送達。',
    '心願實現後，這裡會公開感謝；您的聯絡方式只有工作人員能看到。',
  ],
  name: '您的姓名',
  organisation: '單位或黨組織',
  contact: '聯絡電話',
  contactHint: '僅工作人員可見，用於聯繫您安排心願；不會公開，心願辦結180天後刪除。',
  optional: '（選填）',
  nameRequired: '請填寫您的姓名。',
  contactRequired: '請填寫聯絡電話，方便工作人員聯繫您。',
  submit: '確認認領',
  sending: '正在提交…',
  cancel: '取消',
  close: '關閉',
  claimed: '認領成功！',
  claimedNote: (w) => `心願已由 ${w} 認領。謝謝您，工作人員會盡快與您聯繫。`,
  alreadyClaimed: '慢了一步：這個心願剛剛被別人認領了。看看其他心願吧。',
  wishClosed: '這個心願已不再接受認領。',
  common,
};

export default messages;
