import type { StatsMessages } from './stats.js';
import type common from './common.en.js';

/** <gongyi-stats> in English. */
const messages: StatsMessages = {
  title: 'Key figures',
  live: {
    raised: { label: 'Raised', unit: null },
    donors: { label: 'Donations', unit: null },
    mealsServed: { label: 'Meals served', unit: null },
    wishesFulfilled: { label: 'Wishes fulfilled', unit: null },
    projectsCompleted: { label: 'Projects completed', unit: null },
  },
  units: {
    人次: 'person-times',
    人: 'people',
    户: 'households',
    次: 'times',
    个: '',
    项: '',
    餐: 'meals',
    元: 'yuan',
    所: '',
    家: '',
  },
  period: 'Period',
  empty: 'No figures published yet.',
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    loadFailed: 'Could not load',
    errors: {
      not_found: 'We could not find this.',
      network_error: 'Network error. Check your connection and try again.',
      server_error: 'The service is unavailable. Please try again later.',
    },
  } satisfies typeof common,
};

export default messages;
