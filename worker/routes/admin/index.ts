// All admin routes behind one auth + body-limit middleware (registered once, before the routes).
import { bodyLimit } from '../../middleware/body-limit';
import { adminAuth } from '../../middleware/admin-auth';
import { noStore } from '../../middleware/no-store';
import { staffWritePlans } from '../../middleware/staff-write-plans';
import { staffWritePurge } from '../../middleware/staff-write-purge';
import { router } from '../factory';
import { registerAccess } from './access';
import { adminAuditRoutes } from './audit';
import { adminCampaignRoutes } from './campaigns';
import { adminExpenditureRoutes } from './expenditures';
import { adminMatchingRoutes } from './matching';
import { adminMonthlyPlanRoutes } from './monthly-plans';
import { adminRecipientRoutes } from './recipients';
import { adminDonationRoutes } from './donations';
import { adminEmbedCodeRoutes } from './embed-code';
import { adminLunchRoutes } from './lunch';
import { adminMetricsRoutes } from './metrics';
import { adminLunchClosureRoutes } from './lunch-closures';
import { adminLunchReportRoutes } from './lunch-reports';
import { adminOrgRoutes } from './orgs';
import { adminPaymentRoutes } from './payments';
import { adminProjectRoutes } from './projects';
import { adminSessionRoutes } from './session';
import { adminSiteRoutes } from './sites';
import { adminStatsRoutes } from './stats';
import { adminTokenRoutes } from './tokens';
import { adminUpdateRoutes } from './updates';
import { adminWishRoutes } from './wishes';

export const adminRoutes = router();

// Plans end before the purge, so the purge covers their campaigns' monthly donors.
adminRoutes.use('/admin/*', noStore(), bodyLimit(), adminAuth(), staffWritePurge(), staffWritePlans());
registerAccess(adminRoutes);
adminRoutes
  .route('/', adminSessionRoutes)
  .route('/', adminOrgRoutes)
  .route('/', adminSiteRoutes)
  .route('/', adminProjectRoutes)
  .route('/', adminUpdateRoutes)
  .route('/', adminCampaignRoutes)
  .route('/', adminTokenRoutes)
  .route('/', adminDonationRoutes)
  .route('/', adminLunchRoutes)
  .route('/', adminLunchClosureRoutes)
  .route('/', adminLunchReportRoutes)
  .route('/', adminStatsRoutes)
  .route('/', adminWishRoutes)
  .route('/', adminEmbedCodeRoutes)
  .route('/', adminPaymentRoutes)
  .route('/', adminMetricsRoutes)
  .route('/', adminRecipientRoutes)
  .route('/', adminExpenditureRoutes)
  .route('/', adminAuditRoutes)
  .route('/', adminMatchingRoutes)
  .route('/', adminMonthlyPlanRoutes);
