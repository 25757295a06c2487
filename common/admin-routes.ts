// The admin routes the console shows controls for, by their keys in worker/routes/admin/access.ts
// (`${method} ${path}`; the session's `allowed` lists these keys). One list here, so a renamed route
// shows up in one place; test/worker/role-matrix.test.ts checks each is a route of that table.
export const ADMIN_ROUTES = {
  /** The super-admin's alone: tells a super-admin session from an organisation's. */
  createOrg: 'POST /admin/orgs',
  createProject: 'POST /admin/projects',
  editProject: 'PATCH /admin/projects/:id',
  createUpdate: 'POST /admin/projects/:id/updates',
  editUpdate: 'PATCH /admin/projects/:id/updates/:updateId',
  createCampaign: 'POST /admin/campaigns',
  editCampaign: 'PATCH /admin/campaigns/:id',
  listSpending: 'GET /admin/campaigns/:id/expenditures',
  createSpending: 'POST /admin/campaigns/:id/expenditures',
  editSpending: 'PATCH /admin/campaigns/:id/expenditures/:expenditureId',
  deleteSpending: 'DELETE /admin/campaigns/:id/expenditures/:expenditureId',
  confirmDonation: 'POST /admin/donations/:id/confirm',
  cancelDonation: 'POST /admin/donations/:id/cancel',
  refundDonation: 'POST /admin/donations/:id/refund',
  listMatchers: 'GET /admin/matchers',
  createMatcher: 'POST /admin/matchers',
  editMatcher: 'PATCH /admin/matchers/:id',
  listFunds: 'GET /admin/match-funds',
  createFund: 'POST /admin/match-funds',
  editFund: 'PATCH /admin/match-funds/:id',
  listPlans: 'GET /admin/monthly-plans',
  endPlan: 'POST /admin/monthly-plans/:id/end',
  createSchool: 'POST /admin/lunch',
  editSchool: 'PATCH /admin/lunch/:id',
  createClosure: 'POST /admin/lunch/:id/closures',
  deleteClosure: 'DELETE /admin/lunch/:id/closures/:closureId',
  createReport: 'POST /admin/lunch/:id/reports',
  editReport: 'PATCH /admin/lunch/:id/reports/:reportId',
  createWish: 'POST /admin/wishes',
  releaseWish: 'POST /admin/wishes/:id/release',
  fulfilWish: 'POST /admin/wishes/:id/fulfil',
  replaceFigures: 'PUT /admin/orgs/:org/stats',
  listSites: 'GET /admin/sites',
  createSite: 'POST /admin/sites',
  deleteSite: 'DELETE /admin/sites/:id',
  listTokens: 'GET /admin/tokens',
  createToken: 'POST /admin/tokens',
  revokeToken: 'DELETE /admin/tokens/:id',
  listRecipients: 'GET /admin/recipients',
  createRecipient: 'POST /admin/recipients',
  editRecipient: 'PATCH /admin/recipients/:id',
  readAudit: 'GET /admin/audit',
  /**
   * A campaign's recipient and filing fields are the owner's (access.ts CAMPAIGN_OWNER_FIELDS); the
   * session lists routes, not fields, and the recipients' own writes need the same role.
   */
  setCampaignFiling: 'PATCH /admin/recipients/:id',
  /**
   * A campaign's money (payment instructions, status, monthly giving; once it exists, goal and
   * deadline) is the owner's too (access.ts CAMPAIGN_OWNER_FIELDS), like the organisation's
   * payment settings.
   */
  setCampaignMoney: 'PATCH /admin/orgs/:org',
} as const;

export type AdminRouteKey = (typeof ADMIN_ROUTES)[keyof typeof ADMIN_ROUTES];
