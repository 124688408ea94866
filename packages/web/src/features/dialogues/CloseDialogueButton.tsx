// "Đóng hồ sơ": the unit closes a dialogue's record after a confirmation; from then on it is read-only
// (the conclusions' follow-ups go on) until a coordinator reopens it.
import { LockOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import type { DialogueDto } from '@dvcq/shared';
import { t } from '../../i18n/index.ts';
import { showDate } from '../../lib/format.ts';
import { useSave } from '../../lib/useSave.ts';
import { dialogueKeys, dialoguesApi } from './dialoguesApi.ts';
import '../../i18n/vi/dialogues.ts';

export function CloseDialogueButton({ dialogue }: { dialogue: DialogueDto }) {
  const close = useSave({
    run: () => dialoguesApi.close(dialogue),
    invalidate: [dialogueKeys.all],
    errorDisplay: 'toast',
    success: t('dialogues.closedSaved'),
  });
  return (
    <Popconfirm
      title={t('dialogues.closeConfirm', { date: showDate(dialogue.heldOn) })}
      okText={t('dialogues.close')}
      cancelText={t('common.cancel')}
      onConfirm={() => close.run(undefined)}
    >
      <Button size="small" icon={<LockOutlined />} loading={close.pending}>
        {t('dialogues.close')}
      </Button>
    </Popconfirm>
  );
}
