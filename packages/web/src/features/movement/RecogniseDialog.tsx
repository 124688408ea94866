// "Công nhận mô hình": the coordinator records the recognition decision (number, date, issuer, level).
import { Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { RECOGNITION_LEVEL_LABELS, RECOGNITION_LEVELS, type RecognitionLevel } from '@dvcq/domain';
import type { ModelDto } from '@dvcq/shared';
import { SaveAlert } from '../../components/SaveAlert.tsx';
import { t } from '../../i18n/index.ts';
import { toIsoDate, todayInProvince } from '../../lib/format.ts';
import { requiredChoice, requiredText } from '../../lib/rules.ts';
import { useSave } from '../../lib/useSave.ts';
import { movementApi, movementKeys } from './movementApi.ts';
import { DateInput, dayjsDateItem } from '../../components/DateInput.tsx';
import '../../i18n/vi/movement.ts';

interface DecisionValues {
  decisionNumber: string;
  decisionDate: Dayjs;
  decisionIssuer: string;
  level: RecognitionLevel;
}

export function RecogniseDialog({ model, onClose }: { model: ModelDto; onClose: () => void }) {
  const [form] = Form.useForm<DecisionValues>();
  const save = useSave({
    form,
    fields: ['decisionNumber', 'decisionDate', 'decisionIssuer', 'level'],
    run: (v: DecisionValues) =>
      movementApi.recognise(model.id, {
        decisionNumber: v.decisionNumber,
        decisionDate: toIsoDate(v.decisionDate)!,
        decisionIssuer: v.decisionIssuer,
        level: v.level,
      }),
    onSuccess: () => onClose(),
    invalidate: [movementKeys.all],
    success: t('movement.recognise.done'),
  });
  return (
    <Modal
      open
      title={t('movement.recognise.title', { name: model.name })}
      okText={t('movement.action.recognise')}
      cancelText={t('common.cancel')}
      onOk={() => void save.submit()}
      confirmLoading={save.pending}
      onCancel={onClose}
      destroyOnHidden
    >
      <SaveAlert save={save} />
      <Form form={form} layout="vertical" initialValues={{ decisionDate: todayInProvince(), level: 'province' }}>
        <Form.Item label={t('movement.decision.number')} name="decisionNumber" rules={[requiredText(t('movement.decision.number'))]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          {...dayjsDateItem}
          label={t('movement.decision.date')}
          name="decisionDate"
          rules={[requiredChoice(t('movement.decision.date'))]}
        >
          <DateInput />
        </Form.Item>
        <Form.Item label={t('movement.decision.issuer')} name="decisionIssuer" rules={[requiredText(t('movement.decision.issuer'))]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item label={t('movement.decision.level')} name="level" rules={[requiredChoice(t('movement.decision.level'))]}>
          <Select options={RECOGNITION_LEVELS.map((l) => ({ value: l, label: RECOGNITION_LEVEL_LABELS[l] }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
