// Response shapes derived from the shared Zod schemas (no runtime import; `_output` is what z.infer reads).
import type { AuditEntryDto, apiTokenSummary, createdToken, orgUnitDetail, orgUnitNameHistory } from '@dvcq/shared';

export type {
  AuditEntryDto,
  CurrentUserDto,
  ImportPreviewDto,
  OrgUnitDto,
  RoleAssignmentDto,
  SessionResponse,
  UserSummaryDto,
} from '@dvcq/shared';

export type OrgUnitDetailDto = (typeof orgUnitDetail)['_output'];
export type OrgUnitNameHistoryDto = (typeof orgUnitNameHistory)['_output'];
export type ApiTokenDto = (typeof apiTokenSummary)['_output'];
export type CreatedTokenDto = (typeof createdToken)['_output'];

export interface AuditPageDto {
  items: AuditEntryDto[];
  total: number;
}
