// Server-rendered pages for hosts that cannot run scripts: /embed/{kind}/{id}, /p/{projectId}, /oembed.
import { router } from '../routes/factory';

export const pageRoutes = router();
