import type { ReactNode } from 'react';
import {
  AuditOutlined,
  BellOutlined,
  CommentOutlined,
  BarChartOutlined,
  ApartmentOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  HomeOutlined,
  NotificationOutlined,
  StarOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { Role } from '@dvcq/shared';
import type { MessageKey } from '../i18n/index.ts';

export interface NavItem {
  path: string;
  label: MessageKey;
  icon: ReactNode;
  adminOnly?: boolean;
  /** Shown only to someone holding one of these roles. */
  roles?: Role[];
}

export const NAV_ITEMS: NavItem[] = [
  { path: '/', label: 'nav.home', icon: <HomeOutlined /> },
  { path: '/ke-hoach', label: 'nav.plans', icon: <FileTextOutlined /> },
  { path: '/bao-cao', label: 'nav.reports', icon: <FileDoneOutlined /> },
  { path: '/cham-diem', label: 'nav.scoring', icon: <StarOutlined /> },
  { path: '/bang-dieu-khien', label: 'nav.dashboards', icon: <BarChartOutlined /> },
  { path: '/chi-tieu-tuyen-truyen', label: 'nav.kpi', icon: <NotificationOutlined /> },
  { path: '/doi-thoai', label: 'nav.dialogues', icon: <CommentOutlined /> },
  { path: '/dan-van-kheo', label: 'nav.movement', icon: <TrophyOutlined /> },
  { path: '/nhac-han', label: 'nav.reminders', icon: <BellOutlined />, roles: ['coordinator', 'admin'] },
  { path: '/don-vi', label: 'nav.org', icon: <ApartmentOutlined /> },
  { path: '/nguoi-dung', label: 'nav.users', icon: <TeamOutlined />, adminOnly: true },
  { path: '/nhat-ky', label: 'nav.audit', icon: <AuditOutlined />, adminOnly: true },
];

/** The menu key for a URL: the first path segment ("/don-vi/abc" → "/don-vi"). */
export function navKeyFor(pathname: string): string {
  const first = pathname.split('/').filter(Boolean)[0];
  return first ? `/${first}` : '/';
}
