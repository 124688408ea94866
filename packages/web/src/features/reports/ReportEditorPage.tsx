// One unit's report for one obligation: the officer drafts (sections, figures, cut-off date, files)
// with autosave; the leader signs and submits; the receiving coordinator returns it with comments per
// section or accepts it (and may reopen it with a reason). Every submitted version can be compared.
import { useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Form, Input, List, Row, Space, Tabs, Tag, Typography, Upload } from 'antd';
import { FileSearchOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { ReportDetailDto, ReportIndicatorDto } from '@dvcq/shared';
import { errorMessage, newRequestKey } from '../../api/client.ts';
import { uploadUnitFile } from '../../api/files.ts';
import { DateInput } from '../../components/DateInput.tsx';
import { TextTableHint } from '../../components/TextTableHint.tsx';
import { t } from '../../i18n/index.ts';
import { showDate, showDateTime, showNumber } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { useSave } from '../../lib/useSave.ts';
import { needsSaveBeforeSubmit, prefillNote } from './draftState.ts';
import { SourceLists } from './SourceLists.tsx';
import { ImportReportDialog } from './ImportReportDialog.tsx';
import { ReopenReportDialog } from './ReopenReportDialog.tsx';
import { ReportStatusTag } from './ReportStatusTag.tsx';
import { reportKeys, reportsApi, useReport } from './reportsApi.ts';
import { useReportDraft, type SaveState } from './useReportDraft.ts';
import { parseTyped, showTyped, showValue } from './values.ts';
import { VersionCompare } from './VersionCompare.tsx';
import '../../i18n/vi/reports.ts';

const MAX_UPLOAD_MB = 20;
const ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.png,.jpg,.jpeg';

/** "Báo cáo 6 tháng đầu năm 2025" inside a sentence: the period label starts lower-case. */
const inSentence = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

export function ReportEditorPage() {
  const { obligationId = '' } = useParams();
  const query = useReport(obligationId);
  usePageTitle(
    query.data ? t('reports.pageTitleOne', { period: query.data.periodLabel, unit: query.data.unit.name }) : t('reports.pageTitle'),
  );
  if (query.error) return <Alert type="error" showIcon title={errorMessage(query.error)} />;
  if (!query.data) return <Card loading />;
  return <ReportEditor key={`${obligationId}`} initial={query.data} />;
}

function SaveBadge({ state, savedAt }: { state: SaveState; savedAt: string | null }) {
  const text: Record<SaveState, string> = {
    idle: savedAt ? t('reports.save.savedAt', { time: showDateTime(savedAt) }) : t('reports.save.nothing'),
    saved: t('reports.save.savedAt', { time: showDateTime(savedAt) }),
    dirty: t('reports.save.dirty'),
    saving: t('reports.save.saving'),
    error: t('reports.save.error'),
    conflict: t('reports.save.conflict'),
  };
  const color: Record<SaveState, string> = {
    idle: 'default',
    saved: 'green',
    dirty: 'blue',
    saving: 'blue',
    error: 'orange',
    conflict: 'red',
  };
  return (
    <Tag color={color[state]} data-testid="save-state" role="status">
      {text[state]}
    </Tag>
  );
}

interface WorkflowStep {
  call: () => Promise<ReportDetailDto>;
  done: string;
}

function ReportEditor({ initial }: { initial: ReportDetailDto }) {
  const client = useQueryClient();
  const { message, modal } = App.useApp();
  const [report, setReport] = useState(initial);
  const draft = useReportDraft(initial, (saved) => setReport(saved));
  const [signerTitle, setSignerTitle] = useState('');
  const [generalComment, setGeneralComment] = useState('');
  const [sectionComments, setSectionComments] = useState<Record<string, string>>({});
  const [reopenOpen, setReopenOpen] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  const form = report.form;
  const editable = report.can.edit;
  const lastReturn = [...report.reviews].reverse().find((r) => r.decision === 'returned' || r.decision === 'reopened');
  const showReturn = report.status === 'returned' && lastReturn;

  // Submit, return, accept, reopen: the fresh report replaces the draft; the server's field messages
  // (e.g. a missing required figure) sit next to the fields.
  const step = useSave({
    run: (s: WorkflowStep) => s.call(),
    onSuccess: (fresh) => {
      setReport(fresh);
      draft.reset(fresh);
      client.setQueryData(reportKeys.one(fresh.obligationId), fresh);
    },
    invalidate: [reportKeys.lists],
    success: (_, s) => s.done,
  });
  const workflowErrors = step.fieldErrors;

  const submit = async () => {
    if (needsSaveBeforeSubmit(draft.state) && !(await draft.save())) {
      void message.error(t('reports.submitNotSaved'));
      return;
    }
    await step.run({
      call: () =>
        reportsApi.submit(report.obligationId, {
          expectedVersion: draft.version(),
          requestKey: newRequestKey(),
          signerTitle: signerTitle || null,
        }),
      done: t('reports.submitted'),
    });
  };

  const reload = async (keepLocal: boolean) => {
    try {
      const fresh = await reportsApi.get(report.obligationId);
      setReport(fresh);
      draft.reset(fresh, keepLocal);
      if (keepLocal) void draft.save();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  const onUpload = async (file: File) => {
    if (file.size > MAX_UPLOAD_MB * 1024 * 1024) {
      void message.error(t('reports.attachTooLarge', { name: file.name, mb: MAX_UPLOAD_MB }));
      return;
    }
    try {
      const stored = await uploadUnitFile(report.unit.id, file);
      draft.update((c) => ({
        ...c,
        attachments: [
          ...c.attachments,
          { fileId: stored.id, filename: stored.filename, contentType: stored.contentType, sizeBytes: stored.sizeBytes },
        ],
      }));
      void message.success(t('reports.attached', { name: stored.filename }));
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  const figuresGroup = t('reports.figuresGroup');
  const groups = new Map<string, ReportIndicatorDto[]>();
  for (const ind of form?.indicators ?? []) groups.set(ind.group ?? figuresGroup, [...(groups.get(ind.group ?? figuresGroup) ?? []), ind]);
  const valueError = (code: string) => draft.fieldErrors[code] ?? draft.serverErrors[`values.${code}`] ?? workflowErrors[`values.${code}`];
  const placeholder = (ind: ReportIndicatorDto) =>
    ind.type === 'money'
      ? t('reports.placeholder.money')
      : ind.type === 'date'
        ? t('common.dateFormatHint')
        : ind.type === 'percent'
          ? t('reports.placeholder.percent')
          : '';

  const applyImport = (p: { sections: Record<string, string>; values: Record<string, number>; cutOffDate: string | null }) => {
    const typed: Record<string, string> = {};
    for (const [code, v] of Object.entries(p.values)) {
      const ind = form?.indicators.find((i) => i.code === code);
      if (ind) typed[code] = showTyped(ind, v);
    }
    draft.update((c) => ({
      ...c,
      sections: { ...c.sections, ...p.sections },
      typed: { ...c.typed, ...typed },
      cutOffDate: p.cutOffDate ?? c.cutOffDate,
    }));
    setImportOpen(false);
    void message.success(t('reports.import.applied'));
  };

  const editorTab = (
    <div>
      {editable && form && (
        <div style={{ marginBottom: 12 }}>
          <Button icon={<FileSearchOutlined />} onClick={() => setImportOpen(true)} data-testid="report-import-open">
            {t('reports.import.open')}
          </Button>
          <ImportReportDialog
            open={importOpen}
            obligationId={report.obligationId}
            form={form}
            onCancel={() => setImportOpen(false)}
            onApply={applyImport}
          />
        </div>
      )}
      {(form?.sections ?? []).map((s, i) => (
        <Card key={s.code} size="small" title={t('reports.sectionTitle', { number: i + 1, title: s.title })} style={{ marginBottom: 12 }}>
          {showReturn && lastReturn.sectionComments[s.code] && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 8 }}
              title={t('reports.sectionComment', { name: lastReturn.decidedByName, comment: lastReturn.sectionComments[s.code]! })}
            />
          )}
          {editable ? (
            <>
              <Input.TextArea
                aria-label={t('reports.sectionLabel', { title: s.title })}
                autoSize={{ minRows: 4, maxRows: 30 }}
                value={draft.content.sections[s.code] ?? ''}
                placeholder={s.hint ?? t('reports.sectionPlaceholder')}
                onChange={(e) => {
                  const text = e.target.value;
                  draft.update((c) => ({ ...c, sections: { ...c.sections, [s.code]: text } }));
                }}
              />
              <TextTableHint />
            </>
          ) : (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
              {report.sections[s.code] || <Typography.Text type="secondary">{t('reports.sectionEmpty')}</Typography.Text>}
            </Typography.Paragraph>
          )}
          {report.can.review && (
            <Input.TextArea
              aria-label={t('reports.sectionCommentLabel', { title: s.title })}
              style={{ marginTop: 8 }}
              autoSize={{ minRows: 1, maxRows: 6 }}
              placeholder={t('reports.sectionCommentPlaceholder')}
              value={sectionComments[s.code] ?? ''}
              onChange={(e) => setSectionComments((c) => ({ ...c, [s.code]: e.target.value }))}
            />
          )}
        </Card>
      ))}
      {editable && <SourceLists title={t('reports.prefill.title')} hint={t('reports.prefill.hint')} lists={report.prefill.lists} />}
      {[...groups.entries()].map(([group, inds]) => (
        <Card key={group} size="small" title={group} style={{ marginBottom: 12 }}>
          <Form layout="vertical" component="div">
            <Row gutter={16}>
              {inds.map((ind) => (
                <Col xs={24} md={12} xl={8} key={ind.code}>
                  <Form.Item
                    label={ind.unit ? t('reports.indicatorLabel', { name: ind.name, unit: ind.unit }) : ind.name}
                    required={ind.required}
                    validateStatus={valueError(ind.code) ? 'error' : undefined}
                    help={valueError(ind.code)}
                    extra={editable ? prefillNote(report, ind, draft.content.typed[ind.code] ?? '') : undefined}
                  >
                    {editable ? (
                      <Input
                        aria-label={ind.name}
                        inputMode={ind.type === 'text' || ind.type === 'date' ? undefined : 'decimal'}
                        value={draft.content.typed[ind.code] ?? ''}
                        placeholder={placeholder(ind)}
                        suffix={ind.type === 'money' ? t('reports.suffix.money') : ind.type === 'percent' ? '%' : undefined}
                        onChange={(e) => {
                          const text = e.target.value;
                          draft.update((c) => ({ ...c, typed: { ...c.typed, [ind.code]: text } }));
                        }}
                        onBlur={() => {
                          const p = parseTyped(ind, draft.content.typed[ind.code] ?? '');
                          if (p.ok && typeof p.value === 'number') {
                            const shown = showTyped(ind, p.value);
                            if (shown !== draft.content.typed[ind.code])
                              draft.update((c) => ({ ...c, typed: { ...c.typed, [ind.code]: shown } }));
                          }
                        }}
                      />
                    ) : (
                      <Typography.Text strong>{showValue(ind, report.values[ind.code])}</Typography.Text>
                    )}
                  </Form.Item>
                </Col>
              ))}
            </Row>
          </Form>
        </Card>
      ))}
      <Card size="small" title={t('reports.cutOffTitle')} style={{ marginBottom: 12 }}>
        <Form layout="vertical" component="div">
          <Form.Item
            label={
              report.dataWindow
                ? t('reports.cutOffWindow', { start: showDate(report.dataWindow.start), end: showDate(report.dataWindow.end) })
                : t('reports.cutOff')
            }
            required
            validateStatus={draft.serverErrors.cutOffDate || workflowErrors.cutOffDate ? 'error' : undefined}
            help={draft.serverErrors.cutOffDate ?? workflowErrors.cutOffDate}
          >
            {editable ? (
              <DateInput
                aria-label={t('reports.cutOffLabel')}
                style={{ maxWidth: 320 }}
                value={draft.content.cutOffDate}
                onChange={(d) => draft.update((c) => ({ ...c, cutOffDate: d }))}
              />
            ) : (
              <Typography.Text strong>{showDate(report.cutOffDate)}</Typography.Text>
            )}
          </Form.Item>
        </Form>
        <List
          size="small"
          dataSource={editable ? draft.content.attachments : report.attachments}
          locale={{ emptyText: t('reports.noAttachments') }}
          renderItem={(a) => (
            <List.Item
              actions={
                editable
                  ? [
                      <Button
                        key="rm"
                        size="small"
                        danger
                        type="link"
                        onClick={() => draft.update((c) => ({ ...c, attachments: c.attachments.filter((x) => x.fileId !== a.fileId) }))}
                      >
                        {t('reports.removeAttachment')}
                      </Button>,
                    ]
                  : []
              }
            >
              <a href={`/api/files/${a.fileId}`}>
                <PaperClipOutlined /> {a.filename}
              </a>{' '}
              <Typography.Text type="secondary">{t('files.sizeKb', { size: showNumber(Math.ceil(a.sizeBytes / 1024)) })}</Typography.Text>
            </List.Item>
          )}
        />
        {editable && (
          <Upload accept={ACCEPT} showUploadList={false} beforeUpload={(file) => (void onUpload(file), false)}>
            <Button icon={<UploadOutlined />} style={{ marginTop: 8 }}>
              {t('reports.attach', { mb: MAX_UPLOAD_MB })}
            </Button>
          </Upload>
        )}
      </Card>
    </div>
  );

  const decisionLabel = (d: string) =>
    d === 'accepted' ? t('reports.history.accepted') : d === 'returned' ? t('reports.history.returned') : t('reports.history.reopened');

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('reports.heading', { period: inSentence(report.periodLabel), unit: report.unit.name })}
      </Typography.Title>
      <Card style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('reports.field.plan')}>
            {report.plan.number ? `${report.plan.number} — ` : ''}
            {report.plan.title}
          </Descriptions.Item>
          <Descriptions.Item label={t('reports.field.deadline')}>{report.deadlinePhrase || showDate(report.dueDate)}</Descriptions.Item>
          <Descriptions.Item label={t('reports.field.status')}>
            <ReportStatusTag status={report.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('reports.field.firstSubmitted')}>{showDateTime(report.firstSubmittedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('reports.field.signer')}>
            {report.signerName ? [report.signerName, report.signerTitle].filter(Boolean).join(', ') : t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('reports.field.draft')}>
            <SaveBadge state={editable ? draft.state : 'idle'} savedAt={draft.savedAt} />
          </Descriptions.Item>
        </Descriptions>
        <Link to="/bao-cao">{t('reports.backToList')}</Link>
      </Card>
      {!form && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('reports.noForm')} />}
      {draft.restored === 'same' && (
        <Alert
          type="info"
          showIcon
          closable
          onClose={draft.dismissRestored}
          style={{ marginBottom: 12 }}
          title={t('reports.restoredSame')}
        />
      )}
      {draft.restored === 'older' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('reports.restoredOlder')}
          action={
            <Space>
              <Button size="small" onClick={draft.restoreLocal}>
                {t('reports.useLocal')}
              </Button>
              <Button size="small" onClick={draft.dismissRestored}>
                {t('reports.ignoreLocal')}
              </Button>
            </Space>
          }
        />
      )}
      {draft.state === 'conflict' && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={draft.message}
          action={
            <Space direction="vertical">
              <Button size="small" onClick={() => void reload(false)}>
                {t('reports.conflict.reload')}
              </Button>
              <Button size="small" danger onClick={() => void reload(true)}>
                {t('reports.conflict.keepMine')}
              </Button>
            </Space>
          }
        />
      )}
      {draft.state === 'error' && draft.message && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={draft.message} />}
      {showReturn && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={
            lastReturn.decision === 'reopened'
              ? t('reports.reopenedOn', { time: showDateTime(lastReturn.decidedAt) })
              : t('reports.returnedOn', { time: showDateTime(lastReturn.decidedAt), name: lastReturn.decidedByName })
          }
          description={lastReturn.comment ?? t('reports.seeSectionComments')}
        />
      )}
      {report.problems.length > 0 && editable && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('reports.problemsTitle')}
          description={
            <ul style={{ margin: 0 }}>
              {report.problems.map((p) => (
                <li key={p.field + p.code}>{p.message}</li>
              ))}
            </ul>
          }
        />
      )}
      <Tabs
        items={[
          { key: 'edit', label: editable ? t('reports.tab.edit') : t('reports.tab.view'), children: editorTab },
          {
            key: 'versions',
            label: t('reports.tab.versions', { count: report.versions.length }),
            children: <VersionCompare report={report} />,
          },
          {
            key: 'history',
            label: t('reports.tab.history'),
            children: (
              <List
                dataSource={report.reviews}
                locale={{ emptyText: t('reports.history.empty') }}
                renderItem={(r) => (
                  <List.Item>
                    <div>
                      <Tag color={r.decision === 'accepted' ? 'green' : 'red'}>{decisionLabel(r.decision)}</Tag>
                      {showDateTime(r.decidedAt)} — {r.decidedByName} {t('reports.history.round', { number: r.versionNumber })}
                      {r.comment && <div style={{ whiteSpace: 'pre-wrap' }}>{r.comment}</div>}
                      {Object.entries(r.sectionComments).map(([code, text]) => (
                        <div key={code}>
                          <b>{form?.sections.find((s) => s.code === code)?.title ?? code}:</b> {text}
                        </div>
                      ))}
                    </div>
                  </List.Item>
                )}
              />
            ),
          },
        ]}
      />
      <Card style={{ marginTop: 12 }}>
        <Space wrap>
          {editable && (
            <Button onClick={() => void draft.save()} loading={draft.state === 'saving'}>
              {t('reports.saveNow')}
            </Button>
          )}
          {report.can.submit && (
            <>
              <Input
                aria-label={t('reports.signerTitleLabel')}
                style={{ width: 220 }}
                placeholder={t('reports.signerTitlePlaceholder')}
                value={signerTitle}
                onChange={(e) => setSignerTitle(e.target.value)}
              />
              <Button
                type="primary"
                loading={step.pending}
                onClick={() =>
                  modal.confirm({
                    title: t('reports.submitConfirmTitle'),
                    content: t('reports.submitConfirm'),
                    okText: t('reports.submitOk'),
                    cancelText: t('common.cancel'),
                    onOk: submit,
                  })
                }
              >
                {t('reports.submit')}
              </Button>
            </>
          )}
          {report.can.review && (
            <>
              <Input.TextArea
                aria-label={t('reports.generalComment')}
                style={{ width: 420 }}
                autoSize={{ minRows: 1, maxRows: 5 }}
                placeholder={t('reports.generalComment')}
                value={generalComment}
                onChange={(e) => setGeneralComment(e.target.value)}
              />
              <Button
                danger
                loading={step.pending}
                onClick={() =>
                  void step.run({
                    call: () =>
                      reportsApi.returnReport(report.obligationId, {
                        expectedVersion: report.version,
                        requestKey: newRequestKey(),
                        comment: generalComment.trim() || null,
                        sectionComments,
                      }),
                    done: t('reports.returned'),
                  })
                }
              >
                {t('reports.return')}
              </Button>
              <Button
                type="primary"
                loading={step.pending}
                onClick={() =>
                  void step.run({
                    call: () =>
                      reportsApi.accept(report.obligationId, {
                        expectedVersion: report.version,
                        requestKey: newRequestKey(),
                        comment: generalComment.trim() || null,
                      }),
                    done: t('reports.accepted'),
                  })
                }
              >
                {t('reports.accept')}
              </Button>
            </>
          )}
          {report.can.reopen && <Button onClick={() => setReopenOpen(true)}>{t('reports.reopen')}</Button>}
        </Space>
        {workflowErrors.comment && <Typography.Text type="danger">{workflowErrors.comment}</Typography.Text>}
      </Card>
      <ReopenReportDialog
        open={reopenOpen}
        busy={step.pending}
        onCancel={() => setReopenOpen(false)}
        onReopen={async (reason) => {
          const done = await step.run({
            call: () => reportsApi.reopen(report.obligationId, { expectedVersion: report.version, requestKey: newRequestKey(), reason }),
            done: t('reports.reopened'),
          });
          if (done) setReopenOpen(false);
        }}
      />
    </div>
  );
}
