// Shared test data: a small Tây Ninh-like tree and the 2025 provincial milestones (seed 696/KH-UBND).
import { makeDeadline } from '../deadlines/deadline.ts';
import type { Milestone } from './milestones.ts';
import type { OrgUnit } from './org-units.ts';

const unit = (id: string, kind: OrgUnit['kind'], parentId: string | null, extra: Partial<OrgUnit> = {}): OrgUnit => ({
  id,
  kind,
  parentId,
  validFrom: '2000-01-01',
  validTo: null,
  ...extra,
});

export const UNITS: OrgUnit[] = [
  unit('tinh', 'province', null),
  unit('snv', 'department', 'tinh'),
  unit('svhttdl', 'department', 'tinh'),
  unit('svhttdl-vp', 'division', 'svhttdl'),
  unit('svhttdl-bt', 'division', 'svhttdl'),
  unit('snv-p1', 'division', 'snv'),
  unit('hoa-thanh', 'district', 'tinh', { validTo: '2025-06-30', closed: true }),
  unit('xa-moi', 'commune', 'tinh', { validFrom: '2025-07-01' }),
  unit('bhxh', 'central_agency', 'tinh'),
  unit('ghost', 'department', 'tinh', { closed: true }),
];

const provincialAudience = { unitKinds: ['department', 'district', 'commune', 'central_agency'] as const };

export const MILESTONES_2025: Milestone[] = [
  {
    id: 'plan',
    deliverable: { kind: 'unit_plan' },
    deadline: makeDeadline('2025-03-28', true, 'chậm nhất 28/3/2025'),
    audience: provincialAudience,
  },
  {
    id: 'h1',
    deliverable: { kind: 'period_report', periodKind: 'H1', year: 2025 },
    deadline: makeDeadline('2025-05-20', false, 'Trước ngày 20/5/2025'),
    audience: provincialAudience,
  },
  {
    id: 'year',
    deliverable: { kind: 'period_report', periodKind: 'Y', year: 2025 },
    deadline: makeDeadline('2025-11-01', false, 'Trước ngày 01/11/2025'),
    audience: provincialAudience,
  },
];
