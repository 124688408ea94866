// The bell in the header: unread count, the latest notifications (reminders, returned reports…), a
// link to the preferences.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Badge, Button, Empty, List, Popover, Typography } from 'antd';
import { BellOutlined, SettingOutlined } from '@ant-design/icons';
import { t } from '../../i18n/index.ts';
import { showDateTime } from '../../lib/format.ts';
import { useSave } from '../../lib/useSave.ts';
import { notificationKeys, notificationsApi, useNotifications } from './notificationsApi.ts';
import '../../i18n/vi/notifications.ts';

export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const go = useNavigate();
  const navigate = (to: string) => {
    setOpen(false);
    return go(to);
  };
  const { data } = useNotifications();
  const read = useSave({ run: notificationsApi.markRead, invalidate: [notificationKeys.list] });
  const content = (
    <div style={{ width: 'min(360px, calc(100vw - 48px))', maxHeight: 420, overflow: 'auto' }}>
      {!data || data.items.length === 0 ? (
        <Empty description={t('notifications.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={data.items}
          renderItem={(n) => (
            <List.Item
              key={n.id}
              style={{ cursor: n.link ? 'pointer' : 'default', background: n.readAt ? undefined : '#f0f7ff' }}
              onClick={() => {
                if (!n.readAt) void read.run(n.id);
                if (n.link) void navigate(n.link);
              }}
            >
              <List.Item.Meta
                title={<span style={{ fontWeight: n.readAt ? 400 : 600 }}>{n.title}</span>}
                description={
                  <>
                    <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
                      {n.body}
                    </Typography.Paragraph>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {showDateTime(n.createdAt)}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
      <Button type="link" icon={<SettingOutlined />} onClick={() => void navigate('/thong-bao/cai-dat')}>
        {t('notifications.preferencesLink')}
      </Button>
    </div>
  );
  return (
    <Popover
      content={content}
      title={t('notifications.title')}
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      rootClassName="notifications-popover"
    >
      <Badge count={data?.unread ?? 0} size="small" overflowCount={99}>
        <Button
          type="text"
          icon={<BellOutlined />}
          aria-label={data?.unread ? t('notifications.bellLabelUnread', { count: data.unread }) : t('notifications.bellLabel')}
          className="header-bell"
        />
      </Badge>
    </Popover>
  );
}
