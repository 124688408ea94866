// "Đăng ký lịch": the personal .ics subscription URL with a copy button and how to add it in common
// calendars.
import { App, Alert, Button, Input, Modal, Space, Typography } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { errorMessage } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { planKeys, plansApi } from './plansApi.ts';

export function CalendarDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const feed = useQuery({
    queryKey: planKeys.calendarFeed,
    queryFn: plansApi.calendarFeed,
    enabled: open,
    staleTime: Infinity,
    retry: false,
    select: (r) => (r.url.startsWith('http') ? r.url : `${window.location.origin}${r.url}`),
  });
  const url = feed.data ?? null;

  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      void message.success(t('common.copied'));
    } catch {
      void message.warning(t('common.copyFailed'));
    }
  };

  return (
    <Modal open={open} title={t('plans.calendarTitle')} onCancel={onClose} footer={<Button onClick={onClose}>{t('common.close')}</Button>}>
      <Typography.Paragraph>{t('plans.calendarHelp')}</Typography.Paragraph>
      {feed.isError && <Alert type="error" showIcon title={errorMessage(feed.error)} style={{ marginBottom: 12 }} />}
      {feed.isFetching && !url && <Typography.Text type="secondary">{t('common.loading')}</Typography.Text>}
      {url && (
        <Space.Compact style={{ width: '100%', marginBottom: 12 }}>
          <Input readOnly value={url} onFocus={(e) => e.target.select()} data-testid="calendar-url" />
          <Button icon={<CopyOutlined />} onClick={() => void copy()}>
            {t('common.copy')}
          </Button>
        </Space.Compact>
      )}
      <ul className="calendar-steps">
        <li>{t('plans.calendarGoogle')}</li>
        <li>{t('plans.calendarOutlook')}</li>
        <li>{t('plans.calendarPhone')}</li>
      </ul>
      <Typography.Text type="secondary">{t('plans.calendarPrivate')}</Typography.Text>
    </Modal>
  );
}
