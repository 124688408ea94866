// A button that fetches a file the server builds (Word, Excel) through the feature's API module and
// saves it; a refusal shows the server's Vietnamese message instead of leaving the person on a JSON page.
import { useState, type ReactNode } from 'react';
import { App, Button } from 'antd';
import type { ButtonProps } from 'antd';
import { errorMessage } from '../api/client.ts';

type Props = Omit<ButtonProps, 'onClick' | 'loading' | 'href'> & {
  /** The download, e.g. `() => plansApi.downloadDocx(id)` (built on api/files.ts downloadFile). */
  download: () => Promise<void>;
  children: ReactNode;
};

export function DownloadButton({ download, children, ...button }: Props) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const click = async () => {
    setBusy(true);
    try {
      await download();
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button {...button} loading={busy} onClick={() => void click()}>
      {children}
    </Button>
  );
}
