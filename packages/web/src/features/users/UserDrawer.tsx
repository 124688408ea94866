// One account in a side panel: status, enable/disable, password reset, name and e-mail, role grants,
// API tokens.
import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Divider,
  Drawer,
  Empty,
  Form,
  Grid,
  Input,
  List,
  Popconfirm,
  Radio,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { DeleteOutlined, KeyOutlined, LockOutlined, PlusOutlined, UnlockOutlined } from '@ant-design/icons';
import { API_MODULE_LABELS, API_MODULES, ROLE_LABELS, UNIT_KIND_LABELS, type ApiModule, type Role } from '@dvcq/shared';
import { errorMessage } from '../../api/client.ts';
import type { ApiTokenDto, CreatedTokenDto, UserSummaryDto } from '../../api/types.ts';
import { SaveAlert } from '../../components/SaveAlert.tsx';
import { t } from '../../i18n/index.ts';
import { showDate, showDateTime } from '../../lib/format.ts';
import { DateInput } from '../../components/DateInput.tsx';
import { requiredChoice, requiredText } from '../../lib/rules.ts';
import { useSave } from '../../lib/useSave.ts';
import { useCurrentUser } from '../auth/session.ts';
import { UnitTreeSelect } from '../org/UnitTreeSelect.tsx';
import { CreatedTokenDialog } from './CreatedTokenDialog.tsx';
import { ResetPasswordDialog } from './ResetPasswordDialog.tsx';
import { roleOptions } from './userForm.ts';
import { UserStatus } from './UserStatus.tsx';
import { useTokens, useUser, userKeys, usersApi } from './usersApi.ts';
import { foldedSearch } from '../../lib/foldedSearch.ts';
import '../../i18n/vi/auth.ts';
import '../../i18n/vi/users.ts';

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

function UserDetail({ user }: { user: UserSummaryDto }) {
  const me = useCurrentUser();
  const { modal } = App.useApp();
  const [resetOpen, setResetOpen] = useState(false);
  const setDisabled = useSave({
    run: (disabled: boolean) => usersApi.setDisabled(user.id, disabled),
    invalidate: [userKeys.all],
    success: t('common.saved'),
  });

  const toggleDisabled = () => {
    if (user.disabled) void setDisabled.run(false);
    else
      modal.confirm({
        title: t('users.disable'),
        content: t('users.disableConfirm', { name: user.fullName }),
        okText: t('users.disable'),
        okButtonProps: { danger: true },
        cancelText: t('common.cancel'),
        onOk: () => setDisabled.run(true),
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
          <Button
            danger={!user.disabled}
            icon={user.disabled ? <UnlockOutlined /> : <LockOutlined />}
            onClick={toggleDisabled}
            loading={setDisabled.pending}
          >
            {user.disabled ? t('users.enable') : t('users.disable')}
          </Button>
        )}
      </Space>
      <EditUserForm user={user} />
      <Divider style={{ margin: 0 }} />
      <RolesSection user={user} />
      <Divider style={{ margin: 0 }} />
      <TokensSection user={user} />
      <ResetPasswordDialog user={user} open={resetOpen} onClose={() => setResetOpen(false)} />
    </Space>
  );
}

interface EditValues {
  fullName: string;
  email?: string;
}

function EditUserForm({ user }: { user: UserSummaryDto }) {
  const [form] = Form.useForm<EditValues>();
  const save = useSave({
    form,
    fields: ['fullName', 'email'],
    run: (v: EditValues) => usersApi.update(user.id, { fullName: v.fullName, email: v.email?.trim() || null }),
    invalidate: [userKeys.all],
    success: t('common.saved'),
  });
  return (
    <div>
      <Typography.Title level={5}>{t('users.edit')}</Typography.Title>
      <SaveAlert save={save} style={{ marginBottom: 12 }} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ fullName: user.fullName, email: user.email ?? '' }}
        onFinish={(v) => void save.run(v)}
      >
        <Form.Item label={t('users.fullName')} name="fullName" rules={[requiredText(t('users.fullName'))]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('users.email')} name="email" rules={[{ type: 'email', message: t('users.emailInvalid') }]}>
          <Input type="email" maxLength={200} />
        </Form.Item>
        <Button htmlType="submit" loading={save.pending}>
          {t('common.save')}
        </Button>
      </Form>
    </div>
  );
}

interface GrantValues {
  role: Role;
  unitId: string;
}

function RolesSection({ user }: { user: UserSummaryDto }) {
  const [form] = Form.useForm<GrantValues>();
  const grant = useSave({
    form,
    fields: ['role', 'unitId'],
    run: (v: GrantValues) => usersApi.grantRole(user.id, v),
    invalidate: [userKeys.all],
    success: t('common.saved'),
    onSuccess: () => form.resetFields(),
  });
  const revoke = useSave({
    run: (assignmentId: string) => usersApi.revokeRole(user.id, assignmentId),
    invalidate: [userKeys.all],
    success: t('common.saved'),
  });

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
                  onConfirm={() => revoke.run(r.id)}
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
      <SaveAlert save={grant} style={{ marginBottom: 12 }} />
      <Form form={form} layout="vertical" onFinish={(v) => void grant.run(v)} initialValues={{ role: 'officer' }}>
        <div className="role-row">
          <Form.Item name="role" rules={[requiredChoice(t('users.role'))]} style={{ marginBottom: 8 }}>
            <Select options={roleOptions} />
          </Form.Item>
          <Form.Item name="unitId" rules={[requiredChoice(t('users.unit'))]} style={{ marginBottom: 8 }}>
            <UnitTreeSelect placeholder={t('users.unit')} />
          </Form.Item>
          <Button htmlType="submit" type="primary" icon={<PlusOutlined />} loading={grant.pending} aria-label={t('users.grant')} />
        </div>
      </Form>
    </div>
  );
}

interface TokenValues {
  name: string;
  expiresOn?: string | null;
  scope: 'full' | 'read';
  /** Empty: every module. */
  modules?: ApiModule[];
}

const moduleOptions = API_MODULES.map((m) => ({ value: m, label: API_MODULE_LABELS[m] }));

/** What a token may do, in words: read only or everything, in every module or in the listed ones. */
function tokenLimits(tk: ApiTokenDto): string {
  const scope = tk.scope === 'read' ? t('users.tokenScopeRead') : t('users.tokenScopeFull');
  const modules = tk.modules ? tk.modules.map((m) => API_MODULE_LABELS[m]).join('; ') : t('users.tokenAllModules');
  return `${scope} · ${modules}`;
}

function TokensSection({ user }: { user: UserSummaryDto }) {
  const tokens = useTokens(user.id);
  const [form] = Form.useForm<TokenValues>();
  const [created, setCreated] = useState<CreatedTokenDto | null>(null);
  const create = useSave({
    form,
    fields: ['name', 'expiresOn', 'scope', 'modules'],
    run: (v: TokenValues) =>
      usersApi.createToken(user.id, {
        name: v.name,
        expiresOn: v.expiresOn ?? null,
        scope: v.scope,
        modules: v.modules && v.modules.length > 0 ? v.modules : null,
      }),
    invalidate: [userKeys.tokens(user.id)],
    onSuccess: (res) => {
      setCreated(res);
      form.resetFields();
    },
  });
  const revoke = useSave({
    run: (tk: ApiTokenDto) => usersApi.revokeToken(user.id, tk.id),
    invalidate: [userKeys.tokens(user.id)],
    success: t('common.saved'),
  });

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
                        onConfirm={() => revoke.run(tk)}
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
                  {t('users.tokenCreatedAt')}: {showDateTime(tk.createdAt)} · {t('users.tokenLastUsed')}:{' '}
                  {tk.lastUsedAt ? showDateTime(tk.lastUsedAt) : t('common.none')} · {t('users.tokenExpires')}:{' '}
                  {tk.expiresAt ? showDate(tk.expiresAt) : t('home.indefinite')}
                </Typography.Text>
                <div data-testid="token-limits" style={{ fontSize: 13 }}>
                  {t('users.tokenLimits')}: {tokenLimits(tk)}
                </div>
              </div>
            </List.Item>
          )}
        />
      )}
      <Typography.Text strong style={{ display: 'block', margin: '12px 0 8px' }}>
        {t('users.tokenCreate')}
      </Typography.Text>
      <SaveAlert save={create} style={{ marginBottom: 12 }} />
      <Form form={form} layout="vertical" initialValues={{ scope: 'full' }} onFinish={(v) => void create.run(v)}>
        <Form.Item label={t('users.tokenName')} name="name" rules={[requiredText(t('users.tokenName'))]}>
          <Input maxLength={100} placeholder={t('users.tokenNamePlaceholder')} />
        </Form.Item>
        <Form.Item label={t('users.tokenExpires')} name="expiresOn">
          <DateInput style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('users.tokenScope')} name="scope">
          <Radio.Group
            options={[
              { value: 'full', label: t('users.tokenScopeFull') },
              { value: 'read', label: t('users.tokenScopeRead') },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('users.tokenModules')} name="modules" extra={t('users.tokenModulesHelp')}>
          <Select mode="multiple" showSearch={foldedSearch} allowClear options={moduleOptions} placeholder={t('users.tokenAllModules')} />
        </Form.Item>
        <Button htmlType="submit" icon={<PlusOutlined />} loading={create.pending}>
          {t('users.tokenCreate')}
        </Button>
      </Form>
      <CreatedTokenDialog created={created} onClose={() => setCreated(null)} />
    </div>
  );
}
