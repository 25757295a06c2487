// Worker entry: the Hono app handles /api/*; everything else falls through to static assets.
import { createApp } from './app';

const app = createApp();

export default { fetch: app.fetch };
