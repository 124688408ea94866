// "Kết thúc thẩm định" asks first: it shows the result that will be fixed and, for every criterion no
// agency appraised, asks the coordinator's reason. The rule itself is the server's (the domain's
// checkFinalisation): a refusal comes back listing the open criteria and is shown here.
import { useMemo, useState } from 'react';
import { Alert, Button, Input, Modal, Space, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { checkFinalisation, type AssessmentResult, type ScorecardVersion } from '@dvcq/domain';
import type { AssessmentDetailDto } from '@dvcq/shared';
import { t } from '../../i18n/index.ts';
import { showFigure } from '../../lib/format.ts';
import { useSave } from '../../lib/useSave.ts';
import { scoringApi, scoringKeys } from './scoringApi.ts';
import '../../i18n/vi/scoring.ts';

export function FinaliseDialog({
  a,
  version,
  live,
  onClose,
}: {
  a: AssessmentDetailDto;
  version: ScorecardVersion;
  live: AssessmentResult;
  onClose: () => void;
}) {
  const qc = useQueryClient();
  const open = useMemo(
    () =>
      checkFinalisation(
        version.nodes,
        a.unitGroup,
        a.scores.filter((s) => s.appraisedAt).map((s) => s.code),
      ).open,
    [version, a],
  );
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [same, setSame] = useState('');
  const save = useSave({
    errorDisplay: 'summary',
    run: () =>
      scoringApi.finalise(a.id, a.version, Object.fromEntries(open.filter((c) => reasons[c]?.trim()).map((c) => [c, reasons[c]!.trim()]))),
    onSuccess: (res) => {
      qc.setQueryData(scoringKeys.assessment(a.id), res);
      onClose();
    },
    invalidate: [scoringKeys.all],
    success: t('scoring.assessment.finalised'),
  });
  return (
    <Modal
      open
      title={t('scoring.finalise.title', { unit: a.unitName })}
      okText={t('scoring.finalise.confirm')}
      onOk={() => void save.run(undefined)}
      confirmLoading={save.pending}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <Typography.Paragraph>
        {t('scoring.finalise.result', { total: showFigure(live.total), max: showFigure(live.unitMax), level: live.level.name })}
      </Typography.Paragraph>
      {save.summary && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={save.summary} />}
      {open.length > 0 && (
        <>
          <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('scoring.finalise.openHelp', { count: open.length })} />
          <Space.Compact style={{ width: '100%', marginBottom: 12 }}>
            <Input
              aria-label={t('scoring.finalise.sameReason')}
              placeholder={t('scoring.finalise.sameReasonPlaceholder')}
              value={same}
              onChange={(e) => setSame(e.target.value)}
            />
            <Button disabled={!same.trim()} onClick={() => setReasons(Object.fromEntries(open.map((c) => [c, same])))}>
              {t('scoring.finalise.fillAll')}
            </Button>
          </Space.Compact>
          <div style={{ maxHeight: 320, overflowY: 'auto' }}>
            {open.map((code) => {
              const missing = save.fieldErrors[`unappraisedReasons.${code}`];
              return (
                <div key={code} style={{ display: 'flex', gap: 8, alignItems: 'center', marginBottom: 6 }}>
                  <Typography.Text style={{ width: 90 }}>{t('scoring.finalise.criterion', { code })}</Typography.Text>
                  <Input
                    aria-label={t('scoring.finalise.reasonFor', { code })}
                    status={missing && !reasons[code]?.trim() ? 'error' : undefined}
                    value={reasons[code] ?? ''}
                    onChange={(e) => setReasons((r) => ({ ...r, [code]: e.target.value }))}
                  />
                </div>
              );
            })}
          </div>
        </>
      )}
    </Modal>
  );
}
