// What a batch would change on its effective date: the refusals (nothing is written while there are any),
// each changing unit before and after, and the units standing that day counted by kind.
import { Alert, Descriptions, Table, Tag, Typography } from 'antd';
import { UNIT_KINDS, UNIT_KIND_LABELS, type OrgBatchPreviewDto, type UnitKind } from '@dvcq/shared';
import { formatNumberVi } from '@dvcq/domain';
import { t } from '../../i18n/index.ts';
import { showDate } from '../../lib/format.ts';
import '../../i18n/vi/org.ts';

type Change = OrgBatchPreviewDto['changes'][number];
type State = NonNullable<Change['before']>;

function StateCell({ state, gone }: { state: State | null; gone: string }) {
  if (!state) return <Tag>{gone}</Tag>;
  return (
    <div style={{ minWidth: 220, whiteSpace: 'normal' }}>
      <div style={{ fontWeight: 500 }}>{state.name}</div>
      <Typography.Text type="secondary">
        {[UNIT_KIND_LABELS[state.kind], state.code, state.parentName ? t('restructure.under', { parent: state.parentName }) : null]
          .filter(Boolean)
          .join(' · ')}
      </Typography.Text>
    </div>
  );
}

export function BatchPreview({ preview, describe }: { preview: OrgBatchPreviewDto; describe: (eventIndex: number) => string }) {
  const kinds = UNIT_KINDS.filter((k) => (preview.countsBefore[k] ?? 0) + (preview.countsAfter[k] ?? 0) > 0);
  return (
    <div data-testid="batch-preview">
      {preview.problems.length > 0 ? (
        <Alert
          type="error"
          showIcon
          title={t('restructure.previewProblems', { count: formatNumberVi(preview.problems.length) })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {preview.problems.map((p, i) => (
                <li key={i}>{t('restructure.problemLine', { n: p.eventIndex + 1, event: describe(p.eventIndex), message: p.message })}</li>
              ))}
            </ul>
          }
          style={{ marginBottom: 12 }}
        />
      ) : (
        <Alert
          type="success"
          showIcon
          title={t('restructure.previewOk', { date: showDate(preview.effectiveDate), count: formatNumberVi(preview.changes.length) })}
          style={{ marginBottom: 12 }}
        />
      )}
      <Descriptions
        size="small"
        bordered
        column={1}
        style={{ marginBottom: 12 }}
        items={kinds.map((k: UnitKind) => ({
          key: k,
          label: UNIT_KIND_LABELS[k],
          children: t('restructure.countChange', {
            before: formatNumberVi(preview.countsBefore[k] ?? 0),
            after: formatNumberVi(preview.countsAfter[k] ?? 0),
          }),
        }))}
      />
      <Table<Change>
        rowKey="unitId"
        size="small"
        dataSource={preview.changes}
        pagination={preview.changes.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('restructure.before'),
            render: (_, c) => <StateCell state={c.before} gone={t('restructure.notYet')} />,
          },
          {
            title: t('restructure.after'),
            render: (_, c) => <StateCell state={c.after} gone={t('restructure.noLonger')} />,
          },
        ]}
      />
    </div>
  );
}
