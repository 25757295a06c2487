/**
 * The share pages' fallback og:image: a square PNG drawn at build time by scripts/share-card.mjs
 * (vite.config.ts passes it this size) and served from dist/ at this path.
 */
export const SHARE_CARD = { path: '/share-card.png', size: 600 } as const;
