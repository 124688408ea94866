// Communication KPIs (issue #12).
import { z } from 'zod';
import { defineOperations } from './operation.ts';
import { idParams } from '../schemas/common.ts';
import {
  importKpiSetQuery,
  kpiEvidenceDto,
  kpiImportResponse,
  kpiProgressQuery,
  kpiProgressResponse,
  kpiSetDto,
  listKpiEvidenceQuery,
  listKpiSetsQuery,
  recordKpiEvidenceRequest,
  reviewKpiEvidenceRequest,
  saveKpiSetRequest,
} from '../schemas/kpi.ts';

export const KPI_OPERATIONS = defineOperations({
  listKpiSets: { method: 'GET', path: '/api/kpi/sets', query: listKpiSetsQuery, response: z.array(kpiSetDto) },
  getKpiSet: { method: 'GET', path: '/api/kpi/sets/:id', params: idParams, response: kpiSetDto },
  saveKpiSet: { method: 'PUT', path: '/api/kpi/sets', body: saveKpiSetRequest, response: kpiSetDto },
  importKpiSetFromDocument: {
    method: 'POST',
    path: '/api/kpi/import',
    query: importKpiSetQuery,
    upload: true,
    response: kpiImportResponse,
  },
  recordKpiEvidence: {
    method: 'POST',
    path: '/api/kpi/sets/:id/evidence',
    params: idParams,
    body: recordKpiEvidenceRequest,
    status: 201,
    response: kpiEvidenceDto,
  },
  listKpiEvidence: {
    method: 'GET',
    path: '/api/kpi/sets/:id/evidence',
    params: idParams,
    query: listKpiEvidenceQuery,
    response: z.array(kpiEvidenceDto),
  },
  reviewKpiEvidence: {
    method: 'POST',
    path: '/api/kpi/evidence/:id/review',
    params: idParams,
    body: reviewKpiEvidenceRequest,
    response: kpiEvidenceDto,
  },
  checkKpiEvidenceLink: { method: 'POST', path: '/api/kpi/evidence/:id/check-link', params: idParams, response: kpiEvidenceDto },
  getKpiProgress: {
    method: 'GET',
    path: '/api/kpi/sets/:id/progress',
    params: idParams,
    query: kpiProgressQuery,
    response: kpiProgressResponse,
  },
  exportKpiXlsx: { method: 'GET', path: '/api/kpi/sets/:id/export.xlsx', params: idParams, query: kpiProgressQuery },
});
