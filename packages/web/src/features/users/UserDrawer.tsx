import { useState } from 'react';
import { Alert, App, Button, DatePicker, Descriptions, Divider, Drawer, Empty, Form, Grid, Input, List, Modal, Popconfirm, Select, Space, Spin, Tag, Typography } from 'antd';
import { CopyOutlined, DeleteOutlined, KeyOutlined, LockOutlined, PlusOutlined, UnlockOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { ROLE_LABELS, UNIT_KIND_LABELS, type Role } from '@dvcq/shared';
import { api, errorMessage } from '../../api/client.ts';
import type { ApiTokenDto, CreatedTokenDto, UserSummaryDto } from '../../api/types.ts';
import { t } from '../../i18n/index.ts';
import { applyServerErrors } from '../../lib/forms.ts';
import { DATE_FORMAT, showDate, showDateTime, toIsoDate } from '../../lib/format.ts';
import { useCurrentUser } from '../auth/session.ts';
import { UnitTreeSelect } from '../org/UnitTreeSelect.tsx';
import { passwordRules, roleOptions } from './CreateUserModal.tsx';
import { UserStatus } from './UserStatus.tsx';
import { useTokens, useUser, userKeys } from './usersApi.ts';

export function UserDrawer({ userId, onClose }: { userId: string | null; onClose: () => void }) {
  const screens = Grid.useBreakpoint();
  const user = useUser(userId);
  return (
    <Drawer
      open={!!userId}
      onClose={onClose}
      size={screens.md ? 680 : '100%'}
      title={user.data ? t('users.detailTitle', { name: user.data.fullName }) : t('common.loading')}
      destroyOnHidden
    >
      {user.isLoading && <Spin />}
      {user.isError && <Alert type="error" showIcon title={errorMessage(user.error)} />}
      {user.data && <UserDetail user={user.data} />}
    </Drawer>
  );
}

function useRefreshUsers() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: userKeys.all });
}

function UserDetail({ user }: { user: UserSummaryDto }) {
  const me = useCurrentUser();
  const { message, modal } = App.useApp();
  const refresh = useRefreshUsers();
  const [resetOpen, setResetOpen] = useState(false);

  const toggleDisabled = () => {
    const run = async () => {
      try {
        await api.post(`/api/users/${user.id}/${user.disabled ? 'enable' : 'disable'}`);
        await refresh();
        void message.success(t('common.saved'));
      } catch (e) {
        void message.error(errorMessage(e));
      }
    };
    if (user.disabled) void run();
    else
      modal.confirm({
        title: t('users.disable'),
        content: t('users.disableConfirm', { name: user.fullName }),
        okText: t('users.disable'),
        okButtonProps: { danger: true },
        cancelText: t('common.cancel'),
        onOk: run,
      });
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Descriptions
        size="small"
        bordered
        column={1}
        items={[
          { key: 'u', label: t('users.username'), children: <Typography.Text code>{user.username}</Typography.Text> },
          { key: 's', label: t('users.status'), children: <UserStatus user={user} /> },
          { key: 'l', label: t('users.lastLogin'), children: user.lastLoginAt ? showDateTime(user.lastLoginAt) : t('users.never') },
        ]}
      />
      <Space wrap>
        <Button icon={<KeyOutlined />} onClick={() => setResetOpen(true)}>
          {t('users.resetPassword')}
        </Button>
        {user.id !== me.id && (
          <Button danger={!user.disabled} icon={user.disabled ? <UnlockOutlined /> : <LockOutlined />} onClick={toggleDisabled}>
            {user.disabled ? t('users.enable') : t('users.disable')}
          </Button>
        )}
      </Space>
      <EditUserForm user={user} />
      <Divider style={{ margin: 0 }} />
      <RolesSection user={user} />
      <Divider style={{ margin: 0 }} />
      <TokensSection user={user} />
      <ResetPasswordModal user={user} open={resetOpen} onClose={() => setResetOpen(false)} />
    </Space>
  );
}

function EditUserForm({ user }: { user: UserSummaryDto }) {
  const [form] = Form.useForm<{ fullName: string; email?: string }>();
  const [summary, setSummary] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const refresh = useRefreshUsers();
  const { message } = App.useApp();
  const onFinish = async (v: { fullName: string; email?: string }) => {
    setSaving(true);
    setSummary(null);
    try {
      await api.patch(`/api/users/${user.id}`, { fullName: v.fullName, email: v.email?.trim() || null });
      await refresh();
      void message.success(t('common.saved'));
    } catch (e) {
      setSummary(applyServerErrors(form, e, ['fullName', 'email']).summary);
    } finally {
      setSaving(false);
    }
  };
  return (
    <div>
      <Typography.Title level={5}>{t('users.edit')}</Typography.Title>
      {summary && <Alert type="error" showIcon title={summary} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ fullName: user.fullName, email: user.email ?? '' }} onFinish={onFinish}>
        <Form.Item label={t('users.fullName')} name="fullName" rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('users.fullName').toLowerCase() }) }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('users.email')} name="email" rules={[{ type: 'email', message: 'Địa chỉ e-mail không hợp lệ.' }]}>
          <Input type="email" maxLength={200} />
        </Form.Item>
        <Button htmlType="submit" loading={saving}>
          {t('common.save')}
        </Button>
      </Form>
    </div>
  );
}

function ResetPasswordModal({ user, open, onClose }: { user: UserSummaryDto; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ newPassword: string }>();
  const [summary, setSummary] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();
  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    setSummary(null);
    try {
      await api.post(`/api/users/${user.id}/reset-password`, { newPassword: v.newPassword });
      void message.success(t('users.resetDone'), 6);
      onClose();
    } catch (e) {
      setSummary(applyServerErrors(form, e, ['newPassword']).summary);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open={open}
      title={`${t('users.resetPassword')} — ${user.fullName}`}
      okText={t('users.resetPassword')}
      onOk={() => void submit().catch(() => undefined)}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
    >
      {summary && <Alert type="error" showIcon title={summary} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        <Form.Item label={t('password.new')} name="newPassword" rules={passwordRules} extra={t('users.passwordHint')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RolesSection({ user }: { user: UserSummaryDto }) {
  const [form] = Form.useForm<{ role: Role; unitId: string }>();
  const [summary, setSummary] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const refresh = useRefreshUsers();
  const { message } = App.useApp();

  const grant = async (v: { role: Role; unitId: string }) => {
    setSaving(true);
    setSummary(null);
    try {
      await api.post(`/api/users/${user.id}/roles`, v);
      await refresh();
      form.resetFields();
      void message.success(t('common.saved'));
    } catch (e) {
      setSummary(applyServerErrors(form, e, ['role', 'unitId']).summary);
    } finally {
      setSaving(false);
    }
  };

  const revoke = async (assignmentId: string) => {
    try {
      await api.delete(`/api/users/${user.id}/roles/${assignmentId}`);
      await refresh();
      void message.success(t('common.saved'));
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  return (
    <div>
      <Typography.Title level={5}>{t('users.roles')}</Typography.Title>
      {user.roles.length === 0 ? (
        <Typography.Text type="secondary">{t('users.noRoles')}</Typography.Text>
      ) : (
        <List
          size="small"
          bordered
          dataSource={user.roles}
          renderItem={(r) => (
            <List.Item
              actions={[
                <Popconfirm
                  key="revoke"
                  title={t('users.revokeConfirm', { role: ROLE_LABELS[r.role], unit: r.unitName })}
                  okText={t('users.revoke')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => revoke(r.id)}
                >
                  <Button size="small" danger icon={<DeleteOutlined />}>
                    {t('users.revoke')}
                  </Button>
                </Popconfirm>,
              ]}
            >
              <div>
                <Tag color="blue">{ROLE_LABELS[r.role]}</Tag>
                <div>
                  {r.unitName} <Typography.Text type="secondary">({UNIT_KIND_LABELS[r.unitKind]})</Typography.Text>
                </div>
              </div>
            </List.Item>
          )}
        />
      )}
      <Typography.Text strong style={{ display: 'block', margin: '12px 0 8px' }}>
        {t('users.grant')}
      </Typography.Text>
      {summary && <Alert type="error" showIcon title={summary} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={grant} initialValues={{ role: 'officer' }}>
        <div className="role-row">
          <Form.Item name="role" rules={[{ required: true, message: t('common.requiredSelect', { field: t('users.role').toLowerCase() }) }]} style={{ marginBottom: 8 }}>
            <Select options={roleOptions} />
          </Form.Item>
          <Form.Item name="unitId" rules={[{ required: true, message: t('common.requiredSelect', { field: t('users.unit').toLowerCase() }) }]} style={{ marginBottom: 8 }}>
            <UnitTreeSelect placeholder={t('users.unit')} />
          </Form.Item>
          <Button htmlType="submit" type="primary" icon={<PlusOutlined />} loading={saving} aria-label={t('users.grant')} />
        </div>
      </Form>
    </div>
  );
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function TokensSection({ user }: { user: UserSummaryDto }) {
  const tokens = useTokens(user.id);
  const client = useQueryClient();
  const [form] = Form.useForm<{ name: string; expiresOn?: Dayjs | null }>();
  const [summary, setSummary] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [created, setCreated] = useState<CreatedTokenDto | null>(null);
  const { message } = App.useApp();
  const refresh = () => client.invalidateQueries({ queryKey: userKeys.tokens(user.id) });

  const create = async (v: { name: string; expiresOn?: Dayjs | null }) => {
    setSaving(true);
    setSummary(null);
    try {
      const res = await api.post<CreatedTokenDto>(`/api/users/${user.id}/tokens`, { name: v.name, expiresOn: toIsoDate(v.expiresOn) ?? null });
      setCreated(res);
      form.resetFields();
      await refresh();
    } catch (e) {
      setSummary(applyServerErrors(form, e, ['name', 'expiresOn']).summary);
    } finally {
      setSaving(false);
    }
  };

  const revoke = async (tk: ApiTokenDto) => {
    try {
      await api.delete(`/api/users/${user.id}/tokens/${tk.id}`);
      await refresh();
      void message.success(t('common.saved'));
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  return (
    <div>
      <Typography.Title level={5}>{t('users.tokens')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('users.tokensHelp')}</Typography.Paragraph>
      {tokens.isError && <Alert type="error" showIcon title={errorMessage(tokens.error)} />}
      {tokens.data && tokens.data.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('users.noTokens')} />}
      {tokens.data && tokens.data.length > 0 && (
        <List
          size="small"
          bordered
          dataSource={tokens.data}
          renderItem={(tk) => (
            <List.Item
              actions={
                tk.revokedAt
                  ? []
                  : [
                      <Popconfirm
                        key="revoke"
                        title={t('users.tokenRevokeConfirm', { name: tk.name })}
                        okText={t('users.revoke')}
                        cancelText={t('common.cancel')}
                        okButtonProps={{ danger: true }}
                        onConfirm={() => revoke(tk)}
                      >
                        <Button size="small" danger>
                          {t('users.revoke')}
                        </Button>
                      </Popconfirm>,
                    ]
              }
            >
              <div>
                <div>
                  <strong>{tk.name}</strong> <Typography.Text code>{tk.prefix}…</Typography.Text>{' '}
                  {tk.revokedAt && <Tag color="red">{t('users.tokenRevoked')}</Tag>}
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {t('users.tokenCreatedAt')}: {showDateTime(tk.createdAt)} · {t('users.tokenLastUsed')}: {tk.lastUsedAt ? showDateTime(tk.lastUsedAt) : t('common.none')} ·{' '}
                  {t('users.tokenExpires')}: {tk.expiresAt ? showDate(tk.expiresAt) : t('home.indefinite')}
                </Typography.Text>
              </div>
            </List.Item>
          )}
        />
      )}
      <Typography.Text strong style={{ display: 'block', margin: '12px 0 8px' }}>
        {t('users.tokenCreate')}
      </Typography.Text>
      {summary && <Alert type="error" showIcon title={summary} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={create}>
        <Form.Item label={t('users.tokenName')} name="name" rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('users.tokenName').toLowerCase() }) }]}>
          <Input maxLength={100} placeholder="vd: Đồng bộ phần mềm một cửa" />
        </Form.Item>
        <Form.Item label={t('users.tokenExpires')} name="expiresOn">
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Button htmlType="submit" icon={<PlusOutlined />} loading={saving}>
          {t('users.tokenCreate')}
        </Button>
      </Form>
      <Modal
        open={!!created}
        title={t('users.tokenCreated')}
        onCancel={() => setCreated(null)}
        mask={{ closable: false }}
        footer={
          <Button type="primary" onClick={() => setCreated(null)}>
            {t('common.close')}
          </Button>
        }
      >
        <Alert type="warning" showIcon title={t('users.tokenCopyWarn')} style={{ marginBottom: 12 }} />
        <div className="token-box" data-testid="created-token">
          {created?.token}
        </div>
        <Button
          icon={<CopyOutlined />}
          style={{ marginTop: 12 }}
          onClick={async () => {
            const ok = created ? await copyText(created.token) : false;
            if (ok) void message.success(t('common.copied'));
            else void message.warning(t('common.copyFailed'));
          }}
        >
          {t('common.copy')}
        </Button>
      </Modal>
    </div>
  );
}
