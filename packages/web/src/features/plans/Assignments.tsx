// Assigning a plan's activities and deadlines to leaders and officers ("Phân công"), and each person's
// own list of what they were assigned ("Việc tôi được phân công").
import { useState, type CSSProperties } from 'react';
import { Alert, App, Card, Form, List, Modal, Radio, Select, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { ROLE_LABELS } from '@dvcq/shared';
import { api } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { applyServerErrors } from '../../lib/forms.ts';
import { showDate } from '../../lib/format.ts';
import { planKeys, useMyAssignments, type AssignableUser, type AssignmentDto } from './plansApi.ts';

export type Duty = 'lead' | 'follow';
export interface AssignTarget {
  itemType: 'activity' | 'milestone';
  itemId: string;
  text: string;
}

export const dutyLabel = (duty: string): string => (duty === 'lead' ? t('assignments.duty.lead') : t('assignments.duty.follow'));

/** "Phân công": one person and a duty for one activity or deadline of the plan. */
export function AssignModal({ planId, item, users, onClose }: { planId: string; item: AssignTarget | null; users: AssignableUser[]; onClose: () => void }) {
  const [form] = Form.useForm<{ userId: string; duty: Duty }>();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [summary, setSummary] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
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

  const submit = async () => {
    if (!item) return;
    const v = await form.validateFields();
    setSaving(true);
    setSummary(null);
    try {
      const saved = await api.post<AssignmentDto>(`/api/plans/${planId}/assignments`, { itemType: item.itemType, itemId: item.itemId, userId: v.userId, duty: v.duty });
      await client.invalidateQueries({ queryKey: planKeys.myAssignments });
      void message.success(t('assignments.assigned', { name: saved.userName, duty: dutyLabel(saved.duty) }));
      onClose();
    } catch (e) {
      setSummary(applyServerErrors(form, e, ['userId', 'duty']).summary);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={!!item}
      title={t('assignments.title')}
      okText={t('assignments.assign')}
      onOk={() => void submit().catch(() => undefined)}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary" className="pre-wrap">
        {item?.text}
      </Typography.Paragraph>
      {summary && <Alert type="error" showIcon title={summary} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={{ duty: 'lead' }}>
        <Form.Item
          label={t('assignments.person')}
          name="userId"
          rules={[{ required: true, message: t('common.requiredSelect', { field: t('assignments.person').toLowerCase() }) }]}
        >
          <Select showSearch optionFilterProp="label" placeholder={t('assignments.personPlaceholder')} options={options} data-testid="assign-user" />
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

/** The plan items assigned to me; shown only when there is at least one. */
export function MyAssignmentsCard({ style }: { style?: CSSProperties }) {
  const mine = useMyAssignments();
  if (!mine.data?.length) return null;
  return (
    <Card title={t('assignments.mine')} size="small" style={style} data-testid="my-assignments">
      <List<AssignmentDto>
        dataSource={mine.data}
        renderItem={(a) => (
          <List.Item key={a.id}>
            <div>
              <div className="pre-wrap">{a.itemText}</div>
              <div className="obligation-meta">
                <Tag color={a.duty === 'lead' ? 'blue' : 'default'}>{dutyLabel(a.duty)}</Tag>
                {a.dueDate ? t('assignments.due', { date: showDate(a.dueDate) }) : t('assignments.noDue')}
              </div>
              <div className="obligation-plan">
                {t('assignments.plan')}: <Link to={`/ke-hoach/${a.planId}`}>{a.planTitle}</Link>
              </div>
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}
