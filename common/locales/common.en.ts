import type { CommonMessages } from './common.js';

/**
 * Strings every element needs, English (en): only a read's errors; the forms add theirs
 * (form-common.en.ts). The cards' catalogs carry a copy (`satisfies typeof common` keeps it
 * identical): imported, this would be a file of its own that each card fetches only after its
 * catalog, one more request on the way to the first paint.
 */
const common = {
  loading: 'Loading…',
  retry: 'Try again',
  loadFailed: 'Could not load',
  errors: {
    not_found: 'We could not find this.',
    network_error: 'Network error. Check your connection and try again.',
    server_error: 'The service is unavailable. Please try again later.',
  },
} as const satisfies CommonMessages;

export default common;
