import type { ProjectMessages } from './project.js';
import type common from './common.en.js';

/** <gongyi-project> in English (en). */
const messages: ProjectMessages = {
  org: 'Organisation',
  location: 'Location',
  category: 'Category',
  beneficiaries: 'Beneficiaries',
  status: 'Status',
  categories: {
    elderly: 'Elder care',
    children: 'Children',
    meals: 'Meals',
    disability: 'Disability',
    education: 'Education',
    relief: 'Relief',
    community: 'Community',
    other: 'Other',
  },
  statuses: { planned: 'Planned', active: 'In progress', in_progress: 'In progress', completed: 'Completed' },
  timeline: 'Progress',
  states: { done: 'Done', doing: 'In progress', planned: 'Planned' },
  noUpdates: 'No updates yet.',
  sources: 'Sources',
  showAll: (n) => `All ${n}`,
  showLess: 'Show fewer',
  readMore: 'Read more',
  readLess: 'Read less',
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
