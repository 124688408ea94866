// The new API token, shown once: copy it now, it cannot be seen again.
import { Alert, App, Button, Modal } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import type { CreatedTokenDto } from '../../api/types.ts';
import { t } from '../../i18n/index.ts';
import '../../i18n/vi/users.ts';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function CreatedTokenDialog({ created, onClose }: { created: CreatedTokenDto | null; onClose: () => void }) {
  const { message } = App.useApp();
  return (
    <Modal
      open={!!created}
      title={t('users.tokenCreated')}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose}>
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
  );
}
