// "Không công nhận": the coordinator gives the reason (required) and the unit sees it on the model.
import { useState } from 'react';
import { Input, Modal } from 'antd';
import { t } from '../../i18n/index.ts';
import '../../i18n/vi/movement.ts';

export function ReasonDialog({
  busy,
  onCancel,
  onConfirm,
}: {
  busy: boolean;
  onCancel: () => void;
  onConfirm: (reason: string) => Promise<unknown>;
}) {
  const [reason, setReason] = useState('');
  return (
    <Modal
      open
      title={t('movement.action.not_recognise')}
      okText={t('movement.action.not_recognise')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: reason.trim().length < 3, loading: busy, danger: true }}
      onCancel={onCancel}
      onOk={() => onConfirm(reason.trim())}
      destroyOnHidden
    >
      <Input.TextArea aria-label={t('movement.reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
    </Modal>
  );
}
