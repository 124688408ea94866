import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { UNIT_KINDS, UNIT_KIND_LABELS, type UnitKind } from '@dvcq/shared';
import { ApiError, api } from '../../api/client.ts';
import type { OrgUnitDetailDto, OrgUnitDto } from '../../api/types.ts';
import { t } from '../../i18n/index.ts';
import { applyServerErrors } from '../../lib/forms.ts';
import { DATE_FORMAT, showDate, toIsoDate, todayInProvince } from '../../lib/format.ts';
import { orgKeys } from './orgApi.ts';
import { subtreeIds } from './orgTree.ts';
import { UnitTreeSelect } from './UnitTreeSelect.tsx';

const kindOptions = UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }));
const required = (field: string) => ({ required: true, whitespace: true, message: t('common.required', { field: field.toLowerCase() }) });
const requiredSelect = (field: string) => ({ required: true, message: t('common.requiredSelect', { field: field.toLowerCase() }) });

/** Suggests the kind of a new child from its parent's kind. */
function defaultChildKind(parent: UnitKind): UnitKind {
  if (parent === 'province') return 'department';
  if (parent === 'district') return 'commune';
  return 'division';
}

function useInvalidateOrg() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: orgKeys.all });
}

interface AddValues {
  kind: UnitKind;
  code: string;
  name: string;
  shortName?: string;
  validFrom: Dayjs;
}

export function AddChildModal({ open, parent, onClose, onCreated }: { open: boolean; parent: OrgUnitDetailDto; onClose: () => void; onCreated: (id: string) => void }) {
  const [form] = Form.useForm<AddValues>();
  const [summary, setSummary] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const invalidate = useInvalidateOrg();
  const { message } = App.useApp();

  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    setSummary(null);
    try {
      const created = await api.post<OrgUnitDto>('/api/org-units', {
        parentId: parent.id,
        kind: v.kind,
        code: v.code.trim(),
        name: v.name,
        shortName: v.shortName || null,
        validFrom: toIsoDate(v.validFrom),
      });
      await invalidate();
      void message.success(t('org.created', { name: created.name }));
      form.resetFields();
      onClose();
      onCreated(created.id);
    } catch (e) {
      setSummary(applyServerErrors(form, e, ['kind', 'code', 'name', 'shortName', 'validFrom']).summary);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={`${t('org.addChild')} — ${parent.name}`}
      okText={t('common.save')}
      onOk={() => void submit().catch(() => undefined)}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
    >
      {summary && <Alert type="error" showIcon title={summary} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: defaultChildKind(parent.kind), validFrom: todayInProvince() }}
      >
        <Form.Item label={t('org.name')} name="name" rules={[required(t('org.name'))]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item label={t('org.code')} name="code" rules={[required(t('org.code'))]} extra={`${parent.code}.…`}>
          <Input maxLength={50} autoCapitalize="characters" spellCheck={false} placeholder={`${parent.code}.`} />
        </Form.Item>
        <Form.Item label={t('org.kind')} name="kind" rules={[requiredSelect(t('org.kind'))]}>
          <Select options={kindOptions} />
        </Form.Item>
        <Form.Item label={t('org.shortName')} name="shortName">
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label={t('org.validFrom')} name="validFrom" rules={[requiredSelect(t('org.validFrom'))]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} inputReadOnly={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface RenameValues {
  name: string;
  shortName?: string;
  kind: UnitKind;
  renamedOn: Dayjs;
}

export function RenameUnitModal({ open, unit, onClose, onReload }: { open: boolean; unit: OrgUnitDetailDto; onClose: () => void; onReload: () => void }) {
  const [form] = Form.useForm<RenameValues>();
  const [summary, setSummary] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const invalidate = useInvalidateOrg();
  const { message } = App.useApp();

  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    setSummary(null);
    setConflict(false);
    try {
      const nameChanged = v.name.trim() !== unit.name;
      await api.patch(`/api/org-units/${unit.id}`, {
        name: v.name,
        shortName: v.shortName || null,
        kind: v.kind,
        ...(nameChanged ? { renamedOn: toIsoDate(v.renamedOn) } : {}),
        expectedVersion: unit.version,
      });
      await invalidate();
      void message.success(t('org.renamed'));
      onClose();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'org.version_conflict') setConflict(true);
      setSummary(applyServerErrors(form, e, ['name', 'shortName', 'kind', 'renamedOn']).summary);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={`${t('org.rename')} — ${unit.name}`}
      okText={t('common.save')}
      onOk={() => void submit().catch(() => undefined)}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
    >
      {summary && (
        <Alert
          type={conflict ? 'warning' : 'error'}
          showIcon
          title={summary}
          style={{ marginBottom: 16 }}
          action={
            conflict ? (
              <Button
                size="small"
                onClick={() => {
                  onReload();
                  setConflict(false);
                  setSummary(t('org.conflictReloaded'));
                }}
              >
                {t('org.reload')}
              </Button>
            ) : undefined
          }
        />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ name: unit.name, shortName: unit.shortName ?? '', kind: unit.kind, renamedOn: todayInProvince() }}
      >
        <Form.Item label={t('org.newName')} name="name" rules={[required(t('org.name'))]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item label={t('org.renamedOn')} name="renamedOn" rules={[requiredSelect(t('org.renamedOn'))]} extra={`${t('org.validFrom')}: ${showDate(unit.validFrom)}`}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('org.shortName')} name="shortName">
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label={t('org.kind')} name="kind" rules={[requiredSelect(t('org.kind'))]}>
          <Select options={kindOptions} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function MoveUnitModal({ open, unit, onClose }: { open: boolean; unit: OrgUnitDetailDto; onClose: () => void }) {
  const [form] = Form.useForm<{ newParentId: string }>();
  const [summary, setSummary] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const invalidate = useInvalidateOrg();
  const client = useQueryClient();
  const { message } = App.useApp();
  const units = client.getQueryData<OrgUnitDto[]>(orgKeys.list(false)) ?? [];
  const blocked = subtreeIds(units, unit.id);

  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    setSummary(null);
    try {
      await api.post(`/api/org-units/${unit.id}/move`, { newParentId: v.newParentId, expectedVersion: unit.version });
      await invalidate();
      void message.success(t('org.moved'));
      onClose();
    } catch (e) {
      setSummary(applyServerErrors(form, e, ['newParentId']).summary);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={`${t('org.move')} — ${unit.name}`}
      okText={t('common.save')}
      onOk={() => void submit().catch(() => undefined)}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
    >
      {summary && <Alert type="error" showIcon title={summary} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={{ newParentId: unit.parentId ?? undefined }}>
        <Form.Item label={t('org.newParent')} name="newParentId" rules={[requiredSelect(t('org.newParent'))]}>
          <UnitTreeSelect isDisabled={(u) => blocked.has(u.id)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function CloseUnitModal({ open, unit, onClose }: { open: boolean; unit: OrgUnitDetailDto; onClose: () => void }) {
  const [form] = Form.useForm<{ closedOn: Dayjs; reason: string }>();
  const [summary, setSummary] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const invalidate = useInvalidateOrg();
  const { message, modal } = App.useApp();

  const save = async (v: { closedOn: Dayjs; reason: string }) => {
    setSaving(true);
    setSummary(null);
    try {
      await api.post(`/api/org-units/${unit.id}/close`, { closedOn: toIsoDate(v.closedOn), reason: v.reason });
      await invalidate();
      void message.success(t('org.closed'));
      onClose();
    } catch (e) {
      setSummary(applyServerErrors(form, e, ['closedOn', 'reason']).summary);
    } finally {
      setSaving(false);
    }
  };

  const submit = async () => {
    const v = await form.validateFields();
    modal.confirm({
      title: t('org.closeUnit'),
      content: t('org.closeConfirm', { name: unit.name, date: showDate(toIsoDate(v.closedOn)) }),
      okText: t('common.confirm'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => save(v),
    });
  };

  return (
    <Modal
      open={open}
      title={`${t('org.closeUnit')} — ${unit.name}`}
      okText={t('org.closeUnit')}
      okButtonProps={{ danger: true }}
      onOk={() => void submit().catch(() => undefined)}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
    >
      {summary && <Alert type="error" showIcon title={summary} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={{ closedOn: todayInProvince() }}>
        <Form.Item label={t('org.closedOn')} name="closedOn" rules={[requiredSelect(t('org.closedOn'))]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('org.reason')} name="reason" rules={[required(t('org.closedReason')), { min: 3, message: t('org.reason') }]}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
