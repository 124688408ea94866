// "Phân công": one person and a duty for one activity or deadline of the plan.
import { Form, Modal, Radio, Select, Typography } from 'antd';
import { ROLE_LABELS } from '@dvcq/shared';
import { SaveAlert } from '../../components/SaveAlert.tsx';
import { t } from '../../i18n/index.ts';
import { requiredChoice } from '../../lib/rules.ts';
import { useSave } from '../../lib/useSave.ts';
import { dutyLabel, type Duty } from './labels.tsx';
import { planKeys, plansApi, type AssignableUser } from './plansApi.ts';
import { foldedSearch } from '../../lib/foldedSearch.ts';
import '../../i18n/vi/plans.ts';

export interface AssignTarget {
  itemType: 'activity' | 'milestone';
  itemId: string;
  text: string;
}

export function AssignDialog({
  planId,
  item,
  users,
  onClose,
}: {
  planId: string;
  item: AssignTarget | null;
  users: AssignableUser[];
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ userId: string; duty: Duty }>();
  const save = useSave({
    form,
    fields: ['userId', 'duty'],
    run: (v: { userId: string; duty: Duty }) =>
      plansApi.assign(planId, { itemType: item!.itemType, itemId: item!.itemId, userId: v.userId, duty: v.duty }),
    invalidate: [planKeys.myAssignments],
    success: (saved) => t('assignments.assigned', { name: saved.userName, duty: dutyLabel(saved.duty) }),
    onSuccess: onClose,
  });
  // One person can hold several roles; the list shows each grant, the value is the person.
  const options = users
    .filter((u, i) => users.findIndex((x) => x.id === u.id) === i)
    .map((u) => ({
      value: u.id,
      label: `${u.fullName} — ${users
        .filter((x) => x.id === u.id)
        .map((x) => `${ROLE_LABELS[x.role] ?? x.role}, ${x.unitName}`)
        .join('; ')}`,
    }));

  return (
    <Modal
      open={!!item}
      title={t('assignments.title')}
      okText={t('assignments.assign')}
      onOk={() => void save.submit()}
      confirmLoading={save.pending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary" className="pre-wrap">
        {item?.text}
      </Typography.Paragraph>
      <SaveAlert save={save} />
      <Form form={form} layout="vertical" initialValues={{ duty: 'lead' }}>
        <Form.Item label={t('assignments.person')} name="userId" rules={[requiredChoice(t('assignments.person'))]}>
          <Select showSearch={foldedSearch} placeholder={t('assignments.personPlaceholder')} options={options} data-testid="assign-user" />
        </Form.Item>
        <Form.Item label={t('assignments.duty')} name="duty">
          <Radio.Group
            options={[
              { value: 'lead', label: t('assignments.duty.lead') },
              { value: 'follow', label: t('assignments.duty.follow') },
            ]}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
