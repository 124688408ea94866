import { useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { ROLES, ROLE_LABELS, isStrongPassword, type Role } from '@dvcq/shared';
import { api } from '../../api/client.ts';
import type { UserSummaryDto } from '../../api/types.ts';
import { t } from '../../i18n/index.ts';
import { applyServerErrors } from '../../lib/forms.ts';
import { UnitTreeSelect } from '../org/UnitTreeSelect.tsx';
import { userKeys } from './usersApi.ts';

export const roleOptions = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

interface Values {
  username: string;
  fullName: string;
  email?: string;
  password: string;
  roles: { role?: Role; unitId?: string }[];
}

const FIELDS = ['username', 'fullName', 'email', 'password', 'roles'] as const;

export const passwordRules = [
  { required: true, message: t('common.required', { field: t('login.password').toLowerCase() }) },
  {
    validator: (_: unknown, v: string | undefined) => (!v || isStrongPassword(v) ? Promise.resolve() : Promise.reject(new Error(t('password.rule')))),
  },
];

export function CreateUserModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (id: string) => void }) {
  const [form] = Form.useForm<Values>();
  const [summary, setSummary] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const client = useQueryClient();
  const { message } = App.useApp();

  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    setSummary(null);
    try {
      const created = await api.post<UserSummaryDto>('/api/users', {
        username: v.username.trim(),
        fullName: v.fullName,
        email: v.email?.trim() || null,
        password: v.password,
        roles: v.roles.filter((r) => r.role && r.unitId),
      });
      await client.invalidateQueries({ queryKey: userKeys.all });
      void message.success(t('users.created', { name: created.fullName }));
      form.resetFields();
      onClose();
      onCreated(created.id);
    } catch (e) {
      setSummary(applyServerErrors(form, e, FIELDS).summary);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('users.create')}
      okText={t('common.save')}
      onOk={() => void submit().catch(() => undefined)}
      confirmLoading={saving}
      onCancel={onClose}
      width={640}
    >
      {summary && <Alert type="error" showIcon title={summary} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={{ roles: [{ role: 'officer' }] }} autoComplete="off">
        <Form.Item label={t('users.fullName')} name="fullName" rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('users.fullName').toLowerCase() }) }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          label={t('users.username')}
          name="username"
          rules={[
            { required: true, whitespace: true, message: t('common.required', { field: t('users.username').toLowerCase() }) },
            { pattern: /^[a-z0-9._-]{3,64}$/i, message: 'Tên đăng nhập gồm 3–64 ký tự: chữ không dấu, chữ số, dấu chấm, gạch dưới, gạch ngang.' },
          ]}
        >
          <Input maxLength={64} autoCapitalize="none" spellCheck={false} placeholder="vd: snv.nguyenvana" />
        </Form.Item>
        <Form.Item label={t('users.email')} name="email" rules={[{ type: 'email', message: 'Địa chỉ e-mail không hợp lệ.' }]}>
          <Input type="email" maxLength={200} />
        </Form.Item>
        <Form.Item label={t('users.password')} name="password" rules={passwordRules} extra={t('users.passwordHint')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item label={t('users.roles')} required>
          <Form.List name="roles">
            {(fields, { add, remove }) => (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {fields.map((f) => (
                  <div key={f.key} className="role-row">
                    <Form.Item name={[f.name, 'role']} rules={[{ required: true, message: t('common.requiredSelect', { field: t('users.role').toLowerCase() }) }]} style={{ marginBottom: 0 }}>
                      <Select options={roleOptions} placeholder={t('users.role')} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'unitId']} rules={[{ required: true, message: t('common.requiredSelect', { field: t('users.unit').toLowerCase() }) }]} style={{ marginBottom: 0 }}>
                      <UnitTreeSelect placeholder={t('users.unit')} />
                    </Form.Item>
                    <Button type="text" danger icon={<MinusCircleOutlined />} aria-label={t('users.removeRole')} onClick={() => remove(f.name)} />
                  </div>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ role: 'officer' })} block>
                  {t('users.addRole')}
                </Button>
              </Space>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </Modal>
  );
}
