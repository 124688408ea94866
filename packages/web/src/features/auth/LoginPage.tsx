import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import type { InputRef } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { login, safeReturnPath, useSession, useStoreSession } from './session.ts';
import { BrandMark } from '../../shell/BrandMark.tsx';

interface LoginValues {
  username: string;
  password: string;
}

export function LoginPage() {
  const [form] = Form.useForm<LoginValues>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const storeSession = useStoreSession();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const passwordRef = useRef<InputRef>(null);
  const next = safeReturnPath(params.get('next'));
  const expired = params.get('het-han') === '1';

  useEffect(() => {
    document.title = `${t('login.title')} — DVCQ`;
  }, []);

  if (session.data) return <Navigate to={next} replace />;

  const onFinish = async (values: LoginValues) => {
    setSubmitting(true);
    setError(null);
    try {
      const res = await login(values.username.trim(), values.password);
      storeSession(res);
      navigate(next, { replace: true });
    } catch (e) {
      setError(errorMessage(e));
      // Keep the username; clear only the password so the next attempt starts clean.
      form.setFieldValue('password', '');
      passwordRef.current?.focus();
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="login-page">
      <div className="login-box">
        <div className="login-brand">
          <BrandMark size={48} />
          <div>
            <div className="login-brand-title">{t('app.fullName')}</div>
            <div className="login-brand-sub">{t('app.province')}</div>
          </div>
        </div>
        <Card>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {t('login.title')}
          </Typography.Title>
          {expired && !error && <Alert type="warning" showIcon title={t('login.sessionExpired')} style={{ marginBottom: 16 }} />}
          {error && (
            <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" data-testid="login-error" />
          )}
          <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} size="large" disabled={submitting}>
            <Form.Item
              label={t('login.username')}
              name="username"
              rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
            >
              <Input prefix={<UserOutlined />} autoComplete="username" autoCapitalize="none" autoCorrect="off" spellCheck={false} autoFocus />
            </Form.Item>
            <Form.Item label={t('login.password')} name="password" rules={[{ required: true, message: t('login.passwordRequired') }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" ref={passwordRef} />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={submitting}>
              {t('login.submit')}
            </Button>
          </Form>
          <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
            {t('login.forgot')}
          </Typography.Paragraph>
        </Card>
        <div className="login-footer">{t('login.footer')}</div>
      </div>
    </div>
  );
}
