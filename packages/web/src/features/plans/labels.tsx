// Tags and labels shared by the plan screens.
import { Tag } from 'antd';
import { formatNumberVi, formatRateVi } from '@dvcq/domain';
import { COMPLIANCE_STATUS_IDS } from '@dvcq/shared';
import { t } from '../../i18n/index.ts';
import '../../i18n/vi/plans.ts';

export { unitKindOptions } from '../org/unitKinds.ts';

export type ComplianceStatus = (typeof COMPLIANCE_STATUS_IDS)[number];

export const STATUS_COLORS: Record<ComplianceStatus, string> = {
  not_due: 'default',
  due_soon: 'gold',
  submitted_on_time: 'green',
  submitted_late: 'orange',
  overdue: 'red',
  exempt: 'purple',
};

export function ComplianceTag({ status, label }: { status: ComplianceStatus; label: string }) {
  return (
    <Tag color={STATUS_COLORS[status]} data-status={status}>
      {label}
    </Tag>
  );
}

export function PlanStatusTag({ status }: { status: 'draft' | 'published' }) {
  return status === 'published' ? (
    <Tag color="green">{t('plans.status.published')}</Tag>
  ) : (
    <Tag color="blue">{t('plans.status.draft')}</Tag>
  );
}

export const COMPARATOR_LABELS: Record<string, string> = {
  '>=': t('plans.comparator.atLeast'),
  '>': t('plans.comparator.above'),
  '=': t('plans.comparator.exactly'),
  '<=': t('plans.comparator.atMost'),
  '<': t('plans.comparator.below'),
};

export type Duty = 'lead' | 'follow';

export const dutyLabel = (duty: string): string => (duty === 'lead' ? t('assignments.duty.lead') : t('assignments.duty.follow'));

export function formatTargetValue(comparator: string | null, value: number | null, unit: string | null): string {
  if (value === null) return t('common.none');
  const sign = comparator ? `${comparator.replace('>=', '≥').replace('<=', '≤')} ` : '';
  return `${sign}${formatNumberVi(value)}${unit === 'percent' ? '%' : ''}`;
}

export function percent(rate: number | null): string {
  return rate === null ? t('common.none') : formatRateVi(rate);
}
