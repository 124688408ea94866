import { Button, Form, Input } from 'antd';
import { isStrongPassword } from '@dvcq/shared';
import { SaveAlert } from '../../components/SaveAlert.tsx';
import { t } from '../../i18n/index.ts';
import { useSave } from '../../lib/useSave.ts';
import { authApi } from './authApi.ts';
import { SESSION_KEY } from './session.ts';
import '../../i18n/vi/auth.ts';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

const FIELDS = ['currentPassword', 'newPassword'] as const;

export function ChangePasswordForm({ onDone }: { onDone?: () => void }) {
  const [form] = Form.useForm<Values>();
  const save = useSave({
    form,
    fields: FIELDS,
    run: (v: Values) => authApi.changePassword({ currentPassword: v.currentPassword, newPassword: v.newPassword }),
    onSuccess: () => form.resetFields(),
    invalidate: [SESSION_KEY],
  });

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={async (v) => {
        if (await save.run(v)) onDone?.();
      }}
      requiredMark={false}
      disabled={save.pending}
    >
      <SaveAlert save={save} />
      <Form.Item
        label={t('password.current')}
        name="currentPassword"
        rules={[{ required: true, message: t('common.required', { field: t('password.current').toLowerCase() }) }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        label={t('password.new')}
        name="newPassword"
        extra={t('password.rule')}
        rules={[
          { required: true, message: t('common.required', { field: t('password.new').toLowerCase() }) },
          {
            validator: (_, value: string | undefined) =>
              !value || isStrongPassword(value) ? Promise.resolve() : Promise.reject(new Error(t('password.rule'))),
          },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={t('password.confirm')}
        name="confirm"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('common.required', { field: t('password.confirm').toLowerCase() }) },
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) =>
              !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.pending} block>
        {t('password.submit')}
      </Button>
    </Form>
  );
}
