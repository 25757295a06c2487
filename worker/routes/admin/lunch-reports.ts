// Admin: the daily lunch report (公示) — meals served, money spent, menu, photo. One per school and
// date; corrections are edits, never deletions, so the public record only ever gets more precise.
import { createRoute } from '@hono/zod-openapi';
import { adminReportJson } from '../../db/lunch';
import { insertReport, listReports, reportOfDay, requireReport, updateReport } from '../../db/lunch-reports';
import { newId } from '../../lib/ids';
import { ProblemError } from '../../lib/problem';
import { schoolToday } from '../../lunch/school-calendar';
import { listOf } from '../../schemas/admin';
import { idParam, jsonBody, jsonOk, problems } from '../../schemas/common';
import { AdminReportSchema, ReportCreate, ReportPatch } from '../../schemas/lunch';
import { ADMIN_SECURITY, router } from '../factory';
import { ownedSchool } from './lunch';

export const adminLunchReportRoutes = router();
const tags = ['Admin: lunch schools'];

adminLunchReportRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/admin/lunch/{id}/reports',
    tags,
    security: ADMIN_SECURITY,
    summary: "Post a day's lunch report",
    request: { params: idParam('id'), body: jsonBody(ReportCreate) },
    responses: { 201: jsonOk(AdminReportSchema, 'Created'), ...problems(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { id: schoolId } = c.req.valid('param');
    await ownedSchool(c, schoolId);
    const b = c.req.valid('json');
    // A report discloses what happened: not for a day that has not come yet (at the school, UTC+8).
    if (b.date > schoolToday(Date.now())) {
      throw new ProblemError(400, 'validation_failed', 'A report cannot be for a future day', [
        { path: 'date', message: 'Date is in the future' },
      ]);
    }
    const taken = await reportOfDay(c.env.DB, schoolId, b.date);
    if (taken)
      throw new ProblemError(
        409,
        'already_exists',
        `There is already a report for ${b.date} (${taken.id}); edit it instead`,
      );
    const id = b.id ?? newId('lr');
    await insertReport(c.env.DB, schoolId, id, b);
    return c.json(adminReportJson(await requireReport(c.env.DB, schoolId, id)), 201);
  },
);

adminLunchReportRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/admin/lunch/{id}/reports',
    tags,
    security: ADMIN_SECURITY,
    summary: "List a school's reports (newest first)",
    request: { params: idParam('id') },
    responses: {
      200: jsonOk(listOf(AdminReportSchema, 'AdminLunchReportList'), 'Reports'),
      ...problems(401, 403, 404),
    },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    await ownedSchool(c, id);
    return c.json({ items: (await listReports(c.env.DB, id)).map(adminReportJson) }, 200);
  },
);

adminLunchReportRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/admin/lunch/{id}/reports/{reportId}',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Correct a report',
    request: { params: idParam('id').extend(idParam('reportId').shape), body: jsonBody(ReportPatch) },
    responses: { 200: jsonOk(AdminReportSchema, 'Updated'), ...problems(400, 401, 403, 404) },
  }),
  async (c) => {
    const { id, reportId } = c.req.valid('param');
    await ownedSchool(c, id);
    await requireReport(c.env.DB, id, reportId);
    await updateReport(c.env.DB, reportId, c.req.valid('json'));
    return c.json(adminReportJson(await requireReport(c.env.DB, id, reportId)), 200);
  },
);
