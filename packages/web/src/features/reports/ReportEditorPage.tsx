// One unit's report for one obligation: the officer drafts (sections, figures, cut-off date, files)
// with autosave; the leader signs and submits; the receiving coordinator returns it with comments per
// section or accepts it (and may reopen it with a reason). Every submitted version can be compared.
import { useState } from 'react';
import { Alert, App, Button, Card, Col, DatePicker, Descriptions, Form, Input, List, Modal, Row, Space, Tabs, Tag, Typography, Upload } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { Link, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReportDetailDto, ReportIndicatorDto } from '@dvcq/shared';
import { formatNumberVi } from '@dvcq/domain';
import { ApiError, errorMessage } from '../../api/client.ts';
import { DATE_FORMAT, showDate, showDateTime } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { ReportStatusTag } from './ReportStatusTag.tsx';
import { newKey, reportKeys, reportsApi, uploadFile } from './reportsApi.ts';
import { useReportDraft, type SaveState } from './useReportDraft.ts';
import { parseTyped, showTyped, showValue } from './values.ts';
import { VersionCompare } from './VersionCompare.tsx';

const MAX_UPLOAD_MB = 20;
const ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.png,.jpg,.jpeg';

export function ReportEditorPage() {
  const { obligationId = '' } = useParams();
  const query = useQuery({ queryKey: reportKeys.one(obligationId), queryFn: () => reportsApi.get(obligationId) });
  usePageTitle(query.data ? `Báo cáo ${query.data.periodLabel} — ${query.data.unit.name}` : 'Báo cáo');
  if (query.error) return <Alert type="error" showIcon title={errorMessage(query.error)} />;
  if (!query.data) return <Card loading />;
  return <ReportEditor key={`${obligationId}`} initial={query.data} />;
}

function SaveBadge({ state, savedAt }: { state: SaveState; savedAt: string | null }) {
  const text: Record<SaveState, string> = {
    idle: savedAt ? `Đã lưu lúc ${showDateTime(savedAt)}` : 'Chưa có nội dung',
    saved: `Đã lưu lúc ${showDateTime(savedAt)}`,
    dirty: 'Có thay đổi chưa lưu (đã giữ trên máy này)',
    saving: 'Đang lưu…',
    error: 'Chưa lưu được lên máy chủ (nội dung vẫn giữ trên máy này)',
    conflict: 'Xung đột phiên bản — chưa lưu',
  };
  const color: Record<SaveState, string> = { idle: 'default', saved: 'green', dirty: 'blue', saving: 'blue', error: 'orange', conflict: 'red' };
  return (
    <Tag color={color[state]} data-testid="save-state" role="status">
      {text[state]}
    </Tag>
  );
}

function ReportEditor({ initial }: { initial: ReportDetailDto }) {
  const client = useQueryClient();
  const { message, modal } = App.useApp();
  const [report, setReport] = useState(initial);
  const draft = useReportDraft(initial, (saved) => setReport(saved));
  const [busy, setBusy] = useState(false);
  const [signerTitle, setSignerTitle] = useState('');
  const [generalComment, setGeneralComment] = useState('');
  const [sectionComments, setSectionComments] = useState<Record<string, string>>({});
  const [reopenOpen, setReopenOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [workflowErrors, setWorkflowErrors] = useState<Record<string, string>>({});
  const form = report.form;
  const editable = report.can.edit;
  const lastReturn = [...report.reviews].reverse().find((r) => r.decision === 'returned' || r.decision === 'reopened');
  const showReturn = report.status === 'returned' && lastReturn;

  const applied = (fresh: ReportDetailDto, text: string) => {
    setReport(fresh);
    draft.reset(fresh);
    client.setQueryData(reportKeys.one(fresh.obligationId), fresh);
    void client.invalidateQueries({ queryKey: ['reports', 'list'] });
    setWorkflowErrors({});
    message.success(text);
  };
  const act = async (fn: () => Promise<ReportDetailDto>, text: string) => {
    setBusy(true);
    try {
      applied(await fn(), text);
      return true;
    } catch (e) {
      if (e instanceof ApiError) setWorkflowErrors(e.fields);
      message.error(errorMessage(e));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const submit = async () => {
    if (draft.state !== 'saved' && draft.state !== 'idle' && !(await draft.save())) {
      message.error('Chưa lưu được bản nháp; hãy sửa các ô được đánh dấu rồi gửi lại.');
      return;
    }
    await act(() => reportsApi.submit(report.obligationId, { expectedVersion: draft.version(), requestKey: newKey(), signerTitle: signerTitle || null }), 'Đã ký và gửi báo cáo.');
  };

  const reload = async (keepLocal: boolean) => {
    const fresh = await reportsApi.get(report.obligationId);
    setReport(fresh);
    draft.reset(fresh, keepLocal);
    if (keepLocal) void draft.save();
  };

  const onUpload = async (file: File) => {
    if (file.size > MAX_UPLOAD_MB * 1024 * 1024) {
      message.error(`Tệp "${file.name}" vượt quá dung lượng cho phép (${MAX_UPLOAD_MB} MB).`);
      return;
    }
    try {
      const stored = await uploadFile(report.unit.id, file);
      draft.update((c) => ({ ...c, attachments: [...c.attachments, { fileId: stored.id, filename: stored.filename, contentType: stored.contentType, sizeBytes: stored.sizeBytes }] }));
      message.success(`Đã tải lên "${stored.filename}".`);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const groups = new Map<string, ReportIndicatorDto[]>();
  for (const ind of form?.indicators ?? []) groups.set(ind.group ?? 'Số liệu', [...(groups.get(ind.group ?? 'Số liệu') ?? []), ind]);
  const valueError = (code: string) => draft.fieldErrors[code] ?? draft.serverErrors[`values.${code}`] ?? workflowErrors[`values.${code}`];

  const editorTab = (
    <div>
      {(form?.sections ?? []).map((s, i) => (
        <Card key={s.code} size="small" title={`${i + 1}. ${s.title}`} style={{ marginBottom: 12 }}>
          {showReturn && lastReturn.sectionComments[s.code] && (
            <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={`Ý kiến của ${lastReturn.decidedByName}: ${lastReturn.sectionComments[s.code]}`} />
          )}
          {editable ? (
            <Input.TextArea
              aria-label={`Nội dung mục ${s.title}`}
              autoSize={{ minRows: 4, maxRows: 30 }}
              value={draft.content.sections[s.code] ?? ''}
              placeholder={s.hint ?? 'Nhập nội dung; để trống một dòng giữa các đoạn.'}
              onChange={(e) => {
                const text = e.target.value;
                draft.update((c) => ({ ...c, sections: { ...c.sections, [s.code]: text } }));
              }}
            />
          ) : (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{report.sections[s.code] || <Typography.Text type="secondary">(không có nội dung)</Typography.Text>}</Typography.Paragraph>
          )}
          {report.can.review && (
            <Input.TextArea
              aria-label={`Ý kiến cho mục ${s.title}`}
              style={{ marginTop: 8 }}
              autoSize={{ minRows: 1, maxRows: 6 }}
              placeholder="Ý kiến của cơ quan tiếp nhận cho mục này (nếu trả lại)"
              value={sectionComments[s.code] ?? ''}
              onChange={(e) => setSectionComments((c) => ({ ...c, [s.code]: e.target.value }))}
            />
          )}
        </Card>
      ))}
      {[...groups.entries()].map(([group, inds]) => (
        <Card key={group} size="small" title={group} style={{ marginBottom: 12 }}>
          <Form layout="vertical" component="div">
            <Row gutter={16}>
              {inds.map((ind) => (
                <Col xs={24} md={12} xl={8} key={ind.code}>
                  <Form.Item
                    label={`${ind.name}${ind.unit ? ` (${ind.unit})` : ''}`}
                    required={ind.required}
                    validateStatus={valueError(ind.code) ? 'error' : undefined}
                    help={valueError(ind.code)}
                  >
                    {editable ? (
                      <Input
                        aria-label={ind.name}
                        inputMode={ind.type === 'text' || ind.type === 'date' ? undefined : 'decimal'}
                        value={draft.content.typed[ind.code] ?? ''}
                        placeholder={ind.type === 'money' ? 'ví dụ 68.750.000' : ind.type === 'date' ? 'dd/mm/yyyy' : ind.type === 'percent' ? 'ví dụ 87,5' : ''}
                        suffix={ind.type === 'money' ? 'đ' : ind.type === 'percent' ? '%' : undefined}
                        onChange={(e) => {
                          const text = e.target.value;
                          draft.update((c) => ({ ...c, typed: { ...c.typed, [ind.code]: text } }));
                        }}
                        onBlur={() => {
                          const p = parseTyped(ind, draft.content.typed[ind.code] ?? '');
                          if (p.ok && typeof p.value === 'number') {
                            const shown = showTyped(ind, p.value);
                            if (shown !== draft.content.typed[ind.code]) draft.update((c) => ({ ...c, typed: { ...c.typed, [ind.code]: shown } }));
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
      <Card size="small" title="Ngày chốt số liệu và tệp đính kèm" style={{ marginBottom: 12 }}>
        <Form layout="vertical" component="div">
          <Form.Item
            label={`Số liệu tính đến ngày${report.dataWindow ? ` (kỳ số liệu gợi ý ${showDate(report.dataWindow.start)} – ${showDate(report.dataWindow.end)})` : ''}`}
            required
            validateStatus={draft.serverErrors.cutOffDate || workflowErrors.cutOffDate ? 'error' : undefined}
            help={draft.serverErrors.cutOffDate ?? workflowErrors.cutOffDate}
          >
            {editable ? (
              <DatePicker
                aria-label="Ngày chốt số liệu"
                format={DATE_FORMAT}
                value={draft.content.cutOffDate ? dayjs(draft.content.cutOffDate) : null}
                onChange={(d) => draft.update((c) => ({ ...c, cutOffDate: d ? d.format('YYYY-MM-DD') : null }))}
              />
            ) : (
              <Typography.Text strong>{showDate(report.cutOffDate)}</Typography.Text>
            )}
          </Form.Item>
        </Form>
        <List
          size="small"
          dataSource={editable ? draft.content.attachments : report.attachments}
          locale={{ emptyText: 'Chưa có tệp đính kèm.' }}
          renderItem={(a) => (
            <List.Item
              actions={
                editable
                  ? [
                      <Button key="rm" size="small" danger type="link" onClick={() => draft.update((c) => ({ ...c, attachments: c.attachments.filter((x) => x.fileId !== a.fileId) }))}>
                        Gỡ
                      </Button>,
                    ]
                  : []
              }
            >
              <a href={`/api/files/${a.fileId}`}>
                <PaperClipOutlined /> {a.filename}
              </a>{' '}
              <Typography.Text type="secondary">({formatNumberVi(Math.ceil(a.sizeBytes / 1024))} KB)</Typography.Text>
            </List.Item>
          )}
        />
        {editable && (
          <Upload accept={ACCEPT} showUploadList={false} beforeUpload={(file) => (void onUpload(file), false)}>
            <Button icon={<UploadOutlined />} style={{ marginTop: 8 }}>
              Đính kèm tệp (PDF, Word, Excel, ảnh; tối đa {MAX_UPLOAD_MB} MB)
            </Button>
          </Upload>
        )}
      </Card>
    </div>
  );

  return (
    <div className="page">
      <Typography.Title level={2} className="page-title">
        Báo cáo {report.periodLabel.charAt(0).toLowerCase() + report.periodLabel.slice(1)} — {report.unit.name}
      </Typography.Title>
      <Card style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label="Kế hoạch">{report.plan.number ? `${report.plan.number} — ` : ''}{report.plan.title}</Descriptions.Item>
          <Descriptions.Item label="Thời hạn">{report.deadlinePhrase || showDate(report.dueDate)}</Descriptions.Item>
          <Descriptions.Item label="Tình trạng">
            <ReportStatusTag status={report.status} />
          </Descriptions.Item>
          <Descriptions.Item label="Gửi lần đầu">{showDateTime(report.firstSubmittedAt)}</Descriptions.Item>
          <Descriptions.Item label="Người ký">{report.signerName ? `${report.signerName}${report.signerTitle ? `, ${report.signerTitle}` : ''}` : '—'}</Descriptions.Item>
          <Descriptions.Item label="Lưu nháp">
            <SaveBadge state={editable ? draft.state : 'idle'} savedAt={draft.savedAt} />
          </Descriptions.Item>
        </Descriptions>
        <Link to="/bao-cao">← Danh sách báo cáo</Link>
      </Card>
      {!form && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="Kế hoạch chưa có mẫu báo cáo cho kỳ này. Đề nghị cơ quan điều phối ban hành mẫu báo cáo trước." />}
      {draft.restored === 'same' && (
        <Alert type="info" showIcon closable onClose={draft.dismissRestored} style={{ marginBottom: 12 }} title="Đã khôi phục nội dung bạn nhập nhưng chưa kịp lưu lần trước; hệ thống sẽ lưu lại ngay." />
      )}
      {draft.restored === 'older' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="Trên máy này còn bản nhập chưa lưu, làm trên một phiên bản cũ hơn của báo cáo."
          action={
            <Space>
              <Button size="small" onClick={draft.restoreLocal}>Dùng bản trên máy</Button>
              <Button size="small" onClick={draft.dismissRestored}>Bỏ qua</Button>
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
              <Button size="small" onClick={() => void reload(false)}>Tải bản mới nhất (bỏ thay đổi của tôi)</Button>
              <Button size="small" danger onClick={() => void reload(true)}>Giữ nội dung của tôi, ghi lên bản mới nhất</Button>
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
          title={lastReturn.decision === 'reopened' ? `Báo cáo được mở lại ngày ${showDateTime(lastReturn.decidedAt)}` : `Báo cáo bị trả lại ngày ${showDateTime(lastReturn.decidedAt)} bởi ${lastReturn.decidedByName}`}
          description={lastReturn.comment ?? 'Xem ý kiến tại từng mục.'}
        />
      )}
      {report.problems.length > 0 && editable && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title="Cần hoàn thiện trước khi gửi:" description={<ul style={{ margin: 0 }}>{report.problems.map((p) => <li key={p.field + p.code}>{p.message}</li>)}</ul>} />
      )}
      <Tabs
        items={[
          { key: 'edit', label: editable ? 'Soạn báo cáo' : 'Nội dung báo cáo', children: editorTab },
          { key: 'versions', label: `Các lần gửi (${report.versions.length})`, children: <VersionCompare report={report} /> },
          {
            key: 'history',
            label: 'Lịch sử xem xét',
            children: (
              <List
                dataSource={report.reviews}
                locale={{ emptyText: 'Chưa có ý kiến xem xét.' }}
                renderItem={(r) => (
                  <List.Item>
                    <div>
                      <Tag color={r.decision === 'accepted' ? 'green' : 'red'}>{r.decision === 'accepted' ? 'Tiếp nhận' : r.decision === 'returned' ? 'Trả lại' : 'Mở lại'}</Tag>
                      {showDateTime(r.decidedAt)} — {r.decidedByName} (lần gửi {r.versionNumber})
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
              Lưu ngay
            </Button>
          )}
          {report.can.submit && (
            <>
              <Input aria-label="Chức vụ người ký" style={{ width: 220 }} placeholder="Chức vụ người ký (ví dụ GIÁM ĐỐC)" value={signerTitle} onChange={(e) => setSignerTitle(e.target.value)} />
              <Button
                type="primary"
                loading={busy}
                onClick={() =>
                  modal.confirm({
                    title: 'Ký và gửi báo cáo?',
                    content: 'Bạn là người ký của đơn vị. Sau khi gửi, báo cáo chờ cơ quan tiếp nhận xem xét và không sửa được cho đến khi bị trả lại.',
                    okText: 'Ký và gửi',
                    cancelText: 'Hủy',
                    onOk: submit,
                  })
                }
              >
                Ký và gửi báo cáo
              </Button>
            </>
          )}
          {report.can.review && (
            <>
              <Input.TextArea aria-label="Ý kiến chung" style={{ width: 420 }} autoSize={{ minRows: 1, maxRows: 5 }} placeholder="Ý kiến chung" value={generalComment} onChange={(e) => setGeneralComment(e.target.value)} />
              <Button
                danger
                loading={busy}
                onClick={() =>
                  void act(
                    () => reportsApi.returnReport(report.obligationId, { expectedVersion: report.version, requestKey: newKey(), comment: generalComment.trim() || null, sectionComments }),
                    'Đã trả lại báo cáo cho đơn vị.',
                  )
                }
              >
                Trả lại báo cáo
              </Button>
              <Button type="primary" loading={busy} onClick={() => void act(() => reportsApi.accept(report.obligationId, { expectedVersion: report.version, requestKey: newKey(), comment: generalComment.trim() || null }), 'Đã tiếp nhận báo cáo.')}>
                Tiếp nhận báo cáo
              </Button>
            </>
          )}
          {report.can.reopen && <Button onClick={() => setReopenOpen(true)}>Mở lại báo cáo</Button>}
        </Space>
        {workflowErrors.comment && <Typography.Text type="danger">{workflowErrors.comment}</Typography.Text>}
      </Card>
      <Modal
        open={reopenOpen}
        title="Mở lại báo cáo đã tiếp nhận"
        okText="Mở lại"
        cancelText="Hủy"
        okButtonProps={{ disabled: reason.trim().length < 3, loading: busy }}
        onCancel={() => setReopenOpen(false)}
        onOk={async () => {
          if (await act(() => reportsApi.reopen(report.obligationId, { expectedVersion: report.version, requestKey: newKey(), reason: reason.trim() }), 'Đã mở lại báo cáo.')) setReopenOpen(false);
        }}
      >
        <Input.TextArea aria-label="Lý do mở lại" value={reason} onChange={(e) => setReason(e.target.value)} placeholder="Lý do mở lại (bắt buộc)" />
      </Modal>
    </div>
  );
}
