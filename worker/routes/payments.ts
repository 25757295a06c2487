// Payment provider callbacks (WeChat Pay notify, Stripe webhook) and the donor's status poll.
import { router } from './factory';

export const paymentRoutes = router();
