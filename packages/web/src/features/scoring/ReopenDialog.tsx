// The coordinator reopens a finalised assessment with a reason; the earlier result stays in its history.
import { useState } from 'react';
import { Alert, Input, Modal, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { AssessmentDetailDto } from '@dvcq/shared';
import { t } from '../../i18n/index.ts';
import { useSave } from '../../lib/useSave.ts';
import { scoringApi, scoringKeys } from './scoringApi.ts';

export function ReopenDialog({ a, onClose }: { a: AssessmentDetailDto; onClose: () => void }) {
  const qc = useQueryClient();
  const [reason, setReason] = useState('');
  const save = useSave({
    errorDisplay: 'summary',
    run: () => scoringApi.reopen(a.id, a.version, reason.trim()),
    onSuccess: (res) => {
      qc.setQueryData(scoringKeys.assessment(a.id), res);
      onClose();
    },
    invalidate: [scoringKeys.all],
    success: t('scoring.reopen.done'),
  });
  return (
    <Modal
      open
      title={t('scoring.reopen.title', { unit: a.unitName })}
      okText={t('scoring.reopen.confirm')}
      okButtonProps={{ disabled: !reason.trim() }}
      onOk={() => void save.run(undefined)}
      confirmLoading={save.pending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('scoring.reopen.help')}</Typography.Paragraph>
      {save.summary && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={save.summary} />}
      <Input.TextArea
        aria-label={t('scoring.reopen.reason')}
        placeholder={t('scoring.reopen.reason')}
        autoSize={{ minRows: 2, maxRows: 5 }}
        maxLength={2000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
    </Modal>
  );
}
