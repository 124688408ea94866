// The bell in the header: unread count, the latest notifications (reminders, returned reports…), a
// link to the preferences. Polls every minute; reminders are created by the server's tick.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Empty, List, Popover, Typography } from 'antd';
import { BellOutlined, SettingOutlined } from '@ant-design/icons';
import { showDateTime } from '../../lib/format.ts';
import { dashboardKeys, fetchNotifications, markNotificationRead } from './dashboardsApi.ts';

export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const go = useNavigate();
  const navigate = (to: string) => {
    setOpen(false);
    return go(to);
  };
  const qc = useQueryClient();
  const { data } = useQuery({ queryKey: dashboardKeys.notifications, queryFn: fetchNotifications, refetchInterval: 60_000 });
  const read = useMutation({ mutationFn: markNotificationRead, onSuccess: () => qc.invalidateQueries({ queryKey: dashboardKeys.notifications }) });
  const content = (
    <div style={{ width: 360, maxHeight: 420, overflow: 'auto' }}>
      {!data || data.items.length === 0 ? (
        <Empty description="Chưa có thông báo." image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={data.items}
          renderItem={(n) => (
            <List.Item
              key={n.id}
              style={{ cursor: n.link ? 'pointer' : 'default', background: n.readAt ? undefined : '#f0f7ff' }}
              onClick={() => {
                if (!n.readAt) read.mutate(n.id);
                if (n.link) void navigate(n.link);
              }}
            >
              <List.Item.Meta
                title={<span style={{ fontWeight: n.readAt ? 400 : 600 }}>{n.title}</span>}
                description={
                  <>
                    <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>{n.body}</Typography.Paragraph>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>{showDateTime(n.createdAt)}</Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
      <Button type="link" icon={<SettingOutlined />} onClick={() => void navigate('/thong-bao/cai-dat')}>
        Cách nhận thông báo
      </Button>
    </div>
  );
  return (
    <Popover content={content} title="Thông báo" trigger="click" placement="bottomRight" open={open} onOpenChange={setOpen}>
      <Badge count={data?.unread ?? 0} size="small" overflowCount={99}>
        <Button type="text" icon={<BellOutlined />} aria-label={`Thông báo${data?.unread ? ` (${data.unread} chưa đọc)` : ''}`} className="header-bell" />
      </Badge>
    </Popover>
  );
}
