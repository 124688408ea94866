// Plans, their obligations and compliance, document import, assignments and calendar feeds.
import { z } from 'zod';
import { defineOperations } from './operation.ts';
import { idParams, okBody, uuid } from '../schemas/common.ts';
import {
  amendPlanRequest,
  assignmentDto,
  assignmentRequest,
  complianceExportQuery,
  complianceQuery,
  complianceUnitsPage,
  complianceUnitsQuery,
  derivePlanRequest,
  exemptRequest,
  listObligationsQuery,
  listPlansQuery,
  obligationDto,
  planCompliance,
  planDetail,
  planInput,
  planSummary,
  publishPlanRequest,
  reminderLetterQuery,
  submitUnitPlanRequest,
  updatePlanRequest,
} from '../schemas/plans.ts';
import { extractDocumentQuery, extractResponse, importJobDto, startImportJobQuery } from '../schemas/imports.ts';

export const assignableUser = z.object({
  id: z.string(),
  fullName: z.string(),
  username: z.string(),
  role: z.string(),
  unitName: z.string(),
});
export type AssignableUserDto = z.infer<typeof assignableUser>;
export const calendarFeedLink = z.object({ url: z.string() });

export const PLAN_OPERATIONS = defineOperations({
  listPlans: { method: 'GET', path: '/api/plans', query: listPlansQuery, response: z.array(planSummary) },
  getPlan: { method: 'GET', path: '/api/plans/:id', params: idParams, response: planDetail },
  createPlan: { method: 'POST', path: '/api/plans', body: planInput, status: 201, response: planDetail },
  updatePlanDraft: { method: 'PUT', path: '/api/plans/:id', params: idParams, body: updatePlanRequest, response: planDetail },
  publishPlan: { method: 'POST', path: '/api/plans/:id/publish', params: idParams, body: publishPlanRequest, response: planDetail },
  amendPlan: { method: 'POST', path: '/api/plans/:id/amend', params: idParams, body: amendPlanRequest, response: planDetail },
  derivePlan: {
    method: 'POST',
    path: '/api/plans/:id/derive',
    params: idParams,
    body: derivePlanRequest,
    status: 201,
    response: planDetail,
  },
  submitUnitPlan: { method: 'POST', path: '/api/plans/:id/submit', params: idParams, body: submitUnitPlanRequest, response: planDetail },
  getPlanCompliance: {
    method: 'GET',
    path: '/api/plans/:id/compliance',
    params: idParams,
    query: complianceQuery,
    response: planCompliance,
  },
  exportPlanComplianceXlsx: { method: 'GET', path: '/api/plans/:id/compliance.xlsx', params: idParams, query: complianceExportQuery },
  listPlanComplianceUnits: {
    method: 'GET',
    path: '/api/plans/:id/compliance/units',
    params: idParams,
    query: complianceUnitsQuery,
    response: complianceUnitsPage,
  },
  exportPlanDocx: { method: 'GET', path: '/api/plans/:id/export.docx', params: idParams },
  exportReminderLetterDocx: { method: 'GET', path: '/api/plans/:id/reminder-letter.docx', params: idParams, query: reminderLetterQuery },

  listObligations: { method: 'GET', path: '/api/obligations', query: listObligationsQuery, response: z.array(obligationDto) },
  exemptObligation: { method: 'POST', path: '/api/obligations/:id/exempt', params: idParams, body: exemptRequest, response: okBody },

  extractDocument: { method: 'POST', path: '/api/imports/extract', query: extractDocumentQuery, upload: true, response: extractResponse },
  startImportJob: {
    method: 'POST',
    path: '/api/imports/jobs',
    query: startImportJobQuery,
    upload: true,
    status: 201,
    response: importJobDto,
  },
  getImportJob: { method: 'GET', path: '/api/imports/jobs/:id', params: idParams, response: importJobDto },
  cancelImportJob: { method: 'POST', path: '/api/imports/jobs/:id/cancel', params: idParams, response: importJobDto },

  assignPlanItem: {
    method: 'POST',
    path: '/api/plans/:id/assignments',
    params: idParams,
    body: assignmentRequest,
    status: 201,
    response: assignmentDto,
  },
  listAssignableUsers: { method: 'GET', path: '/api/plans/:id/assignable-users', params: idParams, response: z.array(assignableUser) },
  listMyAssignments: { method: 'GET', path: '/api/assignments/mine', response: z.array(assignmentDto) },

  createCalendarFeed: { method: 'POST', path: '/api/calendar-feed', response: calendarFeedLink },
  getCalendarFeed: {
    method: 'GET',
    path: '/api/calendar/:token',
    public: true,
    params: z.object({ token: z.string().max(100) }),
    // ?plan=<id>: only that plan's deadlines (a feed per plan beside the personal one).
    query: z.object({ plan: uuid.optional() }),
  },
});
