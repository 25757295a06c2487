import type { CommonMessages } from '../lib/i18n.js';

/** Strings every element needs, English (en). */
const common: CommonMessages = {
  loading: 'Loading…',
  retry: 'Try again',
  loadFailed: 'Could not load',
  anonymous: 'Anonymous donor',
  errors: {
    not_found: 'We could not find this.',
    network_error: 'Network error. Check your connection and try again.',
    validation_failed: 'Some fields need attention.',
    origin_not_allowed: 'This site may not send donations. Please use the project’s official page.',
    rate_limited: 'Too many attempts. Please wait a moment and try again.',
    campaign_closed: 'This campaign is closed.',
    server_error: 'The service is unavailable. Please try again later.',
  },
};

export default common;
