import type { CommonMessages } from '../lib/i18n.js';

/** Strings every element needs, 繁體中文 (zh-Hant). */
const common: CommonMessages = {
  loading: '正在載入…',
  retry: '重試',
  loadFailed: '載入失敗',
  anonymous: '愛心人士',
  errors: {
    not_found: '找不到該內容。',
    network_error: '網路連線失敗，請檢查網路後重試。',
    validation_failed: '填寫的內容有誤，請檢查後再提交。',
    origin_not_allowed: '本網站未獲授權提交捐贈，請前往項目官方頁面。',
    rate_limited: '提交過於頻繁，請稍後再試。',
    campaign_closed: '該募捐已結束。',
    server_error: '服務暫時無法使用，請稍後再試。',
  },
};

export default common;
