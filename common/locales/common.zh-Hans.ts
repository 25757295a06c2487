import type { CommonMessages } from './common.js';

/**
 * Strings every element needs, 简体中文 (zh-Hans): only a read's errors; the forms add theirs
 * (form-common.zh-Hans.ts). The cards' catalogs carry a copy (`satisfies typeof common` keeps it
 * identical): imported, this would be a file of its own that each card fetches only after its
 * catalog, one more request on the way to the first paint.
 */
const common = {
  loading: '正在加载…',
  retry: '重试',
  loadFailed: '加载失败',
  errors: {
    not_found: '没有找到该内容。',
    network_error: '网络连接失败，请检查网络后重试。',
    server_error: '服务暂时不可用，请稍后再试。',
  },
} as const satisfies CommonMessages;

export default common;
