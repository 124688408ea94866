import { App, Button, Card, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { t } from '../../i18n/index.ts';
import { BrandMark } from '../../shell/BrandMark.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { logout, storeSession } from './session.ts';
import '../../i18n/vi/auth.ts';

export function ForcedChangePassword() {
  const { message } = App.useApp();
  const client = useQueryClient();
  return (
    <div className="login-page">
      <div className="login-box">
        <div className="login-brand">
          <BrandMark size={48} />
          <div className="login-brand-title">{t('app.fullName')}</div>
        </div>
        <Card>
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {t('password.forcedTitle')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('password.forcedHint')}</Typography.Paragraph>
          <ChangePasswordForm onDone={() => void message.success(t('password.changed'))} />
          <Button
            type="link"
            block
            style={{ marginTop: 8 }}
            onClick={async () => {
              await logout();
              storeSession(client, null);
            }}
          >
            {t('header.logout')}
          </Button>
        </Card>
      </div>
    </div>
  );
}
