// Citizen dialogues with their conclusions, complaint statistics (issue #13).
import { defineOperations } from './operation.ts';
import { idParams } from '../schemas/common.ts';
import {
  complaintStatisticsDto,
  complaintStatisticsQuery,
  dialogueConclusionDto,
  dialogueDto,
  exportDialoguesQuery,
  listDialoguesQuery,
  listDialoguesResponse,
  reopenDialogueRequest,
  closeDialogueRequest,
  saveComplaintStatisticsRequest,
  saveDialogueConclusionRequest,
  saveDialogueRequest,
  updateConclusionStatusRequest,
} from '../schemas/dialogues.ts';

export const DIALOGUE_OPERATIONS = defineOperations({
  listDialogues: { method: 'GET', path: '/api/dialogues', query: listDialoguesQuery, response: listDialoguesResponse },
  saveDialogue: { method: 'PUT', path: '/api/dialogues', body: saveDialogueRequest, response: dialogueDto },
  saveDialogueConclusion: {
    method: 'PUT',
    path: '/api/dialogues/:id/conclusions',
    params: idParams,
    body: saveDialogueConclusionRequest,
    response: dialogueDto,
  },
  closeDialogue: { method: 'POST', path: '/api/dialogues/:id/close', params: idParams, body: closeDialogueRequest, response: dialogueDto },
  reopenDialogue: {
    method: 'POST',
    path: '/api/dialogues/:id/reopen',
    params: idParams,
    body: reopenDialogueRequest,
    response: dialogueDto,
  },
  updateConclusionStatus: {
    method: 'POST',
    path: '/api/dialogue-conclusions/:id/status',
    params: idParams,
    body: updateConclusionStatusRequest,
    response: dialogueConclusionDto,
  },
  exportDialoguesXlsx: { method: 'GET', path: '/api/dialogues/export.xlsx', query: exportDialoguesQuery },
  getComplaintStatistics: {
    method: 'GET',
    path: '/api/complaint-statistics',
    query: complaintStatisticsQuery,
    response: complaintStatisticsDto,
  },
  saveComplaintStatistics: {
    method: 'PUT',
    path: '/api/complaint-statistics',
    body: saveComplaintStatisticsRequest,
    response: complaintStatisticsDto,
  },
});
