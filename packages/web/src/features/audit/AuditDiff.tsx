import { useState } from 'react';
import { Space, Switch, Table, Typography } from 'antd';
import { ROLE_LABELS, UNIT_KIND_LABELS, type Role, type UnitKind } from '@dvcq/shared';
import { t } from '../../i18n/index.ts';
import { AUDIT_FIELD_LABELS_VI, AUDIT_HIDDEN_FIELDS } from '../../i18n/vi/audit.ts';
import { showDate, showDateTime } from '../../lib/format.ts';

interface DiffRow {
  key: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function diffRows(before: unknown, after: unknown): DiffRow[] {
  if (!isPlainObject(before) && !isPlainObject(after)) {
    if (before == null && after == null) return [];
    return [{ key: '', before, after, changed: !same(before, after) }];
  }
  const b = isPlainObject(before) ? before : {};
  const a = isPlainObject(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !AUDIT_HIDDEN_FIELDS.has(k));
  return keys.map((key) => ({
    key,
    before: before == null ? undefined : b[key],
    after: after == null ? undefined : a[key],
    changed: !same(b[key], a[key]),
  }));
}

/** A snapshot field's name for people; never the internal key. */
export const auditFieldLabel = (key: string): string => AUDIT_FIELD_LABELS_VI[key] ?? t('audit.otherField');

/** Renders a snapshot value readably: labels for known vocabularies, dd/mm/yyyy for dates. */
function Value({ field, value }: { field: string; value: unknown }) {
  if (value === undefined) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  if (value === null || value === '') return <Typography.Text type="secondary">{t('audit.empty')}</Typography.Text>;
  if (typeof value === 'boolean') return <>{value ? t('common.yes') : t('common.no')}</>;
  if (typeof value === 'string') {
    if (field === 'kind' && value in UNIT_KIND_LABELS) return <>{UNIT_KIND_LABELS[value as UnitKind]}</>;
    if (field === 'role' && value in ROLE_LABELS) return <>{ROLE_LABELS[value as Role]}</>;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return <>{showDate(value)}</>;
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return <>{showDateTime(value)}</>;
    return <span className="diff-text">{value}</span>;
  }
  return <span className="diff-value">{JSON.stringify(value, null, 2)}</span>;
}

export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const rows = diffRows(before, after);
  const changedCount = rows.filter((r) => r.changed).length;
  const [changedOnly, setChangedOnly] = useState(before != null && after != null && changedCount > 0);
  if (!rows.length) return <Typography.Text type="secondary">{t('audit.noDiff')}</Typography.Text>;
  const shown = changedOnly ? rows.filter((r) => r.changed) : rows;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {before != null && after != null && (
        <label>
          <Space>
            <Switch size="small" checked={changedOnly} onChange={setChangedOnly} />
            {t('audit.changedOnly')}
          </Space>
        </label>
      )}
      <Table<DiffRow>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={shown}
        scroll={{ x: 'max-content' }}
        rowClassName={(r) => (r.changed && before != null && after != null ? 'diff-changed' : '')}
        columns={[
          {
            title: t('audit.field'),
            dataIndex: 'key',
            render: (k: string, r) => (
              <span className={r.changed ? 'diff-key-changed' : undefined}>
                {auditFieldLabel(k)}
                {r.changed && before != null && after != null && (
                  <Typography.Text type="warning" style={{ marginInlineStart: 6, fontWeight: 400, fontSize: 12 }}>
                    ({t('audit.changed')})
                  </Typography.Text>
                )}
              </span>
            ),
          },
          ...(before != null
            ? [
                {
                  title: t('audit.before'),
                  dataIndex: 'before',
                  render: (v: unknown, r: DiffRow) => (
                    <span className={r.changed ? 'diff-before' : undefined}>
                      <Value field={r.key} value={v} />
                    </span>
                  ),
                },
              ]
            : []),
          ...(after != null
            ? [
                {
                  title: t('audit.after'),
                  dataIndex: 'after',
                  render: (v: unknown, r: DiffRow) => (
                    <span className={r.changed ? 'diff-after' : undefined}>
                      <Value field={r.key} value={v} />
                    </span>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Space>
  );
}
