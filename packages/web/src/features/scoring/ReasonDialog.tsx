// A step on an assessment that needs only the coordinator's reason: reopening a finalised assessment
// (the earlier result stays in its history), withdrawing a veto event recorded in error.
import { useState } from 'react';
import { Alert, Input, Modal, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { AssessmentDetailDto } from '@dvcq/shared';
import { useSave } from '../../lib/useSave.ts';
import { scoringKeys } from './scoringApi.ts';

export interface ReasonDialogProps {
  assessmentId: string;
  title: string;
  help?: string;
  label: string;
  okText: string;
  danger?: boolean;
  success: string;
  run: (reason: string) => Promise<AssessmentDetailDto>;
  onClose: () => void;
}

export function ReasonDialog({ assessmentId, title, help, label, okText, danger, success, run, onClose }: ReasonDialogProps) {
  const qc = useQueryClient();
  const [reason, setReason] = useState('');
  const save = useSave({
    errorDisplay: 'summary',
    run: () => run(reason.trim()),
    onSuccess: (res) => {
      qc.setQueryData(scoringKeys.assessment(assessmentId), res);
      onClose();
    },
    invalidate: [scoringKeys.all],
    success,
  });
  return (
    <Modal
      open
      title={title}
      okText={okText}
      okButtonProps={{ danger: !!danger, disabled: !reason.trim() }}
      onOk={() => void save.run(undefined)}
      confirmLoading={save.pending}
      onCancel={onClose}
      destroyOnHidden
    >
      {help && <Typography.Paragraph type="secondary">{help}</Typography.Paragraph>}
      {save.summary && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={save.summary} />}
      <Input.TextArea
        aria-label={label}
        placeholder={label}
        autoSize={{ minRows: 2, maxRows: 5 }}
        maxLength={2000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
    </Modal>
  );
}
