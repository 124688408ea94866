// Consolidation of a period: totals over accepted reports (with how many units stand behind each
// figure), units not yet accepted, and the units' texts by section for the coordinator to edit into
// the province's own report; exports to Word (Decree 30) and Excel.
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Input, List, Space, Table, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { ROLLUP_RULE_LABELS, type ConsolidationFigureDto, type ExportConsolidationDocxRequest } from '@dvcq/shared';
import { errorMessage } from '../../api/client.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { t } from '../../i18n/index.ts';
import { tRich } from '../../i18n/rich.tsx';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { ReportStatusTag } from './ReportStatusTag.tsx';
import { reportsApi, useConsolidation } from './reportsApi.ts';
import { showValue } from './values.ts';

export function ConsolidationPage() {
  usePageTitle(t('reports.consolidation.pageTitle'));
  const [params] = useSearchParams();
  const q = {
    planId: params.get('planId') ?? '',
    periodKind: params.get('periodKind') ?? '',
    periodYear: Number(params.get('periodYear')),
    unitId: params.get('unitId') ?? undefined,
  };
  const data = useConsolidation(q);
  const storage = `dvcq.consolidation.${q.planId}.${q.periodKind}.${q.periodYear}`;
  const [edited, setEdited] = useState<Record<string, string>>(
    () => JSON.parse(localStorage.getItem(storage) ?? '{}') as Record<string, string>,
  );
  useEffect(() => localStorage.setItem(storage, JSON.stringify(edited)), [edited, storage]);
  if (!q.planId) return <Alert type="info" showIcon title={t('reports.consolidation.pickPeriod')} />;
  if (data.error) return <Alert type="error" showIcon title={errorMessage(data.error)} />;
  const c = data.data;
  if (!c) return <Card loading />;
  const compose = (code: string) =>
    edited[code] ??
    c.sections
      .find((s) => s.code === code)!
      .entries.map((e) => `${e.unitName}: ${e.text}`)
      .join('\n\n');
  const docxBody = {
    planId: q.planId,
    periodKind: q.periodKind as ExportConsolidationDocxRequest['periodKind'],
    periodYear: q.periodYear,
    ...(q.unitId ? { unitId: q.unitId } : {}),
    sections: edited,
  };

  return (
    <div className="page">
      <Typography.Title level={2} className="page-title">
        {t('reports.consolidation.heading', { period: c.form.periodLabel.toLowerCase(), unit: c.root.name })}
      </Typography.Title>
      <Card style={{ marginBottom: 12 }}>
        <Space wrap>
          <Typography.Text>
            {tRich(
              'reports.consolidation.accepted',
              { accepted: c.acceptedCount, expected: c.expectedCount },
              { b: (s) => <b data-testid="accepted-count">{s}</b> },
            )}
          </Typography.Text>
          <DownloadButton download={() => reportsApi.downloadConsolidationXlsx(q)}>{t('reports.consolidation.excel')}</DownloadButton>
          <DownloadButton type="primary" download={() => reportsApi.downloadConsolidationDocx(docxBody)}>
            {t('reports.consolidation.word')}
          </DownloadButton>
          <Link to="/bao-cao">{t('reports.backToList')}</Link>
        </Space>
      </Card>
      <Card title={t('reports.consolidation.figures')} style={{ marginBottom: 12 }}>
        <Table<ConsolidationFigureDto>
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={c.figures}
          columns={[
            {
              title: t('reports.consolidation.col.indicator'),
              render: (_, f) => (f.unit ? t('reports.indicatorLabel', { name: f.name, unit: f.unit }) : f.name),
            },
            { title: t('reports.consolidation.col.rule'), render: (_, f) => ROLLUP_RULE_LABELS[f.rule] },
            {
              title: t('reports.consolidation.col.total'),
              align: 'right',
              render: (_, f) => <span data-testid={`total-${f.code}`}>{f.rule === 'none' ? t('common.none') : showValue(f, f.value)}</span>,
            },
            { title: t('reports.consolidation.col.reportedBy'), align: 'center', render: (_, f) => `${f.reportedBy}/${f.expected}` },
          ]}
        />
      </Card>
      <Card title={t('reports.consolidation.missing', { count: c.missing.length })} style={{ marginBottom: 12 }}>
        <Space wrap>
          {c.missing.map((m) => (
            <Tag key={m.unitId}>
              {m.name} · <ReportStatusTag status={m.status} />
            </Tag>
          ))}
        </Space>
      </Card>
      <Card title={t('reports.consolidation.sections')}>
        {c.sections.map((s) => (
          <Card
            key={s.code}
            size="small"
            title={s.title}
            style={{ marginBottom: 12 }}
            extra={
              edited[s.code] !== undefined ? (
                <Button size="small" onClick={() => setEdited(({ [s.code]: _, ...rest }) => rest)}>
                  {t('reports.consolidation.recompose')}
                </Button>
              ) : null
            }
          >
            <List
              size="small"
              dataSource={s.entries}
              locale={{ emptyText: t('reports.consolidation.noEntries') }}
              renderItem={(e) => (
                <List.Item>
                  <b>{e.unitName}:</b>
                  {'\u00a0'}
                  <span style={{ whiteSpace: 'pre-wrap' }}>{e.text}</span>
                </List.Item>
              )}
            />
            <Input.TextArea
              aria-label={t('reports.consolidation.sectionLabel', { title: s.title })}
              autoSize={{ minRows: 3, maxRows: 20 }}
              value={compose(s.code)}
              onChange={(e) => setEdited((x) => ({ ...x, [s.code]: e.target.value }))}
            />
          </Card>
        ))}
      </Card>
    </div>
  );
}
