import type { ReactNode } from 'react';
import { App, ConfigProvider } from 'antd';
import vi_VN from 'antd/locale/vi_VN';
import { theme } from '../theme.ts';

/**
 * antd's theme, Vietnamese locale and App (toasts, confirmations) around every screen built with antd.
 * The entry, the session check and the sign-in page do without antd, so a first visit on a slow line
 * downloads React and the sign-in form only (issue 18); antd arrives with the first screen that uses it.
 */
export function AntdRoot({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider locale={vi_VN} theme={theme}>
      <App>{children}</App>
    </ConfigProvider>
  );
}
