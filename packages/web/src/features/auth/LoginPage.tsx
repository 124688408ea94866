import { useRef } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import type { InputRef } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { t } from '../../i18n/index.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { useSave } from '../../lib/useSave.ts';
import { authApi } from './authApi.ts';
import { safeReturnPath, useSession, useStoreSession } from './session.ts';
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
  const passwordRef = useRef<InputRef>(null);
  const next = safeReturnPath(params.get('next'));
  const expired = params.get('het-han') === '1';
  usePageTitle(t('login.title'));
  const signIn = useSave({
    form,
    run: (values: LoginValues) => authApi.login(values.username.trim(), values.password),
    onSuccess: (res) => {
      storeSession(res);
      navigate(next, { replace: true });
    },
    onError: () => {
      // Keep the username; clear only the password so the next attempt starts clean.
      form.setFieldValue('password', '');
      passwordRef.current?.focus();
    },
  });

  if (session.data) return <Navigate to={next} replace />;
  const error = signIn.summary;

  return (
    <main className="login-page">
      <div className="login-box">
        <div className="login-brand">
          <BrandMark size={48} />
          <div>
            <div className="login-brand-title">{t('app.fullName')}</div>
            <div className="login-brand-sub">{t('app.province')}</div>
          </div>
        </div>
        <Card>
          <Typography.Title level={1} style={{ marginTop: 0, fontSize: 24 }}>
            {t('login.title')}
          </Typography.Title>
          {expired && !error && <Alert type="warning" showIcon title={t('login.sessionExpired')} style={{ marginBottom: 16 }} />}
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" data-testid="login-error" />}
          <Form
            form={form}
            layout="vertical"
            onFinish={(v) => void signIn.run(v)}
            requiredMark={false}
            size="large"
            disabled={signIn.pending}
          >
            <Form.Item
              label={t('login.username')}
              name="username"
              rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
            >
              <Input
                prefix={<UserOutlined />}
                autoComplete="username"
                autoCapitalize="none"
                autoCorrect="off"
                spellCheck={false}
                autoFocus
              />
            </Form.Item>
            <Form.Item label={t('login.password')} name="password" rules={[{ required: true, message: t('login.passwordRequired') }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" ref={passwordRef} />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={signIn.pending}>
              {t('login.submit')}
            </Button>
          </Form>
          <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
            {t('login.forgot')}
          </Typography.Paragraph>
        </Card>
        <div className="login-footer">{t('login.footer')}</div>
      </div>
    </main>
  );
}
