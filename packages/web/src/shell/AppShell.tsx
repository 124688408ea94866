import { lazy, Suspense, useState } from 'react';
import { Button, Dropdown, Grid, Layout, Menu, Space, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { KeyOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Outlet, useLocation, useNavigate, useNavigation } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { ROLE_LABELS } from '@dvcq/shared';
import { t } from '../i18n/index.ts';
import { isAdmin } from '../features/auth/roles.ts';
import { logout, storeSession, useCurrentUser } from '../features/auth/session.ts';
import { NotificationBell } from '../features/notifications/NotificationBell.tsx';
import { GlobalSearch } from '../features/search/GlobalSearch.tsx';
import { PageLoading } from '../components/PageLoading.tsx';
import { AntdRoot } from './AntdRoot.tsx';
import { BrandMark } from './BrandMark.tsx';
import { NAV_ITEMS, navKeyFor } from './nav.tsx';

const { Header, Sider, Content } = Layout;

// What a visit rarely or only sometimes needs loads when it is first shown (issue 18: the shell and home
// page ≤ 300 KB of JavaScript gzip): the forced password change, the password dialog, the phone's menu drawer.
const ForcedChangePassword = lazy(async () => ({
  default: (await import('../features/auth/ForcedChangePassword.tsx')).ForcedChangePassword,
}));
const ChangePasswordDialog = lazy(async () => ({
  default: (await import('../features/auth/ChangePasswordDialog.tsx')).ChangePasswordDialog,
}));
const NavDrawer = lazy(async () => ({ default: (await import('./NavDrawer.tsx')).NavDrawer }));

/** The signed-in area once the session is known: one antd root for the forced password change and the
 * shell, so the confirmation of a changed password stays on screen when the shell replaces the form. */
export function AppShell() {
  const user = useCurrentUser();
  return (
    <AntdRoot>
      {user.mustChangePassword ? (
        <Suspense fallback={<PageLoading fullPage />}>
          <ForcedChangePassword />
        </Suspense>
      ) : (
        <ShellLayout />
      )}
    </AntdRoot>
  );
}

function ShellLayout() {
  const user = useCurrentUser();
  const screens = Grid.useBreakpoint();
  // Before the first measurement useBreakpoint is empty; fall back to the window width.
  const isMobile = screens.lg === undefined ? window.innerWidth < 992 : !screens.lg;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [drawerShown, setDrawerShown] = useState(false);
  const [pwOpen, setPwOpen] = useState(false);
  // Mounted from the first opening on, so the dialog can animate closed.
  const [pwShown, setPwShown] = useState(false);
  const openPassword = () => {
    setPwShown(true);
    setPwOpen(true);
  };
  const location = useLocation();
  const navigate = useNavigate();
  // A page opened for the first time loads its code first (router.tsx): say so instead of seeming stuck.
  const loadingPage = useNavigation().state === 'loading';
  const client = useQueryClient();

  const admin = isAdmin(user);
  const items: MenuProps['items'] = NAV_ITEMS.filter(
    (i) => (!i.adminOnly || admin) && (!i.roles || user.roles.some((r) => i.roles!.includes(r.role))),
  ).map((i) => ({
    key: i.path,
    icon: i.icon,
    label: t(i.label),
  }));
  const selected = navKeyFor(location.pathname);
  const primaryRole = user.roles[0];
  const roleLine = primaryRole ? `${ROLE_LABELS[primaryRole.role]} · ${primaryRole.unitName}` : '';
  const extraRoles = user.roles.length > 1 ? ` (${t('header.moreRoles', { count: user.roles.length - 1 })})` : '';

  const go: MenuProps['onClick'] = ({ key }) => {
    setDrawerOpen(false);
    navigate(key);
  };

  const doLogout = async () => {
    await logout();
    storeSession(client, null);
    client.clear();
    // The shell and its toasts are gone once the sign-in page shows: that page says it instead.
    navigate('/dang-nhap', { replace: true, state: { loggedOut: true } });
  };

  const menu = <Menu mode="inline" theme="dark" selectedKeys={[selected]} items={items} onClick={go} className="nav-menu" />;

  const userMenu: MenuProps['items'] = [
    {
      key: 'who',
      label: (
        <div className="user-menu-who">
          <strong>{user.fullName}</strong>
          <div>
            {roleLine}
            {extraRoles}
          </div>
        </div>
      ),
      disabled: true,
    },
    { type: 'divider' },
    { key: 'pw', icon: <KeyOutlined />, label: t('header.changePassword'), onClick: openPassword },
    { key: 'out', icon: <LogoutOutlined />, label: t('header.logout'), onClick: () => void doLogout() },
  ];

  return (
    <Layout className="app-layout">
      {!isMobile && (
        <Sider
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          width={232}
          className="app-sider"
          trigger={<span aria-label={t('nav.collapse')}>{collapsed ? '»' : '«'}</span>}
        >
          <div className="sider-brand">
            <BrandMark size={30} />
            {!collapsed && <span className="sider-brand-text">{t('app.name')}</span>}
          </div>
          {menu}
        </Sider>
      )}
      {isMobile && drawerShown && (
        <Suspense fallback={null}>
          <NavDrawer open={drawerOpen} onClose={() => setDrawerOpen(false)}>
            {menu}
          </NavDrawer>
        </Suspense>
      )}
      <Layout>
        <Header className="app-header">
          {isMobile && (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t('nav.openMenu')}
              onClick={() => {
                setDrawerShown(true);
                setDrawerOpen(true);
              }}
              className="menu-button"
              data-testid="open-menu"
            />
          )}
          <div className="header-title">
            {isMobile ? <span className="header-app">{t('app.name')}</span> : <span className="header-app">{t('app.fullName')}</span>}
          </div>
          <GlobalSearch />
          <NotificationBell />
          {isMobile ? (
            <Dropdown menu={{ items: userMenu }} trigger={['click']} placement="bottomRight">
              <Button type="text" icon={<UserOutlined />} aria-label={user.fullName} className="header-user-button">
                <span className="header-user-short">{user.fullName}</span>
              </Button>
            </Dropdown>
          ) : (
            <Space size="middle" className="header-user">
              <div className="header-user-text">
                <div className="header-user-name">{user.fullName}</div>
                <Typography.Text type="secondary" className="header-user-role" ellipsis title={roleLine + extraRoles}>
                  {roleLine}
                  {extraRoles}
                </Typography.Text>
              </div>
              <Button icon={<KeyOutlined />} onClick={openPassword}>
                {t('header.changePassword')}
              </Button>
              <Button icon={<LogoutOutlined />} onClick={() => void doLogout()}>
                {t('header.logout')}
              </Button>
            </Space>
          )}
        </Header>
        <Content className="app-content">
          {loadingPage && <PageLoading />}
          <Outlet />
        </Content>
      </Layout>
      {pwShown && (
        <Suspense fallback={null}>
          <ChangePasswordDialog open={pwOpen} onClose={() => setPwOpen(false)} />
        </Suspense>
      )}
    </Layout>
  );
}
