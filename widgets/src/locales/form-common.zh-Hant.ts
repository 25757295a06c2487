import type { CommonMessages } from '../lib/i18n.js';
import common from '../../../common/locales/common.zh-Hant.js';

/**
 * The common strings of the forms (pledge, sponsorship, claim, payment), 繁體中文 (zh-Hant): a read's errors
 * plus those only a write can meet. A chunk of their own, loaded with the forms, so the cards'
 * first paint does not carry them.
 */
const formCommon: CommonMessages = {
  ...common,
  errors: {
    ...common.errors,
    validation_failed: '填寫的內容有誤，請檢查後再提交。',
    origin_not_allowed: '此網站未獲公益平台授權，不能在這裡提交。您填寫的內容沒有被記錄，也不會扣款。',
    rate_limited: '提交過於頻繁，請稍後再試。',
    campaign_closed: '該募捐已結束。',
    recipient_required: '本項目暫未開放捐贈。',
    filing_not_current: '現在不在本項目的募捐備案期內，暫不接受捐贈。',
  },
  officialPage: '到官方頁面參與',
};

export default formCommon;
