// "Đổi mật khẩu" from the header: the change-password form in a dialog.
import { App, Modal } from 'antd';
import { t } from '../../i18n/index.ts';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import '../../i18n/vi/auth.ts';

export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  return (
    <Modal open={open} title={t('password.title')} footer={null} onCancel={onClose} destroyOnHidden>
      <ChangePasswordForm
        onDone={() => {
          onClose();
          void message.success(t('password.changed'));
        }}
      />
    </Modal>
  );
}
