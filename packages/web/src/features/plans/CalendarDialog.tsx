// "Đăng ký lịch": the personal .ics subscription URL (all deadlines of one's units) and, on a plan's page,
// the same link narrowed to that plan, each with a copy button; how to add them in common calendars.
import { App, Alert, Button, Input, Modal, Space, Typography } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { errorMessage } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { planKeys, plansApi } from './plansApi.ts';
import '../../i18n/vi/plans.ts';

interface CalendarDialogProps {
  open: boolean;
  onClose: () => void;
  /** On a plan's page: also offer the feed of this plan only. */
  planId?: string;
  planNumber?: string | null;
}

export function CalendarDialog({ open, onClose, planId, planNumber }: CalendarDialogProps) {
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
  const planUrl = url && planId ? `${url}?plan=${encodeURIComponent(planId)}` : null;

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
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
        <>
          <Typography.Text strong>{t('plans.calendarAll')}</Typography.Text>
          <FeedLink url={url} testId="calendar-url" label={t('plans.calendarAll')} onCopy={copy} />
        </>
      )}
      {planUrl && (
        <>
          <Typography.Text strong>
            {planNumber ? t('plans.calendarThisPlanNumbered', { number: planNumber }) : t('plans.calendarThisPlan')}
          </Typography.Text>
          <FeedLink url={planUrl} testId="calendar-plan-url" label={t('plans.calendarThisPlan')} onCopy={copy} />
        </>
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

function FeedLink({ url, testId, label, onCopy }: { url: string; testId: string; label: string; onCopy: (text: string) => Promise<void> }) {
  return (
    <Space.Compact style={{ width: '100%', marginBottom: 12 }}>
      <Input readOnly value={url} aria-label={label} onFocus={(e) => e.target.select()} data-testid={testId} />
      <Button icon={<CopyOutlined />} onClick={() => void onCopy(url)}>
        {t('common.copy')}
      </Button>
    </Space.Compact>
  );
}
