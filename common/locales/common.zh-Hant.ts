import type { CommonMessages } from './common.js';

/**
 * Strings every element needs, 繁體中文 (zh-Hant): only a read's errors; the forms add theirs
 * (form-common.zh-Hant.ts). The cards' catalogs carry a copy (`satisfies typeof common` keeps it
 * identical): imported, this would be a file of its own that each card fetches only after its
 * catalog, one more request on the way to the first paint.
 */
const common = {
  loading: '正在載入…',
  retry: '重試',
  loadFailed: '載入失敗',
  errors: {
    not_found: '找不到該內容。',
    network_error: '網路連線失敗，請檢查網路後重試。',
    server_error: '服務暫時無法使用，請稍後再試。',
  },
} as const satisfies CommonMessages;

export default common;
