// API calls of citizen dialogues and complaint statistics (issue #13).
import type {
  ComplaintStatisticsDto,
  DialogueConclusionDto,
  DialogueDto,
  ListDialoguesResponse,
  SaveComplaintStatisticsRequest,
  SaveDialogueConclusionRequest,
  SaveDialogueRequest,
  UpdateConclusionStatusRequest,
} from '@dvcq/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { downloadFile } from '../../api/files.ts';
import { t } from '../../i18n/index.ts';
import '../../i18n/vi/dialogues.ts';

export interface DialoguesQuery {
  unitId?: string | undefined;
  year?: number | undefined;
}

export interface ComplaintsQuery {
  unitId: string;
  year: number;
  periodKind: SaveComplaintStatisticsRequest['periodKind'];
}

export const dialogueKeys = {
  all: ['dialogues'] as const,
  list: (q: DialoguesQuery) => ['dialogues', 'list', q] as const,
  complaints: (q: ComplaintsQuery) => ['dialogues', 'complaints', q] as const,
};

const clean = (q: Record<string, string | number | undefined>) =>
  Object.fromEntries(Object.entries(q).filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== ''));

export const dialoguesApi = {
  list: (q: DialoguesQuery) => api.get<ListDialoguesResponse>('/api/dialogues', clean({ ...q })),
  save: (body: SaveDialogueRequest) => api.put<DialogueDto>('/api/dialogues', body),
  saveConclusion: (dialogueId: string, body: SaveDialogueConclusionRequest) =>
    api.put<DialogueDto>(`/api/dialogues/${dialogueId}/conclusions`, body),
  close: (d: Pick<DialogueDto, 'id' | 'version'>) => api.post<DialogueDto>(`/api/dialogues/${d.id}/close`, { version: d.version }),
  reopen: (id: string, reason: string) => api.post<DialogueDto>(`/api/dialogues/${id}/reopen`, { reason }),
  updateConclusion: (id: string, body: UpdateConclusionStatusRequest) =>
    api.post<DialogueConclusionDto>(`/api/dialogue-conclusions/${id}/status`, body),
  downloadXlsx: (q: DialoguesQuery) =>
    downloadFile(`/api/dialogues/export.xlsx?${new URLSearchParams(Object.entries(clean({ ...q })).map(([k, v]) => [k, String(v)]))}`, {
      fallbackName: t('dialogues.excelFileName'),
    }),
  complaints: (q: ComplaintsQuery) => api.get<ComplaintStatisticsDto>('/api/complaint-statistics', clean({ ...q })),
  saveComplaints: (body: SaveComplaintStatisticsRequest) => api.put<ComplaintStatisticsDto>('/api/complaint-statistics', body),
};

export function useDialogues(q: DialoguesQuery) {
  return useQuery({ queryKey: dialogueKeys.list(q), queryFn: () => dialoguesApi.list(q) });
}

export function useComplaintStatistics(q: ComplaintsQuery | null) {
  return useQuery({
    queryKey: dialogueKeys.complaints(q ?? { unitId: '', year: 0, periodKind: 'Y' }),
    queryFn: () => dialoguesApi.complaints(q!),
    enabled: !!q,
  });
}
