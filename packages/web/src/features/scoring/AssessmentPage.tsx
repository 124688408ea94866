// One unit's assessment, following the scorecard tree: self-assessment (scores, explanation, evidence,
// autosave with a local copy), appraisal by agency (only the appraiser's criteria), finalisation.
// Running totals and the expected level come from @dvcq/domain's computeAssessment, as on the server.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useParams, Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Input, InputNumber, Tag, Typography, Upload, message } from 'antd';
import { PaperClipOutlined, SendOutlined, UploadOutlined } from '@ant-design/icons';
import { computeAssessment, formatNumberVi, type CriterionScore, type ScorecardNode, type ScorecardVersion, type AssessmentResult } from '@dvcq/domain';
import { ASSESSMENT_STATUS_LABELS, SCORING_METHOD_LABELS, type AssessmentDetailDto, type CriterionScoreDto } from '@dvcq/shared';
import { ApiError, api, errorMessage } from '../../api/client.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { showDateTime } from '../../lib/format.ts';
import { put, scoringKeys, uploadEvidence, useAssessment } from './scoringApi.ts';

const fmt = (n: number | null | undefined) => (n === null || n === undefined ? '—' : formatNumberVi(n));

interface Edit {
  selfScore?: number | null;
  selfExplanation?: string;
  evidenceFiles?: { id: string; filename: string; sizeBytes: number }[];
  evidenceLinks?: { url: string; title: string | null }[];
}
interface LocalCopy {
  version: number;
  edits: Record<string, Edit>;
  indicators: Record<string, number>;
}

const storageKey = (id: string) => `dvcq.assessment.${id}`;
const statusColor: Record<string, string> = { draft: 'default', submitted: 'blue', returned_for_evidence: 'orange', appraised: 'cyan', finalised: 'green' };

function versionOf(a: AssessmentDetailDto): ScorecardVersion {
  const def = a.scorecard.definition as unknown as Omit<ScorecardVersion, 'id' | 'decision' | 'name'>;
  return { ...def, id: a.scorecardId, decision: { number: a.scorecard.decisionNumber, date: a.scorecard.decisionDate }, name: a.scorecard.name };
}

function agencyMap(nodes: readonly ScorecardNode[]): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (n: ScorecardNode, inh: string) => {
    const a = n.appraisingAgency ?? inh;
    out.set(n.code, a);
    (n.children ?? []).forEach((c) => visit(c, a));
  };
  nodes.forEach((n) => visit(n, 'home_affairs'));
  return out;
}

export function AssessmentPage() {
  const { id } = useParams();
  const q = useAssessment(id);
  usePageTitle('Hồ sơ chấm điểm');
  if (q.isError) return <div className="page"><Alert type="error" showIcon title={errorMessage(q.error)} /></div>;
  if (!q.data) return <div className="page">Đang tải…</div>;
  return <AssessmentForm key={q.data.id} a={q.data} />;
}

function AssessmentForm({ a }: { a: AssessmentDetailDto }) {
  const qc = useQueryClient();
  const version = useMemo(() => versionOf(a), [a]);
  const agencies = useMemo(() => agencyMap(version.nodes), [version]);
  const restored = useMemo<LocalCopy | null>(() => {
    try {
      const raw = localStorage.getItem(storageKey(a.id));
      return raw ? (JSON.parse(raw) as LocalCopy) : null;
    } catch {
      return null;
    }
  }, [a.id]);
  const [edits, setEdits] = useState<Record<string, Edit>>(() => (a.can.edit && restored ? restored.edits : {}));
  const [indicators, setIndicators] = useState<Record<string, number>>(() => ({ ...a.indicators, ...(a.can.edit && restored ? restored.indicators : {}) }));
  const [serverVersion, setServerVersion] = useState(a.version);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const [banner, setBanner] = useState<string | null>(null);
  const dirty = Object.keys(edits).length > 0 || JSON.stringify(indicators) !== JSON.stringify(a.indicators);
  const timer = useRef<number | undefined>(undefined);

  const byCode = useMemo(() => new Map(a.scores.map((s) => [s.code, s])), [a.scores]);
  const merged = (code: string): CriterionScoreDto & Edit => {
    const base: CriterionScoreDto = byCode.get(code) ?? { code, selfScore: null, selfExplanation: null, evidenceFiles: [], evidenceLinks: [], appraisedScore: null, appraisalReason: null, appraiserAgency: null, appraisedByName: null, appraisedAt: null, sentBack: false, sentBackNote: null };
    const e = edits[code] ?? {};
    return { ...base, ...e, selfExplanation: e.selfExplanation ?? base.selfExplanation } as CriterionScoreDto & Edit;
  };

  // Local copy: nothing typed is lost (closed tab, lost connection, version conflict).
  useEffect(() => {
    if (!a.can.edit) return;
    if (dirty) localStorage.setItem(storageKey(a.id), JSON.stringify({ version: serverVersion, edits, indicators } satisfies LocalCopy));
    else localStorage.removeItem(storageKey(a.id));
  }, [a.id, a.can.edit, dirty, edits, indicators, serverVersion]);

  const live: AssessmentResult | null = useMemo(() => {
    if (a.restrictedToAgencies) return null;
    const codes = new Set([...a.scores.map((s) => s.code), ...Object.keys(edits)]);
    const list: CriterionScore[] = [...codes].map((code) => {
      const m = merged(code);
      const c: CriterionScore = { code, self: m.selfScore ?? null, appraised: m.appraisedScore };
      if (m.appraisalReason) c.appraisalReason = m.appraisalReason;
      return c;
    });
    const late = a.late;
    return computeAssessment(version, a.unitGroup, list, { late, flags: a.flags, indicators });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [a, edits, indicators, version]);

  const save = async (): Promise<boolean> => {
    if (!dirty) return true;
    setSaving('saving');
    const scores = Object.entries(edits).map(([code, e]) => ({
      code,
      ...(e.selfScore !== undefined ? { selfScore: e.selfScore } : {}),
      ...(e.selfExplanation !== undefined ? { selfExplanation: e.selfExplanation } : {}),
      ...(e.evidenceFiles ? { evidenceFileIds: e.evidenceFiles.map((f) => f.id) } : {}),
      ...(e.evidenceLinks ? { evidenceLinks: e.evidenceLinks } : {}),
    }));
    try {
      const res = await put<AssessmentDetailDto>(`/api/scoring/assessments/${a.id}/self`, { expectedVersion: serverVersion, scores, indicators });
      setFieldErrors({});
      setEdits({});
      setServerVersion(res.version);
      localStorage.removeItem(storageKey(a.id));
      qc.setQueryData(scoringKeys.assessment(a.id), res);
      setSaving('saved');
      return true;
    } catch (e) {
      setSaving('error');
      if (e instanceof ApiError) {
        setFieldErrors(e.fields);
        setBanner(e.message);
        if (e.code === 'scoring.version_conflict') {
          const fresh = await api.get<AssessmentDetailDto>(`/api/scoring/assessments/${a.id}`);
          setServerVersion(fresh.version);
        }
      } else setBanner(errorMessage(e));
      return false;
    }
  };

  useEffect(() => {
    if (!a.can.edit || !dirty) return;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void save(), 1500);
    return () => window.clearTimeout(timer.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [edits, indicators]);

  const edit = (code: string, patch: Edit) => setEdits((prev) => ({ ...prev, [code]: { ...prev[code], ...patch } }));

  const act = async (fn: () => Promise<AssessmentDetailDto>, ok: string) => {
    try {
      const res = await fn();
      qc.setQueryData(scoringKeys.assessment(a.id), res);
      void qc.invalidateQueries({ queryKey: scoringKeys.all });
      setFieldErrors({});
      setBanner(null);
      void message.success(ok);
    } catch (e) {
      if (e instanceof ApiError) setFieldErrors(e.fields);
      setBanner(errorMessage(e));
    }
  };
  const submit = async () => {
    if (!(await save())) return;
    const fresh = await api.get<AssessmentDetailDto>(`/api/scoring/assessments/${a.id}`);
    await act(() => api.post(`/api/scoring/assessments/${a.id}/submit`, { expectedVersion: fresh.version }), 'Đã nộp hồ sơ tự đánh giá');
  };
  const finalise = () => act(() => api.post(`/api/scoring/assessments/${a.id}/finalise`, { expectedVersion: a.version }), 'Đã kết thúc thẩm định');

  const status = a.status;
  return (
    <div className="page">
      <Typography.Title level={2} className="page-title">
        {a.unitName} — năm {a.year}
      </Typography.Title>
      <div className="page-toolbar" style={{ flexWrap: 'wrap', gap: 8 }}>
        <Tag color={statusColor[status]}>{ASSESSMENT_STATUS_LABELS[status]}</Tag>
        {a.deadlinePhrase && <Tag>Hạn nộp: {a.deadlinePhrase}</Tag>}
        {a.firstSubmittedAt && <Tag color={a.late ? 'red' : 'green'}>{a.late ? 'Nộp muộn' : 'Nộp đúng hạn'}: {showDateTime(a.firstSubmittedAt)}</Tag>}
        <Typography.Text type="secondary">Bộ tiêu chí: {a.scorecard.decisionNumber}</Typography.Text>
        <Link to="/cham-diem">← Danh sách hồ sơ</Link>
      </div>
      {a.restrictedToAgencies && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={`Bạn thẩm định các tiêu chí của cơ quan: ${a.restrictedToAgencies.map((c) => a.scorecard.agencies.find((x) => x.code === c)?.name ?? c).join(', ')}. Các tiêu chí khác không hiển thị.`} />
      )}
      {banner && <Alert type="error" showIcon closable onClose={() => setBanner(null)} style={{ marginBottom: 12 }} title={banner} />}
      {live && (
        <Card size="small" style={{ marginBottom: 12, position: 'sticky', top: 0, zIndex: 5 }}>
          <div style={{ display: 'flex', gap: 24, flexWrap: 'wrap', alignItems: 'center' }} data-testid="running-total">
            <span>
              Tổng điểm: <strong>{fmt(live.total)}</strong> / {fmt(live.unitMax)} ({fmt(live.percent)}%)
            </span>
            <span>
              Xếp loại {status === 'finalised' ? '' : 'dự kiến'}: <Tag color="blue">{live.level.name}</Tag>
            </span>
            {live.rulesApplied.map((r) => (
              <Tag key={r.rule} color="orange">{r.explanation}</Tag>
            ))}
            {a.can.edit && <Typography.Text type="secondary">{saving === 'saving' ? 'Đang lưu…' : saving === 'saved' ? 'Đã lưu nháp' : saving === 'error' ? 'Chưa lưu được (bản nháp giữ trên máy này)' : dirty ? 'Có thay đổi chưa lưu' : ''}</Typography.Text>}
            <span style={{ flex: 1 }} />
            {a.can.edit && <Button onClick={() => void save()}>Lưu nháp</Button>}
            {a.can.submit && (
              <Button type="primary" icon={<SendOutlined />} onClick={() => void submit()}>
                Nộp hồ sơ
              </Button>
            )}
            {a.can.finalise && (
              <Button type="primary" onClick={() => void finalise()}>
                Kết thúc thẩm định
              </Button>
            )}
          </div>
        </Card>
      )}
      {version.nodes.map((n) => (
        <NodeView key={n.code} node={n} depth={0} ctx={{ a, live, merged, edit, fieldErrors, indicators, setIndicators, agencies, act }} />
      ))}
    </div>
  );
}

interface NodeCtx {
  a: AssessmentDetailDto;
  live: AssessmentResult | null;
  merged: (code: string) => CriterionScoreDto & Edit;
  edit: (code: string, patch: Edit) => void;
  fieldErrors: Record<string, string>;
  indicators: Record<string, number>;
  setIndicators: (f: (p: Record<string, number>) => Record<string, number>) => void;
  agencies: Map<string, string>;
  act: (fn: () => Promise<AssessmentDetailDto>, ok: string) => Promise<void>;
}

function NodeView({ node, depth, ctx }: { node: ScorecardNode; depth: number; ctx: NodeCtx }) {
  const r = ctx.live?.nodes.find((x) => x.code === node.code);
  if (r && !r.applicable) return null;
  const kids = node.children ?? [];
  if (kids.length > 0) {
    return (
      <Card
        size="small"
        style={{ marginBottom: 12, marginLeft: depth * 12 }}
        title={
          <span style={{ whiteSpace: 'normal' }}>
            {node.code}. {node.title}
          </span>
        }
        extra={r ? <span>{fmt(r.final)} / {fmt(r.maxPoints)} điểm</span> : <span>tối đa {fmt(node.maxPoints)} điểm</span>}
      >
        {kids.map((k) => (
          <NodeView key={k.code} node={k} depth={depth + 1} ctx={ctx} />
        ))}
      </Card>
    );
  }
  return <LeafView node={node} ctx={ctx} />;
}

function LeafView({ node, ctx }: { node: ScorecardNode; ctx: NodeCtx }) {
  const { a } = ctx;
  const s = ctx.merged(node.code);
  const m = node.method;
  const agency = ctx.agencies.get(node.code) ?? 'home_affairs';
  const agencyName = a.scorecard.agencies.find((x) => x.code === agency)?.name ?? agency;
  const editable = a.can.edit && (a.status === 'draft' || s.sentBack);
  const canAppraise = a.can.appraiseAgencies.includes(agency);
  const step = m && 'step' in m && m.step ? m.step : m?.kind === 'yes_no' ? node.maxPoints : 0.25;
  const err = ctx.fieldErrors[`scores.${node.code}`];
  const errExpl = ctx.fieldErrors[`scores.${node.code}.explanation`];
  const [linkUrl, setLinkUrl] = useState('');
  const [apScore, setApScore] = useState<number | null>(s.appraisedScore ?? s.selfScore ?? null);
  const [apReason, setApReason] = useState(s.appraisalReason ?? '');
  const [note, setNote] = useState('');
  const r = ctx.live?.nodes.find((x) => x.code === node.code);
  return (
    <div style={{ borderTop: '1px solid #eee', padding: '10px 0' }} data-criterion={node.code}>
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap', alignItems: 'baseline' }}>
        <strong>{node.code}.</strong>
        <span style={{ flex: 1, minWidth: 240 }}>{node.title}</span>
        <Tag>{m ? SCORING_METHOD_LABELS[m.kind] : ''}</Tag>
        <Tag>tối đa {fmt(node.maxPoints)}</Tag>
        <Tag color="purple">{agencyName}</Tag>
      </div>
      {node.guidance && <Typography.Paragraph type="secondary" style={{ margin: '4px 0' }}>{node.guidance}</Typography.Paragraph>}
      {(node.requiredEvidence ?? []).length > 0 && (
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0' }}>
          Minh chứng: {(node.requiredEvidence ?? []).map((e) => e.text).join('; ')}
        </Typography.Paragraph>
      )}
      {s.sentBack && <Alert type="warning" showIcon title={`Trả lại bổ sung minh chứng: ${s.sentBackNote ?? ''}`} style={{ margin: '6px 0' }} />}
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <div>
          <div>Điểm tự chấm</div>
          {m?.kind === 'derived' ? (
            <div>
              <InputNumber
                aria-label={`Số liệu ${m.indicator}`}
                disabled={!editable}
                value={ctx.indicators[m.indicator] ?? null}
                onChange={(v) => ctx.setIndicators((p) => (v === null ? Object.fromEntries(Object.entries(p).filter(([k]) => k !== m.indicator)) : { ...p, [m.indicator]: Number(v) }))}
              />{' '}
              <Typography.Text type="secondary">→ {fmt(r?.self)} điểm (tính tự động)</Typography.Text>
            </div>
          ) : m?.kind === 'superior_only' ? (
            <Typography.Text type="secondary">Do cấp trên chấm</Typography.Text>
          ) : (
            <InputNumber
              aria-label={`Điểm tiêu chí ${node.code}`}
              disabled={!editable}
              min={0}
              max={node.maxPoints}
              step={step}
              decimalSeparator=","
              status={err ? 'error' : undefined}
              value={s.selfScore}
              onChange={(v) => ctx.edit(node.code, { selfScore: v === null ? null : Number(v) })}
            />
          )}
          {err && <div style={{ color: '#cf1322', maxWidth: 320 }}>{err}</div>}
        </div>
        <div style={{ flex: 1, minWidth: 260 }}>
          <div>Giải trình</div>
          <Input.TextArea
            aria-label={`Giải trình tiêu chí ${node.code}`}
            disabled={!editable}
            autoSize={{ minRows: 1, maxRows: 5 }}
            status={errExpl ? 'error' : undefined}
            value={s.selfExplanation ?? ''}
            onChange={(e) => ctx.edit(node.code, { selfExplanation: e.target.value })}
          />
          {errExpl && <div style={{ color: '#cf1322' }}>{errExpl}</div>}
        </div>
        <div style={{ minWidth: 240 }}>
          <div>Minh chứng</div>
          {s.evidenceFiles.map((f) => (
            <div key={f.id}>
              <PaperClipOutlined /> <a href={`/api/files/${f.id}`}>{f.filename}</a>
              {editable && <Button type="link" size="small" onClick={() => ctx.edit(node.code, { evidenceFiles: s.evidenceFiles.filter((x) => x.id !== f.id) })}>Bỏ</Button>}
            </div>
          ))}
          {s.evidenceLinks.map((l) => (
            <div key={l.url}>
              <a href={l.url} target="_blank" rel="noreferrer">{l.title || l.url}</a>
              {editable && <Button type="link" size="small" onClick={() => ctx.edit(node.code, { evidenceLinks: s.evidenceLinks.filter((x) => x.url !== l.url) })}>Bỏ</Button>}
            </div>
          ))}
          {editable && (
            <div style={{ display: 'flex', gap: 4, marginTop: 4, flexWrap: 'wrap' }}>
              <Upload
                showUploadList={false}
                customRequest={async ({ file, onSuccess, onError }) => {
                  try {
                    const f = await uploadEvidence(a.unitId, file as File);
                    ctx.edit(node.code, { evidenceFiles: [...s.evidenceFiles, f] });
                    onSuccess?.(f);
                  } catch (e) {
                    void message.error((e as Error).message);
                    onError?.(e as Error);
                  }
                }}
              >
                <Button size="small" icon={<UploadOutlined />} aria-label={`Tải minh chứng tiêu chí ${node.code}`}>Tải tệp</Button>
              </Upload>
              <Input size="small" style={{ width: 180 }} placeholder="https://…" aria-label={`Đường dẫn minh chứng tiêu chí ${node.code}`} value={linkUrl} onChange={(e) => setLinkUrl(e.target.value)} />
              <Button size="small" disabled={!/^https?:\/\/\S+$/.test(linkUrl)} onClick={() => { ctx.edit(node.code, { evidenceLinks: [...s.evidenceLinks, { url: linkUrl, title: null }] }); setLinkUrl(''); }}>
                Thêm liên kết
              </Button>
            </div>
          )}
        </div>
      </div>
      {(s.appraisedScore !== null || canAppraise) && (
        <div style={{ background: '#fafafa', padding: 8, marginTop: 8, borderRadius: 6 }}>
          {s.appraisedScore !== null && (
            <div>
              Điểm thẩm định: <strong>{fmt(s.appraisedScore)}</strong>
              {s.selfScore !== null && s.appraisedScore !== s.selfScore && <Tag color="red" style={{ marginLeft: 8 }}>khác tự chấm ({fmt(s.selfScore)})</Tag>}
              {s.appraisalReason && <span> — Lý do: {s.appraisalReason}</span>}
              {s.appraisedByName && <Typography.Text type="secondary"> ({s.appraisedByName}, {showDateTime(s.appraisedAt)})</Typography.Text>}
            </div>
          )}
          {canAppraise && (
            <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center', marginTop: 6 }}>
              <InputNumber aria-label={`Điểm thẩm định tiêu chí ${node.code}`} min={0} max={node.maxPoints} step={step} decimalSeparator="," value={apScore} onChange={(v) => setApScore(v === null ? null : Number(v))} />
              <Input style={{ flex: 1, minWidth: 220 }} placeholder="Lý do (bắt buộc khi khác điểm tự chấm)" aria-label={`Lý do thẩm định tiêu chí ${node.code}`} value={apReason} onChange={(e) => setApReason(e.target.value)} />
              <Button
                type="primary"
                disabled={apScore === null}
                onClick={() => void ctx.act(() => put(`/api/scoring/assessments/${a.id}/criteria/${encodeURIComponent(node.code)}/appraisal`, { score: apScore, reason: apReason || null }), `Đã lưu điểm thẩm định tiêu chí ${node.code}`)}
              >
                Lưu thẩm định {node.code}
              </Button>
              <Input style={{ width: 220 }} placeholder="Minh chứng cần bổ sung" aria-label={`Yêu cầu bổ sung tiêu chí ${node.code}`} value={note} onChange={(e) => setNote(e.target.value)} />
              <Button disabled={!note.trim()} onClick={() => void ctx.act(() => api.post(`/api/scoring/assessments/${a.id}/criteria/${encodeURIComponent(node.code)}/send-back`, { note }), `Đã trả lại tiêu chí ${node.code}`)}>
                Trả lại bổ sung
              </Button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
