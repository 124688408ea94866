import { useState } from 'react';
import { Alert, Button, Input, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { ROLE_LABELS } from '@dvcq/shared';
import { errorMessage } from '../../api/client.ts';
import type { UserSummaryDto } from '../../api/types.ts';
import { t } from '../../i18n/index.ts';
import { showDateTime } from '../../lib/format.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { useUsers } from './usersApi.ts';
import { UserStatus } from './UserStatus.tsx';
import { CreateUserDialog } from './CreateUserDialog.tsx';
import { UserDrawer } from './UserDrawer.tsx';
import '../../i18n/vi/users.ts';

export function UsersPage() {
  usePageTitle(t('nav.users'));
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim());
  const users = useUsers(query);
  const [createOpen, setCreateOpen] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('users.title')}
      </Typography.Title>
      <div className="page-toolbar">
        <Input
          className="grow"
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('users.search')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          style={{ maxWidth: 420 }}
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreateOpen(true)}>
          {t('users.create')}
        </Button>
      </div>
      {users.isError && <Alert type="error" showIcon title={errorMessage(users.error)} style={{ marginBottom: 12 }} />}
      <Table<UserSummaryDto>
        rowKey="id"
        loading={users.isFetching}
        dataSource={users.data ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (total) => t('common.total', { total }) }}
        onRow={(r) => ({ onClick: () => setSelected(r.id), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('users.fullName'),
            dataIndex: 'fullName',
            render: (name: string, r) => (
              <div>
                <div style={{ fontWeight: 600 }}>{name}</div>
                <Typography.Text type="secondary">{r.username}</Typography.Text>
              </div>
            ),
          },
          {
            title: t('users.roles'),
            dataIndex: 'roles',
            render: (roles: UserSummaryDto['roles']) => (
              <Space orientation="vertical" size={2}>
                {roles.map((r) => (
                  <div key={r.id}>
                    <Tag color="blue">{ROLE_LABELS[r.role]}</Tag>
                    <div style={{ fontSize: 13 }}>{r.unitName}</div>
                  </div>
                ))}
              </Space>
            ),
          },
          { title: t('users.email'), dataIndex: 'email', render: (e: string | null) => e ?? t('common.none') },
          { title: t('users.status'), key: 'status', render: (_: unknown, r) => <UserStatus user={r} /> },
          {
            title: t('users.lastLogin'),
            dataIndex: 'lastLoginAt',
            render: (v: string | null) => (v ? showDateTime(v) : <Typography.Text type="secondary">{t('users.never')}</Typography.Text>),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, r) => (
              <Button
                size="small"
                onClick={(e) => {
                  e.stopPropagation();
                  setSelected(r.id);
                }}
              >
                {t('common.details')}
              </Button>
            ),
          },
        ]}
      />
      <CreateUserDialog open={createOpen} onClose={() => setCreateOpen(false)} onCreated={(id) => setSelected(id)} />
      <UserDrawer userId={selected} onClose={() => setSelected(null)} />
    </div>
  );
}
