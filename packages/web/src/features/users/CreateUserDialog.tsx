// "Thêm người dùng": account, initial password (changed at first sign-in) and role grants.
import { Button, Form, Input, Modal, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Role } from '@dvcq/shared';
import { SaveAlert } from '../../components/SaveAlert.tsx';
import { t } from '../../i18n/index.ts';
import { requiredChoice, requiredText } from '../../lib/rules.ts';
import { useSave } from '../../lib/useSave.ts';
import { UnitTreeSelect } from '../org/UnitTreeSelect.tsx';
import { passwordRules, roleOptions } from './userForm.ts';
import { userKeys, usersApi } from './usersApi.ts';
import '../../i18n/vi/users.ts';

interface Values {
  username: string;
  fullName: string;
  email?: string;
  password: string;
  roles: { role?: Role; unitId?: string }[];
}

const FIELDS = ['username', 'fullName', 'email', 'password', 'roles'] as const;

export function CreateUserDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (id: string) => void }) {
  const [form] = Form.useForm<Values>();
  const save = useSave({
    form,
    fields: FIELDS,
    run: (v: Values) =>
      usersApi.create({
        username: v.username.trim(),
        fullName: v.fullName,
        email: v.email?.trim() || null,
        password: v.password,
        roles: v.roles.filter((r) => r.role && r.unitId),
      }),
    invalidate: [userKeys.all],
    success: (created) => t('users.created', { name: created.fullName }),
    onSuccess: (created) => {
      form.resetFields();
      onClose();
      onCreated(created.id);
    },
  });

  return (
    <Modal
      open={open}
      title={t('users.create')}
      okText={t('common.save')}
      onOk={() => void save.submit()}
      confirmLoading={save.pending}
      onCancel={onClose}
      width={640}
    >
      <SaveAlert save={save} />
      <Form form={form} layout="vertical" initialValues={{ roles: [{ role: 'officer' }] }} autoComplete="off">
        <Form.Item label={t('users.fullName')} name="fullName" rules={[requiredText(t('users.fullName'))]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          label={t('users.username')}
          name="username"
          rules={[requiredText(t('users.username')), { pattern: /^[a-z0-9._-]{3,64}$/i, message: t('users.usernameRule') }]}
        >
          <Input maxLength={64} autoCapitalize="none" spellCheck={false} placeholder={t('users.usernamePlaceholder')} />
        </Form.Item>
        <Form.Item label={t('users.email')} name="email" rules={[{ type: 'email', message: t('users.emailInvalid') }]}>
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
                    <Form.Item name={[f.name, 'role']} rules={[requiredChoice(t('users.role'))]} style={{ marginBottom: 0 }}>
                      <Select options={roleOptions} placeholder={t('users.role')} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'unitId']} rules={[requiredChoice(t('users.unit'))]} style={{ marginBottom: 0 }}>
                      <UnitTreeSelect placeholder={t('users.unit')} />
                    </Form.Item>
                    <Button
                      type="text"
                      danger
                      icon={<MinusCircleOutlined />}
                      aria-label={t('users.removeRole')}
                      onClick={() => remove(f.name)}
                    />
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
