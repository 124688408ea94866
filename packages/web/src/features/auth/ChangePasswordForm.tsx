import { useState } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { isStrongPassword } from '@dvcq/shared';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { applyServerErrors } from '../../lib/forms.ts';
import { SESSION_KEY } from './session.ts';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

const FIELDS = ['currentPassword', 'newPassword'] as const;

export function ChangePasswordForm({ onDone }: { onDone?: () => void }) {
  const [form] = Form.useForm<Values>();
  const client = useQueryClient();
  const [summary, setSummary] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const onFinish = async (v: Values) => {
    setSaving(true);
    setSummary(null);
    try {
      await api.post('/api/auth/change-password', { currentPassword: v.currentPassword, newPassword: v.newPassword });
      form.resetFields();
      await client.invalidateQueries({ queryKey: SESSION_KEY });
      onDone?.();
    } catch (e) {
      setSummary(applyServerErrors(form, e, FIELDS).summary);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} disabled={saving}>
      {summary && <Alert type="error" showIcon title={summary} style={{ marginBottom: 16 }} />}
      <Form.Item label={t('password.current')} name="currentPassword" rules={[{ required: true, message: t('common.required', { field: t('password.current').toLowerCase() }) }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        label={t('password.new')}
        name="newPassword"
        extra={t('password.rule')}
        rules={[
          { required: true, message: t('common.required', { field: t('password.new').toLowerCase() }) },
          { validator: (_, value: string | undefined) => (!value || isStrongPassword(value) ? Promise.resolve() : Promise.reject(new Error(t('password.rule')))) },
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
      <Button type="primary" htmlType="submit" loading={saving} block>
        {t('password.submit')}
      </Button>
    </Form>
  );
}
