// The category keys of projects and wishes: the API validates them, the widgets and the console
// name them (each locale's catalog has one name per key), the column and the board filter by them.

export const PROJECT_CATEGORIES = [
  'elderly',
  'children',
  'meals',
  'disability',
  'education',
  'relief',
  'community',
  'other',
] as const;
export type ProjectCategory = (typeof PROJECT_CATEGORIES)[number];

/** 微心愿 categories, in the order the board offers them as chips. */
export const WISH_CATEGORIES = ['necessities', 'study', 'culture', 'policy', 'employment', 'other'] as const;
export type WishCategory = (typeof WISH_CATEGORIES)[number];
