// "Xóa": deletes a model still a draft or an exemplary person never commended, after a confirmation
// that names the record (the server refuses anything further along, with its message).
import { DeleteOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import { t } from '../../i18n/index.ts';
import { useSave } from '../../lib/useSave.ts';
import { movementApi, movementKeys } from './movementApi.ts';
import '../../i18n/vi/movement.ts';

export function DeleteRecordButton({
  kind,
  id,
  name,
  onDeleted,
}: {
  kind: 'model' | 'person';
  id: string;
  name: string;
  onDeleted?: () => void;
}) {
  const remove = useSave({
    run: () => (kind === 'model' ? movementApi.deleteModel(id) : movementApi.deletePerson(id)),
    invalidate: [movementKeys.all],
    errorDisplay: 'toast',
    success: (gone) => t(kind === 'model' ? 'movement.model.deleted' : 'movement.person.deleted', { name: gone.name }),
    ...(onDeleted ? { onSuccess: () => onDeleted() } : {}),
  });
  return (
    <Popconfirm
      title={t(kind === 'model' ? 'movement.model.deleteConfirm' : 'movement.person.deleteConfirm', { name })}
      okText={t('movement.delete')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onConfirm={() => remove.run(undefined)}
    >
      <Button size={kind === 'person' ? 'small' : 'middle'} danger icon={<DeleteOutlined />} loading={remove.pending}>
        {t('movement.delete')}
      </Button>
    </Popconfirm>
  );
}
