// The plan editor's form model: what a drafter sees for a stored plan, what is sent back, and how a
// deadline's wording follows its date until the drafter rewords it.
import { randomUUID } from 'node:crypto';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { planInput, type PlanInput } from '@dvcq/shared';
import {
  autoPhrase,
  formToInput,
  inputToForm,
  isAutoPhrase,
  lastDayOf,
  milestoneToInput,
  periodOptions,
  planFormPaths,
  type MilestoneFormValue,
} from './planForm.ts';

const ids = {
  issuer: randomUUID(),
  lead: randomUUID(),
  coord: randomUUID(),
  unit: randomUUID(),
  within: randomUUID(),
  except: randomUUID(),
  milestone: randomUUID(),
};

/** A provincial plan as the server stores it (validated by the shared schema), with every list filled. */
const stored: PlanInput = planInput.parse({
  issuerUnitId: ids.issuer,
  parentPlanId: null,
  year: 2025,
  number: '696/KH-UBND',
  issuedOn: '2025-03-06',
  place: 'Tây Ninh',
  title: 'Kế hoạch thực hiện công tác dân vận chính quyền năm 2025',
  summary: null,
  signerName: 'Nguyễn Thanh Ngọc',
  signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
  legalBases: [{ number: '23-QĐ/TW', date: '2021-10-06', issuer: 'Bộ Chính trị', summary: null }],
  sections: [{ label: 'I.', heading: 'MỤC ĐÍCH, YÊU CẦU', text: '', children: [] }],
  contentAreas: [{ code: '1', title: 'Tuyên truyền, quán triệt', description: null }],
  targets: [
    {
      text: '100% cán bộ được quán triệt',
      metric: 'Tỷ lệ cán bộ được quán triệt',
      comparator: '>=',
      value: 100,
      unit: 'percent',
      unitKinds: ['department'],
    },
  ],
  activities: [
    {
      contentAreaCode: '1',
      content: 'Tổ chức quán triệt các văn bản',
      leadUnitId: ids.lead,
      leadText: null,
      coordinatingUnitIds: [ids.coord],
      coordinatingText: 'Các sở, ban, ngành',
      expectedOutputs: 'Báo cáo',
      dueDate: '2025-06-30',
      budgetSource: 'Ngân sách tỉnh',
      appliesToKinds: [],
    },
  ],
  milestones: [
    {
      id: ids.milestone,
      title: 'Kế hoạch của đơn vị',
      dueDate: '2025-03-28',
      inclusive: true,
      phrase: 'chậm nhất ngày 28/3/2025',
      deliverableKind: 'unit_plan',
      periodKind: null,
      periodYear: null,
      audience: { unitKinds: ['department', 'district'], unitIds: [ids.unit], withinSubtreeOf: ids.within, excludeUnitIds: [ids.except] },
      parentMilestoneId: null,
    },
    {
      title: 'Báo cáo 6 tháng',
      dueDate: '2025-06-15',
      inclusive: false,
      phrase: 'trước ngày 15/6/2025',
      deliverableKind: 'period_report',
      periodKind: 'H1',
      periodYear: 2025,
      audience: { unitKinds: ['department'] },
      parentMilestoneId: null,
    },
  ],
  recipients: ['Bộ Nội vụ', 'Thường trực Tỉnh ủy'],
  cascadeLeadDays: 7,
});

describe('the plan form', () => {
  it('shows a stored plan with dates to pick and the audience split into kinds and units', () => {
    const v = inputToForm(stored);
    expect(v.issuedOn?.format('DD/MM/YYYY')).toBe('06/03/2025');
    expect(v.milestones[0]).toMatchObject({
      unitKinds: ['department', 'district'],
      unitIds: [ids.unit],
      withinSubtreeOf: ids.within,
      excludeUnitIds: [ids.except],
    });
    expect(v.recipientsText).toBe('Bộ Nội vụ\nThường trực Tỉnh ủy');
  });

  it('sends back exactly what was stored when nothing is edited', () => {
    const back = formToInput(inputToForm(stored));
    expect(planInput.parse(back)).toEqual(stored);
  });

  it('trims what was typed, turns empty boxes into "none" and one recipient per line', () => {
    const v = inputToForm(stored);
    const back = formToInput({
      ...v,
      number: '  ',
      title: '  Kế hoạch mới  ',
      summary: '',
      recipientsText: ' Bộ Nội vụ \n\n Sở Tư pháp ',
      place: null,
    });
    expect(back).toMatchObject({
      number: null,
      title: 'Kế hoạch mới',
      summary: null,
      place: null,
      recipients: ['Bộ Nội vụ', 'Sở Tư pháp'],
    });
  });

  it('a new milestone with no wording gets the wording of its date and kind', () => {
    const m: MilestoneFormValue = {
      title: ' Báo cáo năm ',
      dueDate: dayjs('2025-11-15'),
      inclusive: false,
      phrase: '',
      deliverableKind: 'period_report',
      periodKind: 'Y',
      periodYear: 2025,
      unitKinds: [],
      unitIds: [],
    };
    expect(milestoneToInput(m)).toEqual({
      title: 'Báo cáo năm',
      dueDate: '2025-11-15',
      inclusive: false,
      phrase: 'trước ngày 15/11/2025',
      deliverableKind: 'period_report',
      periodKind: 'Y',
      periodYear: 2025,
      audience: {},
      parentMilestoneId: null,
    });
  });
});

describe('deadline wording in the editor', () => {
  it('follows the date and "chậm nhất"/"trước ngày" until the drafter rewords it', () => {
    expect(autoPhrase(dayjs('2025-03-28'), true)).toBe('chậm nhất ngày 28/03/2025');
    expect(autoPhrase(dayjs('2025-03-28'), false)).toBe('trước ngày 28/03/2025');
    expect(autoPhrase(null, true)).toBe('');
    expect(isAutoPhrase('')).toBe(true);
    expect(isAutoPhrase('trước ngày 28/03/2025')).toBe(true);
    expect(isAutoPhrase('chậm nhất trong tháng 3/2025 (trước ngày 28/3)')).toBe(false);
  });

  it('names the last day a unit may submit: the day itself, or the day before', () => {
    expect(lastDayOf(dayjs('2025-03-28'), true)).toBe('2025-03-28');
    expect(lastDayOf(dayjs('2025-03-01'), false)).toBe('2025-02-28');
    expect(lastDayOf(null, false)).toBeNull();
  });

  it('offers the reporting periods of the year in Vietnamese', () => {
    const labels = periodOptions(2025).map((o) => o.label);
    expect(labels).toContain('6 tháng đầu năm 2025');
    expect(labels).toContain('Năm 2025');
  });
});

describe("the server's messages on the form", () => {
  it('puts a milestone audience problem on its unit-kinds picker and a recipient problem on the recipients box', () => {
    expect(
      planFormPaths(['milestones.1.audience', 'milestones.0.audience.unitIds.2', 'recipients.3', 'title', 'milestones.0.dueDate']),
    ).toEqual({
      'milestones.1.audience': 'milestones.1.unitKinds',
      'milestones.0.audience.unitIds.2': 'milestones.0.unitKinds',
      'recipients.3': 'recipientsText',
    });
  });
});
