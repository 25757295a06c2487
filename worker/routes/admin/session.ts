// GET /admin/session: who the token is (super-admin or one organisation), for the staff console.
import { router } from '../factory';

export const adminSessionRoutes = router();
