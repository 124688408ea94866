import type { ReactNode } from 'react';
import { Drawer, Space } from 'antd';
import { t } from '../i18n/index.ts';
import { BrandMark } from './BrandMark.tsx';

/** The navigation of a phone-sized screen, in a drawer from the left (AppShell loads it when first opened). */
export function NavDrawer({ open, onClose, children }: { open: boolean; onClose: () => void; children: ReactNode }) {
  return (
    <Drawer
      placement="left"
      open={open}
      onClose={onClose}
      size={272}
      title={
        <Space>
          <BrandMark size={26} />
          <span>{t('app.name')}</span>
        </Space>
      }
      className="nav-drawer"
      styles={{ body: { padding: 0, background: '#0f2f4d' } }}
    >
      {children}
    </Drawer>
  );
}
