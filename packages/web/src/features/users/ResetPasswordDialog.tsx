// "Đặt lại mật khẩu": an administrator sets a temporary password the person must change at sign-in.
import { Form, Input, Modal } from 'antd';
import type { UserSummaryDto } from '../../api/types.ts';
import { SaveAlert } from '../../components/SaveAlert.tsx';
import { t } from '../../i18n/index.ts';
import { useSave } from '../../lib/useSave.ts';
import { passwordRules } from './userForm.ts';
import { usersApi } from './usersApi.ts';
import '../../i18n/vi/auth.ts';
import '../../i18n/vi/users.ts';

export function ResetPasswordDialog({ user, open, onClose }: { user: UserSummaryDto; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ newPassword: string }>();
  const save = useSave({
    form,
    fields: ['newPassword'],
    run: (v: { newPassword: string }) => usersApi.resetPassword(user.id, v.newPassword),
    success: t('users.resetDone'),
    successDuration: 6,
    onSuccess: onClose,
  });
  return (
    <Modal
      open={open}
      title={`${t('users.resetPassword')} — ${user.fullName}`}
      okText={t('users.resetPassword')}
      onOk={() => void save.submit()}
      confirmLoading={save.pending}
      onCancel={onClose}
      destroyOnHidden
    >
      <SaveAlert save={save} style={{ marginBottom: 12 }} />
      <Form form={form} layout="vertical">
        <Form.Item label={t('password.new')} name="newPassword" rules={passwordRules} extra={t('users.passwordHint')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
