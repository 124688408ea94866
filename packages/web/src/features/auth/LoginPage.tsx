import { useEffect, useRef, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import EyeInvisibleOutlined from '@ant-design/icons-svg/es/asn/EyeInvisibleOutlined';
import EyeOutlined from '@ant-design/icons-svg/es/asn/EyeOutlined';
import LockOutlined from '@ant-design/icons-svg/es/asn/LockOutlined';
import UserOutlined from '@ant-design/icons-svg/es/asn/UserOutlined';
import { ApiError, errorMessage } from '../../api/client.ts';
import { PlainIcon } from '../../components/PlainIcon.tsx';
import { t } from '../../i18n/index.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { BrandMark } from '../../shell/BrandMark.tsx';
import { authApi } from './authApi.ts';
import { safeReturnPath, useSession, useStoreSession } from './session.ts';
import '../../i18n/vi/auth.ts';

// The first screen of every visit, drawn without antd (styles.css, "Login", after antd's large inputs,
// primary button and alerts) so that a commune's slow line downloads React and this form only (issue 18).
// It behaves as the antd forms do: a required field says so under itself as soon as it is left empty or
// the form is sent, and the server's message shows above the form.

interface Values {
  username: string;
  password: string;
}

type Field = keyof Values;

const requiredMessage = (field: Field, value: string): string | null => {
  if (field === 'username') return value.trim() ? null : t('login.usernameRequired');
  return value ? null : t('login.passwordRequired');
};

/** The server's message and any per-field messages in one line (this form shows them above itself). */
function failureText(error: unknown): string {
  return error instanceof ApiError ? [error.message, ...Object.values(error.fields)].join(' ') : errorMessage(error);
}

export function LoginPage() {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const storeSession = useStoreSession();
  const passwordRef = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState<Values>({ username: '', password: '' });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [showPassword, setShowPassword] = useState(false);
  const [failures, setFailures] = useState(0);
  const next = safeReturnPath(params.get('next'));
  const expired = params.get('het-han') === '1';
  const loggedOut = (location.state as { loggedOut?: boolean } | null)?.loggedOut === true;
  usePageTitle(t('login.title'));
  const signIn = useMutation({
    mutationFn: (v: Values) => authApi.login(v.username.trim(), v.password),
    onSuccess: (res) => {
      storeSession(res);
      navigate(next, { replace: true });
    },
    onError: () => {
      // Keep the username; clear only the password so the next attempt starts clean.
      setValues((v) => ({ ...v, password: '' }));
      setFailures((n) => n + 1);
    },
  });
  // Focus once the form is enabled again after a refusal (a disabled input cannot take the focus).
  const pending = signIn.isPending;
  useEffect(() => {
    if (failures > 0 && !pending) passwordRef.current?.focus();
  }, [failures, pending]);

  if (session.data) return <Navigate to={next} replace />;
  const error = signIn.isError ? failureText(signIn.error) : null;

  const change = (field: Field, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setFieldErrors((e) => ({ ...e, [field]: requiredMessage(field, value) ?? undefined }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = { username: requiredMessage('username', values.username), password: requiredMessage('password', values.password) };
    setFieldErrors({ username: found.username ?? undefined, password: found.password ?? undefined });
    if (found.username || found.password) return;
    signIn.reset();
    signIn.mutate(values);
  };

  const field = (name: Field, label: string, input: ReactNode) => (
    <div className={fieldErrors[name] ? 'login-field login-field-error' : 'login-field'}>
      <label htmlFor={`login-${name}`}>{label}</label>
      {input}
      {fieldErrors[name] && (
        <div id={`login-${name}-error`} className="login-field-message" role="alert">
          {fieldErrors[name]}
        </div>
      )}
    </div>
  );
  const inputProps = (name: Field) => ({
    id: `login-${name}`,
    name,
    value: values[name],
    disabled: pending,
    'aria-invalid': fieldErrors[name] ? true : undefined,
    'aria-describedby': fieldErrors[name] ? `login-${name}-error` : undefined,
    onChange: (e: ChangeEvent<HTMLInputElement>) => change(name, e.target.value),
  });

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
        <div className="login-card">
          <h1 className="login-title">{t('login.title')}</h1>
          {expired && !error && (
            <div className="plain-alert plain-alert-warning" role="status">
              {t('login.sessionExpired')}
            </div>
          )}
          {loggedOut && !expired && !error && (
            <div className="plain-alert plain-alert-info" role="status">
              {t('header.loggedOut')}
            </div>
          )}
          {error && (
            <div className="plain-alert plain-alert-error" role="alert" data-testid="login-error">
              {error}
            </div>
          )}
          <form onSubmit={submit} noValidate>
            {field(
              'username',
              t('login.username'),
              <span className="login-input">
                <PlainIcon icon={UserOutlined} />
                <input
                  {...inputProps('username')}
                  autoComplete="username"
                  autoCapitalize="none"
                  autoCorrect="off"
                  spellCheck={false}
                  autoFocus
                />
              </span>,
            )}
            {field(
              'password',
              t('login.password'),
              <span className="login-input">
                <PlainIcon icon={LockOutlined} />
                <input
                  {...inputProps('password')}
                  ref={passwordRef}
                  type={showPassword ? 'text' : 'password'}
                  autoComplete="current-password"
                />
                <button
                  type="button"
                  className="login-eye"
                  aria-label={showPassword ? t('login.hidePassword') : t('login.showPassword')}
                  aria-pressed={showPassword}
                  disabled={pending}
                  onClick={() => setShowPassword((s) => !s)}
                >
                  <PlainIcon icon={showPassword ? EyeOutlined : EyeInvisibleOutlined} />
                </button>
              </span>,
            )}
            <button type="submit" className="login-submit" disabled={pending} aria-busy={pending}>
              {pending && <span className="login-submit-spinner" aria-hidden="true" />}
              {t('login.submit')}
            </button>
          </form>
          <p className="login-hint">{t('login.forgot')}</p>
        </div>
        <div className="login-footer">{t('login.footer')}</div>
      </div>
    </main>
  );
}
