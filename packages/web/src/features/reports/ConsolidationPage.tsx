// Consolidation of a period: totals over accepted reports (with how many units stand behind each
// figure), units not yet accepted, and the units' texts by section for the coordinator to edit into
// the province's own report, saved on the server as versions; exports to Word (Decree 30) and Excel.
import type { ReactNode } from 'react';
import { Alert, Button, Card, Col, Form, Input, List, Row, Space, Table, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { ROLLUP_RULE_LABELS, type ConsolidationDto, type ConsolidationFigureDto, type ExportConsolidationDocxRequest } from '@dvcq/shared';
import { errorMessage } from '../../api/client.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { TextTableHint } from '../../components/TextTableHint.tsx';
import { t } from '../../i18n/index.ts';
import { tRich } from '../../i18n/rich.tsx';
import { showDateTime, showNumber } from '../../lib/format.ts';
import { DateInput } from '../../components/DateInput.tsx';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { MissingUnitsCard } from './MissingUnitsCard.tsx';
import { SourceLists } from './SourceLists.tsx';
import { reportsApi, useConsolidation, useConsolidationText } from './reportsApi.ts';
import { useConsolidationDraft, type DraftStatus } from './useConsolidationDraft.ts';
import { showValue } from './values.ts';
import '../../i18n/vi/reports.ts';

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
  const saved = useConsolidationText(q);
  const draft = useConsolidationDraft(q, saved.data);
  // Before the consolidation is there (no period chosen, an error, loading) the page still has its one h1.
  const untitled = (body: ReactNode) => (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('reports.consolidation.pageTitle')}
      </Typography.Title>
      {body}
    </div>
  );
  if (!q.planId) return untitled(<Alert type="info" showIcon title={t('reports.consolidation.pickPeriod')} />);
  const failure = data.error ?? saved.error;
  if (failure) return untitled(<Alert type="error" showIcon title={errorMessage(failure)} />);
  const c = data.data;
  const text = saved.data;
  const content = draft.content;
  if (!c || !text || !content) return untitled(<Card loading />);
  const edited = content.sections;
  const readOnly = !text.canEdit;
  const setSection = (code: string, value: string | undefined) => {
    const { [code]: _, ...rest } = edited;
    draft.update({ sections: value === undefined ? rest : { ...rest, [code]: value } });
  };
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
    number: content.number,
    issuedOn: content.issuedOn,
    signerName: content.signerName,
    signerTitle: content.signerTitle,
  };

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
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
          {text.canEdit && (
            <Button onClick={() => void draft.saveNow()} loading={draft.status === 'saving'} disabled={draft.status === 'saved'}>
              {t('reports.consolidation.saveVersion')}
            </Button>
          )}
          <Link to="/bao-cao">{t('reports.backToList')}</Link>
        </Space>
        <div style={{ marginTop: 8 }}>
          <Typography.Text
            type={draft.status === 'failed' || draft.status === 'conflict' ? 'danger' : 'secondary'}
            data-testid="consolidation-status"
          >
            {statusText(draft.status, text.version, text.savedAt, text.savedBy)}
          </Typography.Text>
        </div>
        {draft.restorable && (
          <Alert
            style={{ marginTop: 8 }}
            type="warning"
            showIcon
            title={t('reports.consolidation.localCopy')}
            action={
              <Space orientation="vertical">
                <Button size="small" type="primary" onClick={draft.restore}>
                  {t('reports.consolidation.restoreLocal')}
                </Button>
                <Button size="small" onClick={draft.discardLocal}>
                  {t('reports.consolidation.discardLocal')}
                </Button>
              </Space>
            }
          />
        )}
        {draft.status === 'conflict' && (
          <Alert
            style={{ marginTop: 8 }}
            type="error"
            showIcon
            title={draft.error}
            action={
              <Button size="small" onClick={() => void draft.reloadLatest()}>
                {t('reports.consolidation.loadLatest')}
              </Button>
            }
          />
        )}
        {draft.status === 'failed' && <Alert style={{ marginTop: 8 }} type="error" showIcon title={draft.error} />}
      </Card>
      <Card title={t('reports.consolidation.signature')} style={{ marginBottom: 12 }}>
        <Form layout="vertical" component="div">
          <Row gutter={12}>
            <Col xs={24} md={6}>
              <Form.Item label={t('reports.consolidation.number')} htmlFor="consolidation-number" style={{ marginBottom: 0 }}>
                <Input
                  id="consolidation-number"
                  readOnly={readOnly}
                  value={content.number ?? ''}
                  placeholder={t('reports.consolidation.numberHint')}
                  onChange={(e) => draft.update({ number: e.target.value.trim() ? e.target.value : null })}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item label={t('reports.consolidation.issuedOn')} htmlFor="consolidation-issued-on" style={{ marginBottom: 0 }}>
                <DateInput
                  id="consolidation-issued-on"
                  disabled={readOnly}
                  value={content.issuedOn ?? null}
                  onChange={(d) => draft.update({ issuedOn: d })}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item label={t('reports.consolidation.signerTitle')} htmlFor="consolidation-signer-title" style={{ marginBottom: 0 }}>
                <Input.TextArea
                  id="consolidation-signer-title"
                  readOnly={readOnly}
                  autoSize={{ minRows: 1, maxRows: 3 }}
                  value={content.signerTitle ?? ''}
                  placeholder={t('reports.consolidation.signerTitleHint')}
                  onChange={(e) => draft.update({ signerTitle: e.target.value.trim() ? e.target.value : null })}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item label={t('reports.consolidation.signerName')} htmlFor="consolidation-signer-name" style={{ marginBottom: 0 }}>
                <Input
                  id="consolidation-signer-name"
                  readOnly={readOnly}
                  value={content.signerName ?? ''}
                  onChange={(e) => draft.update({ signerName: e.target.value.trim() ? e.target.value : null })}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('reports.consolidation.draftNote')}
        </Typography.Paragraph>
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
      {c.records.figures.length > 0 && (
        <Card title={t('reports.records.title')} style={{ marginBottom: 12 }}>
          <Table<ConsolidationDto['records']['figures'][number]>
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={c.records.figures}
            columns={[
              { title: t('reports.records.figure'), dataIndex: 'label' },
              {
                title: t('reports.records.value'),
                align: 'right',
                render: (_, f) => <span data-testid={`record-${f.key}`}>{showNumber(f.value)}</span>,
              },
              {
                title: t('reports.consolidation.col.reportedBy'),
                align: 'center',
                render: (_, f) => t('reports.records.units', { count: f.unitsReported }),
              },
            ]}
          />
        </Card>
      )}
      <SourceLists title={t('reports.records.models')} lists={c.records.lists} />
      <MissingUnitsCard q={q} first={c.missing} />
      <Card title={t('reports.consolidation.sections')}>
        {c.sections.map((s) => (
          <Card
            key={s.code}
            size="small"
            title={s.title}
            style={{ marginBottom: 12 }}
            extra={
              edited[s.code] !== undefined ? (
                <Button size="small" disabled={readOnly} onClick={() => setSection(s.code, undefined)}>
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
              readOnly={readOnly}
              value={compose(s.code)}
              onChange={(e) => setSection(s.code, e.target.value)}
            />
            {!readOnly && <TextTableHint />}
          </Card>
        ))}
      </Card>
      {text.history.length > 0 && (
        <Card title={t('reports.consolidation.history')} size="small" style={{ marginTop: 12 }}>
          <List
            size="small"
            dataSource={text.history}
            renderItem={(h) => (
              <List.Item>
                {t('reports.consolidation.historyItem', { version: h.version, at: showDateTime(h.savedAt), by: h.savedBy ?? '—' })}
              </List.Item>
            )}
          />
        </Card>
      )}
    </div>
  );
}

function statusText(status: DraftStatus, version: number, savedAt: string | null, savedBy: string | null): string {
  switch (status) {
    case 'saving':
      return t('reports.consolidation.status.saving');
    case 'unsaved':
      return t('reports.consolidation.status.unsaved');
    case 'failed':
      return t('reports.consolidation.status.failed');
    case 'conflict':
      return t('reports.consolidation.status.conflict');
    default:
      return version === 0
        ? t('reports.consolidation.status.none')
        : t('reports.consolidation.status.saved', { version, at: showDateTime(savedAt), by: savedBy ?? '—' });
  }
}
