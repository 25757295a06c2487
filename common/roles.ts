// What an organisation's admin token may do (worker/routes/admin/access.ts decides; the console
// shows and offers the same roles). Least power first: the order a form offers them in.

export const TOKEN_ROLES = ['viewer', 'editor', 'finance', 'owner'] as const;
export type TokenRole = (typeof TOKEN_ROLES)[number];
