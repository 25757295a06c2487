// GET /admin/embed-code?kind&id: the script + element, iframe and link snippets for one object.
import { router } from '../factory';

export const adminEmbedCodeRoutes = router();
