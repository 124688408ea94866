// "Cách nhận thông báo": in-app reminders, e-mail at all, the daily digest, immediate e-mails.
import { useEffect } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Spin, Switch, Typography } from 'antd';
import type { NotificationPreferencesDto } from '@dvcq/shared';
import { errorMessage } from '../../api/client.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { dashboardKeys, fetchPreferences, savePreferences } from './dashboardsApi.ts';

export function PreferencesPage() {
  usePageTitle('Cách nhận thông báo');
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<NotificationPreferencesDto>();
  const { data, isLoading, error } = useQuery({ queryKey: dashboardKeys.prefs, queryFn: fetchPreferences });
  const save = useMutation({
    mutationFn: savePreferences,
    onSuccess: (p) => {
      qc.setQueryData(dashboardKeys.prefs, p);
      void message.success('Đã lưu cách nhận thông báo.');
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  useEffect(() => {
    if (data) form.setFieldsValue(data);
  }, [data, form]);
  const email = Form.useWatch('email', form);
  if (isLoading) return <Spin />;
  if (error || !data) return <Alert type="error" showIcon title={errorMessage(error)} />;
  return (
    <div className="page">
      <Typography.Title level={2} className="page-title">Cách nhận thông báo</Typography.Title>
      <Card style={{ maxWidth: 640 }}>
        {!data.emailAvailable && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="Máy chủ chưa cấu hình gửi thư điện tử; lựa chọn vẫn được lưu và áp dụng khi có." />}
        {!data.emailAddress && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="Tài khoản chưa có địa chỉ thư điện tử; hãy nhờ quản trị viên bổ sung." />}
        <Form form={form} layout="horizontal" labelCol={{ span: 16 }} wrapperCol={{ span: 8 }} onFinish={(v) => save.mutate(v)} initialValues={data}>
          <Form.Item name="inApp" label="Nhắc hạn trong ứng dụng (biểu tượng chuông)" valuePropName="checked"><Switch /></Form.Item>
          <Form.Item name="email" label={`Nhận thư điện tử${data.emailAddress ? ` (${data.emailAddress})` : ''}`} valuePropName="checked"><Switch /></Form.Item>
          <Form.Item name="emailDigest" label="Thư nhắc việc tổng hợp, tối đa một thư mỗi ngày" valuePropName="checked"><Switch disabled={!email} /></Form.Item>
          <Form.Item name="emailEvents" label="Thư báo ngay khi hồ sơ bị trả lại, điểm thẩm định thay đổi, có kết quả xếp loại" valuePropName="checked"><Switch disabled={!email} /></Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending}>Lưu</Button>
        </Form>
      </Card>
    </div>
  );
}
