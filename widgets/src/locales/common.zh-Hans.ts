import type { CommonMessages } from '../lib/i18n.js';

/** Strings every element needs, 简体中文 (zh-Hans). */
const common: CommonMessages = {
  loading: '正在加载…',
  retry: '重试',
  loadFailed: '加载失败',
  anonymous: '爱心人士',
  errors: {
    not_found: '没有找到该内容。',
    network_error: '网络连接失败，请检查网络后重试。',
    validation_failed: '填写的内容有误，请检查后再提交。',
    origin_not_allowed: '本网站未获授权提交捐赠，请前往项目官方页面。',
    rate_limited: '提交过于频繁，请稍后再试。',
    campaign_closed: '该募捐已结束。',
    server_error: '服务暂时不可用，请稍后再试。',
  },
};

export default common;
