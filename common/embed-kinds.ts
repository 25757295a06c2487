// What can be put on another site, by kind: a project (its page), progress (a campaign), lunch (a
// school), and an organisation's column, wish board and figures. The worker's embed pages, snippets
// and schemas and the console's embed view read this list.
export const EMBED_KINDS = ['project', 'progress', 'lunch', 'column', 'wishes', 'stats'] as const;
export type EmbedKind = (typeof EMBED_KINDS)[number];
