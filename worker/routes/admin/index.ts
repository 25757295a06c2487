// All admin routes behind one auth + body-limit middleware (registered once, before the routes).
import { bodyLimit } from '../../middleware/body-limit';
import { adminAuth } from '../../middleware/admin-auth';
import { router } from '../factory';
import { adminCampaignRoutes } from './campaigns';
import { adminDonationRoutes } from './donations';
import { adminOrgRoutes } from './orgs';
import { adminProjectRoutes } from './projects';
import { adminSiteRoutes } from './sites';
import { adminTokenRoutes } from './tokens';
import { adminUpdateRoutes } from './updates';

export const adminRoutes = router();

adminRoutes.use('/admin/*', bodyLimit(), adminAuth());
adminRoutes
  .route('/', adminOrgRoutes)
  .route('/', adminSiteRoutes)
  .route('/', adminProjectRoutes)
  .route('/', adminUpdateRoutes)
  .route('/', adminCampaignRoutes)
  .route('/', adminTokenRoutes)
  .route('/', adminDonationRoutes);
