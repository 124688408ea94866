// One unit's assessment, following the scorecard tree: self-assessment (scores, explanation, evidence,
// autosave with a local copy), appraisal by agency (only the appraiser's criteria), finalisation.
// Running totals and the expected level come from @dvcq/domain's computeAssessment, as on the server.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useParams, Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Input, InputNumber, Select, Tag, Typography, Upload } from 'antd';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { PaperClipOutlined, SendOutlined, UploadOutlined } from '@ant-design/icons';
import { computeAssessment, type CriterionScore, type ScorecardNode, type ScorecardVersion, type AssessmentResult } from '@dvcq/domain';
import {
  ASSESSMENT_STATUS_LABELS,
  SCORING_METHOD_LABELS,
  type AssessmentDetailDto,
  type CriterionScoreDto,
  type VetoEventDto,
} from '@dvcq/shared';
import { ApiError, errorMessage } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { showDate, showDateTime, showFigure } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { useSave } from '../../lib/useSave.ts';
import { scoringApi, scoringKeys, useAssessment } from './scoringApi.ts';
import { FinaliseDialog } from './FinaliseDialog.tsx';
import { ReasonDialog } from './ReasonDialog.tsx';
import { UnitYearsCard } from './UnitYearsCard.tsx';
import { SubmitAssessmentDialog, type DossierSigning } from './SubmitAssessmentDialog.tsx';
import '../../i18n/vi/scoring.ts';

const fmt = showFigure;

interface Edit {
  selfScore?: number | null;
  selfExplanation?: string;
  evidenceFiles?: { id: string; filename: string; sizeBytes: number }[];
  evidenceLinks?: { url: string; title: string | null }[];
  overrideReason?: string;
}
interface LocalCopy {
  version: number;
  edits: Record<string, Edit>;
  indicators: Record<string, number>;
}

const storageKey = (id: string) => `dvcq.assessment.${id}`;
const statusColor: Record<string, string> = {
  draft: 'default',
  submitted: 'blue',
  returned_for_evidence: 'orange',
  appraised: 'cyan',
  finalised: 'green',
};
const AUTOSAVE_MS = 1500;

/** The same figures whatever order the keys come in. */
const sameFigures = (x: Record<string, number>, y: Record<string, number>) =>
  Object.keys(x).length === Object.keys(y).length && Object.entries(x).every(([k, v]) => y[k] === v);

function versionOf(a: AssessmentDetailDto): ScorecardVersion {
  const def = a.scorecard.definition as unknown as Omit<ScorecardVersion, 'id' | 'decision' | 'name'>;
  return {
    ...def,
    id: a.scorecardId,
    decision: { number: a.scorecard.decisionNumber, date: a.scorecard.decisionDate },
    name: a.scorecard.name,
  };
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
  usePageTitle(t('scoring.assessment.pageTitle'));
  if (q.isError)
    return (
      <div className="page">
        <Alert type="error" showIcon title={errorMessage(q.error)} />
      </div>
    );
  if (!q.data) return <div className="page">{t('common.loading')}</div>;
  return <AssessmentForm key={q.data.id} a={q.data} />;
}

interface Step {
  call: () => Promise<AssessmentDetailDto>;
  done: string;
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
  const [indicators, setIndicators] = useState<Record<string, number>>(() => ({
    ...a.indicators,
    ...(a.can.edit && restored ? restored.indicators : {}),
  }));
  const [serverVersion, setServerVersion] = useState(a.version);
  const [draftErrors, setDraftErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const [draftBanner, setDraftBanner] = useState<string | null>(null);
  const dirty = Object.keys(edits).length > 0 || !sameFigures(indicators, a.indicators);
  const timer = useRef<number | undefined>(undefined);

  // Submit, appraise, send back, finalise: the answer replaces the dossier; messages go to the banner
  // and next to the criteria.
  const step = useSave({
    errorDisplay: 'summary',
    run: (s: Step) => s.call(),
    onSuccess: (res) => {
      qc.setQueryData(scoringKeys.assessment(a.id), res);
      setDraftErrors({});
      setDraftBanner(null);
    },
    success: (_, s) => s.done,
  });
  const fieldErrors = { ...draftErrors, ...step.fieldErrors };
  const banner = step.summary ?? draftBanner;

  const byCode = useMemo(() => new Map(a.scores.map((s) => [s.code, s])), [a.scores]);
  const merged = (code: string): CriterionScoreDto & Edit => {
    const base: CriterionScoreDto = byCode.get(code) ?? {
      code,
      selfScore: null,
      selfExplanation: null,
      evidenceFiles: [],
      evidenceLinks: [],
      appraisedScore: null,
      appraisalReason: null,
      appraiserAgency: null,
      overrideReason: null,
      appraisedByName: null,
      appraisedAt: null,
      sentBack: false,
      sentBackNote: null,
    };
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
      if (m.overrideReason) c.overrideReason = m.overrideReason;
      return c;
    });
    const vetoes = a.vetoEvents.filter((v) => !v.withdrawnAt).map((v) => ({ code: v.code }));
    return computeAssessment(version, a.unitGroup, list, { late: a.late, flags: a.flags, indicators, vetoes });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [a, edits, indicators, version]);

  const save = async (): Promise<boolean> => {
    if (!dirty) return true;
    setSaving('saving');
    // What is typed while this save is on its way stays in `edits` for the next one.
    const sent = edits;
    const scores = Object.entries(sent).map(([code, e]) => ({
      code,
      ...(e.selfScore !== undefined ? { selfScore: e.selfScore } : {}),
      ...(e.selfExplanation !== undefined ? { selfExplanation: e.selfExplanation } : {}),
      ...(e.evidenceFiles ? { evidenceFileIds: e.evidenceFiles.map((f) => f.id) } : {}),
      ...(e.evidenceLinks ? { evidenceLinks: e.evidenceLinks } : {}),
      ...(e.overrideReason !== undefined ? { overrideReason: e.overrideReason } : {}),
    }));
    try {
      const res = await scoringApi.saveSelf(a.id, { expectedVersion: serverVersion, scores, indicators });
      setDraftErrors({});
      setEdits((current) => Object.fromEntries(Object.entries(current).filter(([code, e]) => e !== sent[code])));
      setServerVersion(res.version);
      qc.setQueryData(scoringKeys.assessment(a.id), res);
      setSaving('saved');
      return true;
    } catch (e) {
      setSaving('error');
      if (e instanceof ApiError) {
        setDraftErrors(e.fields);
        setDraftBanner(e.message);
        if (e.code === 'scoring.version_conflict') {
          // The local copy is kept; the next save goes onto the latest version.
          const fresh = await scoringApi.assessment(a.id).catch(() => null);
          if (fresh) setServerVersion(fresh.version);
        }
      } else setDraftBanner(errorMessage(e));
      return false;
    }
  };

  useEffect(() => {
    if (!a.can.edit || !dirty) return;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void save(), AUTOSAVE_MS);
    return () => window.clearTimeout(timer.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [edits, indicators]);

  const edit = (code: string, patch: Edit) => setEdits((prev) => ({ ...prev, [code]: { ...prev[code], ...patch } }));

  const act = async (s: Step): Promise<boolean> => {
    const done = await step.run(s);
    if (done) void qc.invalidateQueries({ queryKey: scoringKeys.all });
    return !!done;
  };
  const [dialog, setDialog] = useState<'submit' | 'finalise' | 'reopen' | null>(null);
  // What is typed is saved first, so the dialog submits what the head sees.
  const openSubmit = async () => {
    step.clear();
    if (await save()) setDialog('submit');
  };
  const submit = (v: DossierSigning) =>
    act({
      call: async () =>
        scoringApi.submit(a.id, {
          expectedVersion: (await scoringApi.assessment(a.id)).version,
          number: v.number.trim(),
          dossierDate: v.dossierDate,
          signerName: v.signerName.trim(),
          signerTitle: v.signerTitle?.trim() || null,
        }),
      done: t('scoring.assessment.submitted'),
    });

  const status = a.status;
  // "Đã lưu nháp" only when nothing typed is waiting: a change after the last save says so.
  const saveText =
    saving === 'saving'
      ? t('scoring.assessment.saving')
      : saving === 'error'
        ? t('scoring.assessment.notSaved')
        : dirty
          ? t('scoring.assessment.dirty')
          : saving === 'saved'
            ? t('scoring.assessment.saved')
            : '';
  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('scoring.assessment.heading', { unit: a.unitName, year: a.year })}
      </Typography.Title>
      <div className="page-toolbar" style={{ flexWrap: 'wrap', gap: 8 }}>
        <Tag color={statusColor[status]}>{ASSESSMENT_STATUS_LABELS[status]}</Tag>
        {a.deadlinePhrase && <Tag>{t('scoring.assessment.deadline', { deadline: a.deadlinePhrase })}</Tag>}
        {a.firstSubmittedAt && (
          <Tag color={a.late ? 'red' : 'green'}>
            {t(a.late ? 'scoring.assessment.submittedLate' : 'scoring.assessment.submittedOnTime', {
              time: showDateTime(a.firstSubmittedAt),
            })}
          </Tag>
        )}
        <Typography.Text type="secondary">{t('scoring.assessment.scorecard', { number: a.scorecard.decisionNumber })}</Typography.Text>
        <Link to="/cham-diem">{t('scoring.assessment.backToList')}</Link>
      </div>
      {a.restrictedToAgencies && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('scoring.assessment.restricted', {
            agencies: a.restrictedToAgencies.map((c) => a.scorecard.agencies.find((x) => x.code === c)?.name ?? c).join(', '),
          })}
        />
      )}
      {banner && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => {
            step.clear();
            setDraftBanner(null);
          }}
          style={{ marginBottom: 12 }}
          title={banner}
        />
      )}
      {live && (
        <Card size="small" style={{ marginBottom: 12, position: 'sticky', top: 0, zIndex: 5 }}>
          <div style={{ display: 'flex', gap: 24, flexWrap: 'wrap', alignItems: 'center' }} data-testid="running-total">
            <span>
              {t('scoring.assessment.total')} <strong>{fmt(live.total)}</strong> / {fmt(live.unitMax)} ({fmt(live.percent)}%)
            </span>
            <span>
              {status === 'finalised' ? t('scoring.assessment.level') : t('scoring.assessment.expectedLevel')}{' '}
              <Tag color="blue">{live.level.name}</Tag>
            </span>
            {live.rulesApplied.map((r) => (
              <Tag key={r.rule} color="orange">
                {r.explanation}
              </Tag>
            ))}
            {a.can.edit && <Typography.Text type="secondary">{saveText}</Typography.Text>}
            <span style={{ flex: 1 }} />
            <DownloadButton download={() => scoringApi.downloadDossierDocx(a.id)}>{t('scoring.assessment.dossierWord')}</DownloadButton>
            {a.can.edit && <Button onClick={() => void save()}>{t('scoring.assessment.saveDraft')}</Button>}
            {a.can.submit && (
              <Button type="primary" icon={<SendOutlined />} loading={step.pending} onClick={() => void openSubmit()}>
                {t('scoring.assessment.submit')}
              </Button>
            )}
            {a.can.finalise && (
              <Button type="primary" onClick={() => setDialog('finalise')}>
                {t('scoring.assessment.finalise')}
              </Button>
            )}
            {a.can.reopen && <Button onClick={() => setDialog('reopen')}>{t('scoring.reopen.open')}</Button>}
          </div>
        </Card>
      )}
      {dialog === 'submit' && (
        <SubmitAssessmentDialog a={a} pending={step.pending} error={step.summary} onSubmit={submit} onClose={() => setDialog(null)} />
      )}
      {dialog === 'finalise' && live && <FinaliseDialog a={a} version={version} live={live} onClose={() => setDialog(null)} />}
      {dialog === 'reopen' && (
        <ReasonDialog
          assessmentId={a.id}
          title={t('scoring.reopen.title', { unit: a.unitName })}
          help={t('scoring.reopen.help')}
          label={t('scoring.reopen.reason')}
          okText={t('scoring.reopen.confirm')}
          success={t('scoring.reopen.done')}
          run={(reason) => scoringApi.reopen(a.id, a.version, reason)}
          onClose={() => setDialog(null)}
        />
      )}
      {(Object.keys(a.unappraisedReasons).length > 0 || a.history.length > 0) && <ResultHistory a={a} />}
      {a.total !== null && <UnitYearsCard unitId={a.unitId} />}
      {(a.vetoEvents.length > 0 || a.can.recordVeto) && <VetoCard a={a} version={version} act={act} />}
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
  act: (s: Step) => Promise<boolean>;
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
        title={<span style={{ whiteSpace: 'normal' }}>{t('scoring.criterionTitle', { code: node.code, title: node.title })}</span>}
        extra={
          r ? (
            <span>{t('scoring.assessment.groupPoints', { points: fmt(r.final), max: fmt(r.maxPoints) })}</span>
          ) : (
            <span>{t('scoring.assessment.groupMax', { max: fmt(node.maxPoints) })}</span>
          )
        }
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
  const { message } = App.useApp();
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
  const code = node.code;
  return (
    <div style={{ borderTop: '1px solid #eee', padding: '10px 0' }} data-criterion={code}>
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap', alignItems: 'baseline' }}>
        <strong>{code}.</strong>
        <span style={{ flex: 1, minWidth: 240 }}>{node.title}</span>
        <Tag>{m ? SCORING_METHOD_LABELS[m.kind] : ''}</Tag>
        <Tag>{t('scoring.assessment.max', { max: fmt(node.maxPoints) })}</Tag>
        <Tag color="purple">{agencyName}</Tag>
      </div>
      {node.guidance && (
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0' }}>
          {node.guidance}
        </Typography.Paragraph>
      )}
      {(node.requiredEvidence ?? []).length > 0 && (
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0' }}>
          {t('scoring.assessment.requiredEvidence', { list: (node.requiredEvidence ?? []).map((e) => e.text).join('; ') })}
        </Typography.Paragraph>
      )}
      {s.sentBack && (
        <Alert
          type="warning"
          showIcon
          title={t('scoring.assessment.sentBackNote', { note: s.sentBackNote ?? '' })}
          style={{ margin: '6px 0' }}
        />
      )}
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <div>
          <div>{t('scoring.assessment.selfScore')}</div>
          {m?.kind === 'derived' ? (
            <div>
              <InputNumber
                aria-label={t('scoring.assessment.indicatorLabel', { indicator: m.indicator })}
                disabled={!editable}
                value={ctx.indicators[m.indicator] ?? null}
                onChange={(v) =>
                  ctx.setIndicators((p) =>
                    v === null
                      ? Object.fromEntries(Object.entries(p).filter(([k]) => k !== m.indicator))
                      : { ...p, [m.indicator]: Number(v) },
                  )
                }
              />{' '}
              <Typography.Text type="secondary">{t('scoring.assessment.derivedPoints', { points: fmt(r?.self) })}</Typography.Text>
            </div>
          ) : m?.kind === 'bonus' && m.source ? (
            <div>
              <InputNumber
                aria-label={t('scoring.assessment.scoreLabel', { code })}
                disabled={!editable}
                min={0}
                max={node.maxPoints}
                step={step}
                decimalSeparator=","
                status={err ? 'error' : undefined}
                value={s.selfScore ?? r?.source?.points ?? null}
                onChange={(v) => ctx.edit(code, { selfScore: v === null ? null : Number(v) })}
              />
              {(s.selfScore != null || s.overrideReason) && (
                <Input.TextArea
                  aria-label={t('scoring.assessment.overrideReasonLabel', { code })}
                  placeholder={t('scoring.assessment.overrideReason')}
                  disabled={!editable}
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  style={{ marginTop: 4, maxWidth: 320 }}
                  value={s.overrideReason ?? ''}
                  onChange={(e) => ctx.edit(code, { overrideReason: e.target.value })}
                />
              )}
            </div>
          ) : m?.kind === 'superior_only' ? (
            <Typography.Text type="secondary">{t('scoring.assessment.superiorOnly')}</Typography.Text>
          ) : (
            <InputNumber
              aria-label={t('scoring.assessment.scoreLabel', { code })}
              disabled={!editable}
              min={0}
              max={node.maxPoints}
              step={step}
              decimalSeparator=","
              status={err ? 'error' : undefined}
              value={s.selfScore}
              onChange={(v) => ctx.edit(code, { selfScore: v === null ? null : Number(v) })}
            />
          )}
          {err && <div style={{ color: '#cf1322', maxWidth: 320 }}>{err}</div>}
          {r?.source && <SourceLine source={r.source} origin={a.indicatorSources[r.source.indicator]} />}
        </div>
        <div style={{ flex: 1, minWidth: 260 }}>
          <div>{t('scoring.assessment.explanation')}</div>
          <Input.TextArea
            aria-label={t('scoring.assessment.explanationLabel', { code })}
            disabled={!editable}
            autoSize={{ minRows: 1, maxRows: 5 }}
            status={errExpl ? 'error' : undefined}
            value={s.selfExplanation ?? ''}
            onChange={(e) => ctx.edit(code, { selfExplanation: e.target.value })}
          />
          {errExpl && <div style={{ color: '#cf1322' }}>{errExpl}</div>}
        </div>
        <div style={{ minWidth: 240 }}>
          <div>{t('scoring.assessment.evidence')}</div>
          {s.evidenceFiles.map((f) => (
            <div key={f.id}>
              <PaperClipOutlined /> <a href={`/api/files/${f.id}`}>{f.filename}</a>
              {editable && (
                <Button
                  type="link"
                  size="small"
                  onClick={() => ctx.edit(code, { evidenceFiles: s.evidenceFiles.filter((x) => x.id !== f.id) })}
                >
                  {t('scoring.assessment.removeEvidence')}
                </Button>
              )}
            </div>
          ))}
          {s.evidenceLinks.map((l) => (
            <div key={l.url}>
              <a href={l.url} target="_blank" rel="noreferrer">
                {l.title || l.url}
              </a>
              {editable && (
                <Button
                  type="link"
                  size="small"
                  onClick={() => ctx.edit(code, { evidenceLinks: s.evidenceLinks.filter((x) => x.url !== l.url) })}
                >
                  {t('scoring.assessment.removeEvidence')}
                </Button>
              )}
            </div>
          ))}
          {editable && (
            <div style={{ display: 'flex', gap: 4, marginTop: 4, flexWrap: 'wrap' }}>
              <Upload
                showUploadList={false}
                customRequest={async ({ file, onSuccess, onError }) => {
                  try {
                    const f = await scoringApi.uploadEvidence(a.unitId, file as File);
                    ctx.edit(code, { evidenceFiles: [...s.evidenceFiles, f] });
                    onSuccess?.(f);
                  } catch (e) {
                    void message.error(errorMessage(e));
                    onError?.(e as Error);
                  }
                }}
              >
                <Button size="small" icon={<UploadOutlined />} aria-label={t('scoring.assessment.uploadLabel', { code })}>
                  {t('scoring.assessment.upload')}
                </Button>
              </Upload>
              <Input
                size="small"
                style={{ width: 180 }}
                placeholder={t('scoring.assessment.linkPlaceholder')}
                aria-label={t('scoring.assessment.linkLabel', { code })}
                value={linkUrl}
                onChange={(e) => setLinkUrl(e.target.value)}
              />
              <Button
                size="small"
                disabled={!/^https?:\/\/\S+$/.test(linkUrl)}
                onClick={() => {
                  ctx.edit(code, { evidenceLinks: [...s.evidenceLinks, { url: linkUrl, title: null }] });
                  setLinkUrl('');
                }}
              >
                {t('scoring.assessment.addLink')}
              </Button>
            </div>
          )}
        </div>
      </div>
      {(s.appraisedScore !== null || canAppraise) && (
        <div style={{ background: '#fafafa', padding: 8, marginTop: 8, borderRadius: 6 }}>
          {s.appraisedScore !== null && (
            <div>
              {t('scoring.assessment.appraised')} <strong>{fmt(s.appraisedScore)}</strong>
              {s.selfScore !== null && s.appraisedScore !== s.selfScore && (
                <Tag color="red" style={{ marginLeft: 8 }}>
                  {t('scoring.assessment.differs', { self: fmt(s.selfScore) })}
                </Tag>
              )}
              {s.appraisalReason && <span> {t('scoring.assessment.reason', { reason: s.appraisalReason })}</span>}
              {s.appraisedByName && (
                <Typography.Text type="secondary">
                  {' '}
                  {t('scoring.assessment.appraisedBy', { name: s.appraisedByName, time: showDateTime(s.appraisedAt) })}
                </Typography.Text>
              )}
            </div>
          )}
          {canAppraise && (
            <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center', marginTop: 6 }}>
              <InputNumber
                aria-label={t('scoring.assessment.appraisalLabel', { code })}
                min={0}
                max={node.maxPoints}
                step={step}
                decimalSeparator=","
                value={apScore}
                onChange={(v) => setApScore(v === null ? null : Number(v))}
              />
              <Input
                style={{ flex: 1, minWidth: 220 }}
                placeholder={t('scoring.assessment.appraisalReasonPlaceholder')}
                aria-label={t('scoring.assessment.appraisalReasonLabel', { code })}
                value={apReason}
                onChange={(e) => setApReason(e.target.value)}
              />
              <Button
                type="primary"
                disabled={apScore === null}
                onClick={() =>
                  void ctx.act({
                    call: () => scoringApi.appraise(a.id, code, { score: apScore, reason: apReason || null }),
                    done: t('scoring.assessment.appraisalSaved', { code }),
                  })
                }
              >
                {t('scoring.assessment.saveAppraisal', { code })}
              </Button>
              <Input
                style={{ width: 220 }}
                placeholder={t('scoring.assessment.sendBackPlaceholder')}
                aria-label={t('scoring.assessment.sendBackLabel', { code })}
                value={note}
                onChange={(e) => setNote(e.target.value)}
              />
              <Button
                disabled={!note.trim()}
                onClick={() =>
                  void ctx.act({ call: () => scoringApi.sendBack(a.id, code, note), done: t('scoring.assessment.sentBack', { code }) })
                }
              >
                {t('scoring.assessment.sendBack')}
              </Button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}

/** Where a derived number came from: the value, the points it gives and the records it rests on. */
function SourceLine({
  source,
  origin,
}: {
  source: { indicator: string; value: number | null; points: number | null };
  origin: AssessmentDetailDto['indicatorSources'][string] | undefined;
}) {
  return (
    <div style={{ maxWidth: 360 }} data-testid="derived-source">
      <Typography.Text type="secondary">
        {source.value === null
          ? t('scoring.assessment.sourceMissing', { indicator: source.indicator })
          : t('scoring.assessment.sourceProposal', { indicator: source.indicator, value: fmt(source.value), points: fmt(source.points) })}
      </Typography.Text>
      {origin && origin.evidence.length > 0 && (
        <div>
          <Typography.Text type="secondary">
            {t('scoring.assessment.sourceFrom', { date: showDate(origin.asOf), list: origin.evidence.map((e) => e.label).join('; ') })}
          </Typography.Text>
        </div>
      )}
    </div>
  );
}

/** Veto events recorded on the assessment, and the coordinator's form to record one with its evidence. */
function VetoCard({ a, version, act }: { a: AssessmentDetailDto; version: ScorecardVersion; act: (s: Step) => Promise<boolean> }) {
  const events = version.rules.flatMap((r) => (r.kind === 'veto' ? r.events : []));
  const [code, setCode] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [url, setUrl] = useState('');
  const [withdrawing, setWithdrawing] = useState<VetoEventDto | null>(null);
  const record = () =>
    act({
      call: () =>
        scoringApi.recordVeto(a.id, {
          code: code ?? '',
          note,
          ...(url.trim() ? { evidenceLinks: [{ url: url.trim(), title: null }] } : {}),
        }),
      done: t('scoring.assessment.vetoRecorded'),
    });
  return (
    <Card size="small" title={t('scoring.assessment.vetoes')} style={{ marginBottom: 12 }} data-testid="veto-events">
      {a.vetoEvents.map((v) => (
        <div key={v.id} style={{ marginBottom: 6 }}>
          <Tag color={v.withdrawnAt ? 'default' : 'red'}>{v.name}</Tag> {v.note}
          {v.evidenceLinks.map((l) => (
            <span key={l.url}>
              {' '}
              <a href={l.url} target="_blank" rel="noreferrer">
                {l.title || l.url}
              </a>
            </span>
          ))}{' '}
          <Typography.Text type="secondary">
            {t('scoring.assessment.vetoBy', { name: v.recordedByName ?? '', time: showDateTime(v.recordedAt) })}
          </Typography.Text>
          {v.withdrawnAt ? (
            <Typography.Text type="secondary">
              {' '}
              {t('scoring.veto.withdrawnLine', { time: showDateTime(v.withdrawnAt), reason: v.withdrawnReason ?? '' })}
            </Typography.Text>
          ) : (
            a.can.recordVeto && (
              <Button size="small" type="link" danger onClick={() => setWithdrawing(v)}>
                {t('scoring.veto.withdraw')}
              </Button>
            )
          )}
        </div>
      ))}
      {withdrawing && (
        <ReasonDialog
          assessmentId={a.id}
          title={t('scoring.veto.withdrawTitle', { name: withdrawing.name })}
          label={t('scoring.veto.withdrawReason')}
          okText={t('scoring.veto.withdraw')}
          danger
          success={t('scoring.veto.withdrawn')}
          run={(reason) => scoringApi.withdrawVeto(a.id, withdrawing.id, reason)}
          onClose={() => setWithdrawing(null)}
        />
      )}
      {a.can.recordVeto && (
        <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap' }}>
          <Select
            aria-label={t('scoring.assessment.vetoEvent')}
            placeholder={t('scoring.assessment.vetoEvent')}
            style={{ minWidth: 280 }}
            value={code}
            options={events.map((e) => ({ value: e.code, label: e.name }))}
            onChange={(v: string) => setCode(v)}
          />
          <Input
            aria-label={t('scoring.assessment.vetoNote')}
            placeholder={t('scoring.assessment.vetoNote')}
            style={{ flex: 1, minWidth: 240 }}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <Input
            aria-label={t('scoring.assessment.vetoLink')}
            placeholder={t('scoring.assessment.vetoLink')}
            style={{ width: 260 }}
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
          <Button danger disabled={!code || !note.trim()} onClick={() => void record()}>
            {t('scoring.assessment.vetoRecord')}
          </Button>
        </div>
      )}
    </Card>
  );
}

/** Criteria closed without an appraisal (with the coordinator's reason) and earlier results kept on reopening. */
function ResultHistory({ a }: { a: AssessmentDetailDto }) {
  const closed = Object.entries(a.unappraisedReasons);
  return (
    <Card size="small" title={t('scoring.history.title')} style={{ marginBottom: 12 }} data-testid="result-history">
      {closed.length > 0 && (
        <Typography.Paragraph>
          {t('scoring.history.closedUnappraised', { count: closed.length })}{' '}
          {closed.map(([code, reason]) => t('scoring.history.closedLine', { code, reason })).join('; ')}
        </Typography.Paragraph>
      )}
      {a.history.map((h) => (
        <div key={h.reopenedAt} style={{ marginBottom: 6 }}>
          {t('scoring.history.entry', {
            total: fmt(h.total),
            level: h.levelName,
            finalised: h.finalisedAt ? showDateTime(h.finalisedAt) : '—',
            reopened: showDateTime(h.reopenedAt),
            by: h.reopenedByName ?? '',
            reason: h.reason,
          })}
        </div>
      ))}
    </Card>
  );
}
