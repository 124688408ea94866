// The general message of a failed save, above the form it belongs to; a version conflict is a warning
// with the screen's way out (reload, overwrite) as the action.
import type { CSSProperties, ReactNode } from 'react';
import { Alert } from 'antd';

export function SaveAlert({
  save,
  action,
  style,
}: {
  save: { summary: string | null; conflict: boolean };
  action?: ReactNode;
  style?: CSSProperties;
}) {
  if (!save.summary) return null;
  return (
    <Alert
      type={save.conflict && action ? 'warning' : 'error'}
      showIcon
      title={save.summary}
      action={save.conflict ? action : undefined}
      style={{ marginBottom: 16, ...style }}
    />
  );
}
