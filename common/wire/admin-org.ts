// An organisation as the admin API answers it (worker/schemas/admin.ts, held to these types by
// test/types/wire.test-d.ts): the public organisation plus how its donors pay.
import type { PaymentProviderName } from '../payment-providers.js';
import type { Org } from './org.js';

/** What creating or editing one answers (AdminOrgSchema). */
export interface AdminOrg extends Org {
  /** Who takes its campaigns' money unless a campaign chooses its own. */
  paymentProvider: PaymentProviderName;
  /** Offline: the bank account to transfer to (户名/开户行/账号), shown with the payment instructions. */
  paymentAccount: string | null;
  /** Offline: an image of its static payment QR code. */
  paymentQrUrl: string | null;
  createdAt: string;
  updatedAt: string;
}

/** How much an organisation holds (OrgActivitySchema), so the console opens where the work is. */
export interface OrgActivity {
  /** Pledges waiting for staff to confirm. */
  pendingPledges: number;
  projects: number;
  campaigns: number;
  schools: number;
  wishes: number;
  /** Staff-entered figures. */
  figures: number;
}

/** GET /admin/orgs (AdminOrgListItem): the super-admin's every organisation, an org token's own. */
export interface AdminOrgListItem extends AdminOrg {
  activity: OrgActivity;
}
