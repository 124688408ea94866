// One model: its registration, state and decision, evidence, results over time and commendations, with
// the steps the person may take now (start, propose, withdraw, resume; recognise or not; commend).
import { useState } from 'react';
import { Button, Descriptions, Drawer, Form, Input, List, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { COMMENDATION_FORM_LABELS, MODEL_FIELD_LABELS, MODEL_STATE_LABELS, RECOGNITION_LEVEL_LABELS } from '@dvcq/domain';
import type { ModelDto } from '@dvcq/shared';
import { t, type MessageKey } from '../../i18n/index.ts';
import { showDate, toIsoDate, todayInProvince } from '../../lib/format.ts';
import { requiredChoice, requiredText } from '../../lib/rules.ts';
import { useSave } from '../../lib/useSave.ts';
import { CommendDialog } from './CommendDialog.tsx';
import { DeleteRecordButton } from './DeleteRecordButton.tsx';
import { movementApi, movementKeys, type StateAction } from './movementApi.ts';
import { ReasonDialog } from './ReasonDialog.tsx';
import { RecogniseDialog } from './RecogniseDialog.tsx';
import { STATE_COLORS } from './movementView.ts';
import { DateInput, dayjsDateItem } from '../../components/DateInput.tsx';
import '../../i18n/vi/movement.ts';

const ACTION_KEYS: Record<ModelDto['actions'][number], MessageKey> = {
  start: 'movement.action.start',
  propose: 'movement.action.propose',
  withdraw: 'movement.action.withdraw',
  recognise: 'movement.action.recognise',
  not_recognise: 'movement.action.not_recognise',
  resume: 'movement.action.resume',
};

export function ModelDrawer({
  model,
  canCommend,
  onEdit,
  onClose,
}: {
  model: ModelDto;
  canCommend: boolean;
  onEdit: () => void;
  onClose: () => void;
}) {
  const [recognising, setRecognising] = useState(false);
  const [refusing, setRefusing] = useState(false);
  const [commending, setCommending] = useState(false);
  const [resultForm] = Form.useForm<{ reportedOn: Dayjs; summary: string }>();
  const step = useSave({
    run: (v: { action: StateAction; reason?: string }) => movementApi.changeState(model.id, v.action, v.reason),
    invalidate: [movementKeys.all],
    errorDisplay: 'toast',
    success: (m) => t('movement.stateChanged', { state: MODEL_STATE_LABELS[m.state] }),
  });
  const addResult = useSave({
    form: resultForm,
    fields: ['reportedOn', 'summary'],
    errorDisplay: 'toast',
    run: (v: { reportedOn: Dayjs; summary: string }) =>
      movementApi.addResult(model.id, { reportedOn: toIsoDate(v.reportedOn)!, summary: v.summary }),
    onSuccess: () => resultForm.resetFields(),
    invalidate: [movementKeys.all],
    success: t('movement.result.saved'),
  });

  const act = (a: ModelDto['actions'][number]) => {
    if (a === 'recognise') setRecognising(true);
    else if (a === 'not_recognise') setRefusing(true);
    else void step.run({ action: a });
  };

  return (
    <Drawer open onClose={onClose} size="large" title={model.name}>
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Space wrap>
          <Tag color={STATE_COLORS[model.state]}>{MODEL_STATE_LABELS[model.state]}</Tag>
          {model.actions.map((a) => (
            <Button
              key={a}
              type={a === 'recognise' || a === 'propose' ? 'primary' : 'default'}
              loading={step.pending}
              onClick={() => act(a)}
            >
              {t(ACTION_KEYS[a])}
            </Button>
          ))}
          {model.canEdit && <Button onClick={onEdit}>{t('movement.model.edit')}</Button>}
          {model.canDelete && <DeleteRecordButton kind="model" id={model.id} name={model.name} onDeleted={onClose} />}
          {canCommend && <Button onClick={() => setCommending(true)}>{t('movement.commend.open')}</Button>}
        </Space>
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('movement.model.unit')}>{model.unitName}</Descriptions.Item>
          <Descriptions.Item label={t('movement.model.registeredOn')}>{showDate(model.registeredOn)}</Descriptions.Item>
          <Descriptions.Item label={t('movement.model.field')}>{MODEL_FIELD_LABELS[model.field]}</Descriptions.Item>
          <Descriptions.Item label={t('movement.model.problem')}>{model.problem}</Descriptions.Item>
          <Descriptions.Item label={t('movement.model.goals')}>{model.goals}</Descriptions.Item>
          <Descriptions.Item label={t('movement.model.activities')}>{model.activities}</Descriptions.Item>
          <Descriptions.Item label={t('movement.model.area')}>{model.area}</Descriptions.Item>
          <Descriptions.Item label={t('movement.model.beneficiaries')}>{model.beneficiaries}</Descriptions.Item>
          <Descriptions.Item label={t('movement.model.forces')}>{model.forces}</Descriptions.Item>
          <Descriptions.Item label={t('movement.model.resources')}>{model.resources}</Descriptions.Item>
          <Descriptions.Item label={t('movement.model.timing')}>
            {showDate(model.startsOn)} – {showDate(model.endsOn)}
          </Descriptions.Item>
          <Descriptions.Item label={t('movement.model.outputs')}>{model.outputs}</Descriptions.Item>
          <Descriptions.Item label={t('movement.model.sustainability')}>{model.sustainability}</Descriptions.Item>
          <Descriptions.Item label={t('movement.model.leadUnit')}>{model.leadUnitName}</Descriptions.Item>
          <Descriptions.Item label={t('movement.model.partners')}>{model.partners}</Descriptions.Item>
          {model.decisionNumber && (
            <Descriptions.Item label={t('movement.model.decision')}>
              {t('movement.model.decisionText', {
                number: model.decisionNumber,
                date: showDate(model.decisionDate),
                issuer: model.decisionIssuer ?? '',
                level: model.recognitionLevel ? RECOGNITION_LEVEL_LABELS[model.recognitionLevel] : '',
              })}
            </Descriptions.Item>
          )}
          {model.refusalReason && <Descriptions.Item label={t('movement.reason')}>{model.refusalReason}</Descriptions.Item>}
          <Descriptions.Item label={t('movement.model.evidence')}>{model.files.map((f) => f.filename).join(', ')}</Descriptions.Item>
        </Descriptions>

        <Typography.Title level={5}>{t('movement.result.title')}</Typography.Title>
        <List
          size="small"
          dataSource={model.results}
          locale={{ emptyText: t('movement.result.none') }}
          renderItem={(r) => (
            <List.Item>
              {showDate(r.reportedOn)}: {r.summary}
            </List.Item>
          )}
        />
        {model.state !== 'registered' && model.actions.length + (model.canEdit ? 1 : 0) > 0 && (
          <Form form={resultForm} layout="inline" initialValues={{ reportedOn: todayInProvince() }}>
            <Form.Item name="reportedOn" rules={[requiredChoice(t('movement.result.date'))]} {...dayjsDateItem}>
              <DateInput aria-label={t('movement.result.date')} />
            </Form.Item>
            <Form.Item name="summary" rules={[requiredText(t('movement.result.summary'))]} style={{ flex: 1 }}>
              <Input aria-label={t('movement.result.summary')} placeholder={t('movement.result.summary')} />
            </Form.Item>
            <Button onClick={() => void addResult.submit()} loading={addResult.pending}>
              {t('movement.result.add')}
            </Button>
          </Form>
        )}

        <Typography.Title level={5}>{t('movement.commend.list')}</Typography.Title>
        <List
          size="small"
          dataSource={model.commendations}
          locale={{ emptyText: t('movement.commend.none') }}
          renderItem={(c) => (
            <List.Item>
              {t('movement.commend.item', {
                form: COMMENDATION_FORM_LABELS[c.form],
                level: RECOGNITION_LEVEL_LABELS[c.level],
                number: c.decisionNumber,
                date: showDate(c.decisionDate),
                issuer: c.decisionIssuer,
              })}
            </List.Item>
          )}
        />
      </Space>
      {recognising && <RecogniseDialog model={model} onClose={() => setRecognising(false)} />}
      {refusing && (
        <ReasonDialog
          busy={step.pending}
          onCancel={() => setRefusing(false)}
          onConfirm={async (reason) => {
            if (await step.run({ action: 'not_recognise', reason })) setRefusing(false);
          }}
        />
      )}
      {commending && <CommendDialog target={{ modelId: model.id, name: model.name }} onClose={() => setCommending(false)} />}
    </Drawer>
  );
}
