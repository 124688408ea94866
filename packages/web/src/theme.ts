import type { ThemeConfig } from 'antd';

/** Calm, administrative: deep blue, neutral surfaces, readable sizes on phones. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1f4e79',
    colorInfo: '#1b64a1',
    colorSuccess: '#2e7d32',
    colorWarning: '#945800',
    colorError: '#c62828',
    colorLink: '#1f5fa0',
    borderRadius: 6,
    fontSize: 15,
    fontFamily: "'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif, 'Apple Color Emoji', 'Segoe UI Emoji'",
    colorBgLayout: '#f3f5f8',
    // Secondary text, descriptions and placeholders dark enough to read (WCAG AA 4.5:1 on white and on the
    // page background); antd's defaults (#8c8c8c, #bfbfbf) fail.
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    // One h1 per page (the page title), drawn at the size the titles had as h2.
    fontSizeHeading1: 28,
  },
  components: {
    Layout: { siderBg: '#0f2f4d', triggerBg: '#0b2540', headerBg: '#ffffff', headerPadding: '0 16px', headerHeight: 60 },
    Menu: { darkItemBg: '#0f2f4d', darkSubMenuItemBg: '#0b2540', darkItemSelectedBg: '#1f6fb2' },
    Table: { headerBg: '#eef2f7' },
    Tree: { nodeSelectedBg: '#d6e6f5', nodeHoverBg: '#edf3fa' },
  },
};
