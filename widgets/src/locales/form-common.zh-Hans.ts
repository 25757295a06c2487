import type { CommonMessages } from '../lib/i18n.js';
import common from '../../../common/locales/common.zh-Hans.js';

/**
 * The common strings of the forms (pledge, sponsorship, claim, payment), 简体中文 (zh-Hans): a read's errors
 * plus those only a write can meet. A chunk of their own, loaded with the forms, so the cards'
 * first paint does not carry them.
 */
const formCommon: CommonMessages = {
  ...common,
  errors: {
    ...common.errors,
    validation_failed: '填写的内容有误，请检查后再提交。',
    origin_not_allowed: '此网站未获公益平台授权，不能在这里提交。您填写的内容没有被记录，也不会扣款。',
    rate_limited: '提交过于频繁，请稍后再试。',
    campaign_closed: '该募捐已结束。',
    recipient_required: '本项目暂未开放捐赠。',
    filing_not_current: '现在不在本项目的募捐备案期内，暂不接受捐赠。',
  },
  officialPage: '到官方页面参与',
};

export default formCommon;
