// "Không chấp nhận minh chứng": the coordinator gives the reason (required); the entry stops counting.
import { useState } from 'react';
import { Input, Modal } from 'antd';
import { t } from '../../i18n/index.ts';
import '../../i18n/vi/kpi.ts';

export function RejectEvidenceDialog({
  open,
  busy,
  onCancel,
  onReject,
}: {
  open: boolean;
  busy: boolean;
  onCancel: () => void;
  onReject: (reason: string) => Promise<unknown>;
}) {
  const [reason, setReason] = useState('');
  return (
    <Modal
      open={open}
      title={t('kpi.reject.title')}
      okText={t('kpi.ev.reject')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: reason.trim().length < 3, loading: busy, danger: true }}
      onCancel={onCancel}
      onOk={() => onReject(reason.trim())}
      destroyOnHidden
    >
      <Input.TextArea
        aria-label={t('kpi.reject.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        placeholder={t('kpi.reject.placeholder')}
      />
    </Modal>
  );
}
