// "Mở lại báo cáo": the receiving agency reopens an accepted report, with a reason (required).
import { useState } from 'react';
import { Input, Modal } from 'antd';
import { t } from '../../i18n/index.ts';
import '../../i18n/vi/reports.ts';

export function ReopenReportDialog({
  open,
  busy,
  onCancel,
  onReopen,
}: {
  open: boolean;
  busy: boolean;
  onCancel: () => void;
  onReopen: (reason: string) => Promise<unknown>;
}) {
  const [reason, setReason] = useState('');
  return (
    <Modal
      open={open}
      title={t('reports.reopenTitle')}
      okText={t('reports.reopenOk')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: reason.trim().length < 3, loading: busy }}
      onCancel={onCancel}
      onOk={() => onReopen(reason.trim())}
    >
      <Input.TextArea
        aria-label={t('reports.reopenReason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        placeholder={t('reports.reopenReasonPlaceholder')}
      />
    </Modal>
  );
}
