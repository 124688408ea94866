// "Cách nhận thông báo": in-app reminders, e-mail at all, the daily digest, immediate e-mails.
import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Spin, Switch, Typography } from 'antd';
import type { NotificationPreferencesDto } from '@dvcq/shared';
import { errorMessage } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { useSave } from '../../lib/useSave.ts';
import { notificationKeys, notificationsApi, usePreferences } from './notificationsApi.ts';
import '../../i18n/vi/notifications.ts';

export function PreferencesPage() {
  usePageTitle(t('preferences.title'));
  const qc = useQueryClient();
  const [form] = Form.useForm<NotificationPreferencesDto>();
  const { data, isLoading, error } = usePreferences();
  const save = useSave({
    run: notificationsApi.savePreferences,
    onSuccess: (p) => {
      qc.setQueryData(notificationKeys.prefs, p);
    },
    success: t('preferences.saved'),
  });
  useEffect(() => {
    if (data) form.setFieldsValue(data);
  }, [data, form]);
  const email = Form.useWatch('email', form);
  if (isLoading) return <Spin />;
  if (error || !data) return <Alert type="error" showIcon title={errorMessage(error)} />;
  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('preferences.title')}
      </Typography.Title>
      <Card style={{ maxWidth: 640 }}>
        {!data.emailAvailable && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('preferences.noSmtp')} />}
        {!data.emailAddress && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('preferences.noAddress')} />}
        <Form
          form={form}
          layout="horizontal"
          labelCol={{ span: 16 }}
          wrapperCol={{ span: 8 }}
          onFinish={(v) => void save.run(v)}
          initialValues={data}
        >
          <Form.Item name="inApp" label={t('preferences.inApp')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item
            name="email"
            label={data.emailAddress ? t('preferences.emailTo', { address: data.emailAddress }) : t('preferences.email')}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
          <Form.Item name="emailDigest" label={t('preferences.emailDigest')} valuePropName="checked">
            <Switch disabled={!email} />
          </Form.Item>
          <Form.Item name="emailEvents" label={t('preferences.emailEvents')} valuePropName="checked">
            <Switch disabled={!email} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={save.pending}>
            {t('common.save')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
