import { Tag } from 'antd';
import { REPORT_STATUS_LABELS, type ReportStatusId } from '@dvcq/shared';

const COLORS: Record<ReportStatusId, string> = {
  not_started: 'default',
  draft: 'processing',
  submitted: 'gold',
  returned: 'red',
  accepted: 'green',
};

export function ReportStatusTag({ status }: { status: ReportStatusId }) {
  return <Tag color={COLORS[status]}>{REPORT_STATUS_LABELS[status]}</Tag>;
}
