// Periodic reports: forms, drafts and the review workflow, consolidation and its exports.
import { z } from 'zod';
import { defineOperations } from './operation.ts';
import {
  acceptReportRequest,
  consolidation,
  consolidationQuery,
  exportConsolidationDocxRequest,
  listReportsQuery,
  obligationParams,
  reopenReportRequest,
  reportDetail,
  reportForm,
  reportFormQuery,
  reportFormWithCandidates,
  reportListItem,
  returnReportRequest,
  saveReportDraftRequest,
  saveReportFormRequest,
  submitReportRequest,
} from '../schemas/reports.ts';

export const REPORT_OPERATIONS = defineOperations({
  getReportForm: { method: 'GET', path: '/api/report-forms', query: reportFormQuery, response: reportFormWithCandidates },
  saveReportForm: { method: 'PUT', path: '/api/report-forms', body: saveReportFormRequest, response: reportForm },
  listReports: { method: 'GET', path: '/api/reports', query: listReportsQuery, response: z.array(reportListItem) },
  getReport: { method: 'GET', path: '/api/reports/:obligationId', params: obligationParams, response: reportDetail },
  saveReportDraft: {
    method: 'PUT',
    path: '/api/reports/:obligationId/draft',
    params: obligationParams,
    body: saveReportDraftRequest,
    response: reportDetail,
  },
  submitReport: {
    method: 'POST',
    path: '/api/reports/:obligationId/submit',
    params: obligationParams,
    body: submitReportRequest,
    response: reportDetail,
  },
  returnReport: {
    method: 'POST',
    path: '/api/reports/:obligationId/return',
    params: obligationParams,
    body: returnReportRequest,
    response: reportDetail,
  },
  acceptReport: {
    method: 'POST',
    path: '/api/reports/:obligationId/accept',
    params: obligationParams,
    body: acceptReportRequest,
    response: reportDetail,
  },
  reopenReport: {
    method: 'POST',
    path: '/api/reports/:obligationId/reopen',
    params: obligationParams,
    body: reopenReportRequest,
    response: reportDetail,
  },
  getConsolidation: { method: 'GET', path: '/api/consolidation', query: consolidationQuery, response: consolidation },
  exportConsolidationXlsx: { method: 'GET', path: '/api/consolidation/xlsx', query: consolidationQuery },
  exportConsolidationDocx: { method: 'POST', path: '/api/consolidation/docx', body: exportConsolidationDocxRequest },
});
