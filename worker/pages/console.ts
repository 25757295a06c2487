// The staff console at /admin: an HTML shell for the Lit app in widgets/admin, denied framing.
import { router } from '../routes/factory';

export const consoleRoutes = router();
