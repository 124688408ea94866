// The coordinator withdraws a veto event recorded in error; the event stays on the dossier, marked, with the reason.
import { useState } from 'react';
import { Alert, Input, Modal } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { AssessmentDetailDto, VetoEventDto } from '@dvcq/shared';
import { t } from '../../i18n/index.ts';
import { useSave } from '../../lib/useSave.ts';
import { scoringApi, scoringKeys } from './scoringApi.ts';

export function WithdrawVetoDialog({ a, veto, onClose }: { a: AssessmentDetailDto; veto: VetoEventDto; onClose: () => void }) {
  const qc = useQueryClient();
  const [reason, setReason] = useState('');
  const save = useSave({
    errorDisplay: 'summary',
    run: () => scoringApi.withdrawVeto(a.id, veto.id, reason.trim()),
    onSuccess: (res) => {
      qc.setQueryData(scoringKeys.assessment(a.id), res);
      onClose();
    },
    invalidate: [scoringKeys.all],
    success: t('scoring.veto.withdrawn'),
  });
  return (
    <Modal
      open
      title={t('scoring.veto.withdrawTitle', { name: veto.name })}
      okText={t('scoring.veto.withdraw')}
      okButtonProps={{ danger: true, disabled: !reason.trim() }}
      onOk={() => void save.run(undefined)}
      confirmLoading={save.pending}
      onCancel={onClose}
      destroyOnHidden
    >
      {save.summary && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={save.summary} />}
      <Input.TextArea
        aria-label={t('scoring.veto.withdrawReason')}
        placeholder={t('scoring.veto.withdrawReason')}
        autoSize={{ minRows: 2, maxRows: 5 }}
        maxLength={2000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
    </Modal>
  );
}
