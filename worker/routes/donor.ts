// The donor's own link, as JSON: GET /donor/{token} (their gifts and monthly plan), POST
// /donor/{token}/stop (ends the monthly gift). The token is the signed link (giving/donor-link.ts):
// a wrong or forged one is 404, never a hint. Never cached.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { PLAN_ENDERS, PLAN_METHODS, PLAN_STATUSES } from '../../common/monthly-plans';
import { purgeCampaign } from '../cache/purge';
import type { Env } from '../env';
import { donationOfToken } from '../giving/donor-link';
import { ProblemError } from '../lib/problem';
import { stripeConfig } from '../payments/config';
import { endPlan } from '../payments/monthly';
import { PaymentProviderError } from '../payments/provider';
import { jsonOk, problems } from '../schemas/common';
import { PaymentSchema } from '../schemas/donations';
import { planOfDonation, readDonor } from '../read-models/donor';
import { router } from './factory';

export const donorRoutes = router();

const Token = z.object({ token: z.string().min(3).max(200) });
const DonorSchema = z
  .object({
    gifts: z.array(
      z.object({
        id: z.string(),
        campaignId: z.string(),
        campaignTitle: z.string(),
        amount: z.number().int(),
        currency: z.string(),
        status: z.string(),
        at: z.string(),
        monthly: z.boolean(),
        reference: z.string().openapi({ description: 'The number the donor quotes when paying' }),
      }),
    ),
    project: z
      .object({
        id: z.string(),
        orgName: z.string(),
        orgWebsite: z.string().nullable(),
        recipientName: z.string().nullable(),
      })
      .openapi({
        description:
          'What the gifts went to: the project (its page is /p/{id}), its organisation and the charity receiving the money',
      }),
    payment: PaymentSchema.nullable().openapi({
      description: 'How to pay the gift of the link while it waits for an offline payment; else null',
    }),
    plan: z
      .object({
        id: z.string(),
        campaignId: z.string(),
        amount: z.number().int(),
        currency: z.string(),
        status: z.enum(PLAN_STATUSES),
        method: z.enum(PLAN_METHODS),
        startedAt: z.string(),
        nextDueOn: z.string().nullable(),
        endedAt: z.string().nullable(),
        endedBy: z.enum(PLAN_ENDERS).nullable(),
        endReason: z.string().nullable().openapi({
          description: 'Why it ended when nobody ended it by name (e.g. campaign_closed, filing_not_current)',
        }),
      })
      .nullable(),
  })
  .openapi('DonorPage');

export async function donationOfRequest(c: Context<Env>): Promise<string> {
  const id = await donationOfToken(c.env, c.req.param('token') ?? '');
  if (!id) throw new ProblemError(404, 'not_found', 'No such link');
  return id;
}

/** Stops the link's monthly plan (cancelling a Stripe subscription first); answers its campaign. */
export async function stopMonthly(c: Context<Env>, donationId: string): Promise<void> {
  const plan = await planOfDonation(c.env.DB, donationId);
  if (!plan) throw new ProblemError(409, 'invalid_transition', 'This gift is not a monthly gift');
  try {
    await endPlan(c.env.DB, stripeConfig(c.env), plan, 'donor');
  } catch (e) {
    if (!(e instanceof PaymentProviderError)) throw e;
    throw new ProblemError(
      502,
      'payment_provider_error',
      'Stripe did not answer; the monthly gift is not stopped yet, please try again',
    );
  }
  await purgeCampaign(c, plan.campaign_id); // its monthly donors count
}

donorRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/donor/{token}',
    tags: ['Public'],
    summary: "The donor's own page: the pledge's gifts and monthly plan",
    request: { params: Token },
    responses: { 200: jsonOk(DonorSchema, 'Gifts'), ...problems(404, 503) },
  }),
  async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await readDonor(c.env.DB, await donationOfRequest(c)), 200);
  },
);

donorRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/donor/{token}/stop',
    tags: ['Public'],
    summary: 'Stop the monthly gift (no account: the signed link is the proof)',
    request: { params: Token },
    responses: { 200: jsonOk(DonorSchema, 'Stopped (or already ended)'), ...problems(404, 409, 502, 503) },
  }),
  async (c) => {
    c.header('Cache-Control', 'no-store');
    const id = await donationOfRequest(c);
    await stopMonthly(c, id);
    return c.json(await readDonor(c.env.DB, id), 200);
  },
);
