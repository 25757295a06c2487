import type { ColumnMessages } from './column.js';
import type common from './common.en.js';

/** <gongyi-column> in English. */
const messages: ColumnMessages = {
  column: 'Charity column',
  filters: 'Filter projects',
  category: 'Category',
  status: 'Status',
  all: 'All',
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
  statuses: { planned: 'Planned', in_progress: 'In progress', completed: 'Completed' },
  projects: 'Projects',
  loadMore: 'Load more',
  allShown: (n) => `All ${n} projects shown`,
  shown: (n) => `${n} projects shown`,
  empty: 'No projects match these filters.',
  back: 'Back to the column',
  raised: (raised, goal) => `${raised} of ${goal}`,
  progressOf: (title) => `${title}: fundraising progress`,
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
