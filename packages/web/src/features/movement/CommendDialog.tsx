// "Ghi khen thưởng": the coordinator records a commendation (form, level, decision) of a model or of an
// exemplary person.
import { Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  COMMENDATION_FORM_LABELS,
  COMMENDATION_FORMS,
  RECOGNITION_LEVEL_LABELS,
  RECOGNITION_LEVELS,
  type CommendationForm,
  type RecognitionLevel,
} from '@dvcq/domain';
import { SaveAlert } from '../../components/SaveAlert.tsx';
import { t } from '../../i18n/index.ts';
import { toIsoDate, todayInProvince } from '../../lib/format.ts';
import { requiredChoice, requiredText } from '../../lib/rules.ts';
import { useSave } from '../../lib/useSave.ts';
import { movementApi, movementKeys } from './movementApi.ts';
import { DateInput, dayjsDateItem } from '../../components/DateInput.tsx';
import '../../i18n/vi/movement.ts';

interface CommendValues {
  form: CommendationForm;
  level: RecognitionLevel;
  decisionNumber: string;
  decisionDate: Dayjs;
  decisionIssuer: string;
}

export function CommendDialog({ target, onClose }: { target: { modelId?: string; personId?: string; name: string }; onClose: () => void }) {
  const [form] = Form.useForm<CommendValues>();
  const save = useSave({
    form,
    fields: ['form', 'level', 'decisionNumber', 'decisionDate', 'decisionIssuer'],
    run: (v: CommendValues) =>
      movementApi.commend({
        modelId: target.modelId ?? null,
        personId: target.personId ?? null,
        form: v.form,
        level: v.level,
        decisionNumber: v.decisionNumber,
        decisionDate: toIsoDate(v.decisionDate)!,
        decisionIssuer: v.decisionIssuer,
      }),
    onSuccess: () => onClose(),
    invalidate: [movementKeys.all],
    success: t('movement.commend.done'),
  });
  return (
    <Modal
      open
      title={t('movement.commend.title', { name: target.name })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void save.submit()}
      confirmLoading={save.pending}
      onCancel={onClose}
      destroyOnHidden
    >
      <SaveAlert save={save} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ decisionDate: todayInProvince(), form: 'certificate_of_merit', level: 'province' }}
      >
        <Form.Item label={t('movement.commend.form')} name="form" rules={[requiredChoice(t('movement.commend.form'))]}>
          <Select options={COMMENDATION_FORMS.map((f) => ({ value: f, label: COMMENDATION_FORM_LABELS[f] }))} />
        </Form.Item>
        <Form.Item label={t('movement.decision.level')} name="level" rules={[requiredChoice(t('movement.decision.level'))]}>
          <Select options={RECOGNITION_LEVELS.map((l) => ({ value: l, label: RECOGNITION_LEVEL_LABELS[l] }))} />
        </Form.Item>
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
      </Form>
    </Modal>
  );
}
