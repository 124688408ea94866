import type { ThemeConfig } from 'antd';

/** Calm, administrative: deep blue, neutral surfaces, readable sizes on phones. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1f4e79',
    colorInfo: '#1f6fb2',
    colorSuccess: '#2e7d32',
    colorWarning: '#b26a00',
    colorError: '#c62828',
    colorLink: '#1f5fa0',
    borderRadius: 6,
    fontSize: 15,
    fontFamily: "'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif, 'Apple Color Emoji', 'Segoe UI Emoji'",
    colorBgLayout: '#f3f5f8',
  },
  components: {
    Layout: { siderBg: '#0f2f4d', triggerBg: '#0b2540', headerBg: '#ffffff', headerPadding: '0 16px', headerHeight: 60 },
    Menu: { darkItemBg: '#0f2f4d', darkSubMenuItemBg: '#0b2540', darkItemSelectedBg: '#1f6fb2' },
    Table: { headerBg: '#eef2f7' },
    Tree: { nodeSelectedBg: '#d6e6f5', nodeHoverBg: '#edf3fa' },
  },
};
