// Admin: payment callback ledger and reconciliation per day and provider.
import { router } from '../factory';

export const adminPaymentRoutes = router();
