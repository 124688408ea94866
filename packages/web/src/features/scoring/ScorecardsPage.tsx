// Scorecard versions: the list, and the builder (tree editor with live validation by the domain,
// levels, unit groups, rules, appraising agencies; copy to a new version; Excel import/export).
import { useMemo, useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, Button, Card, Checkbox, Input, InputNumber, Select, Table, Tag, Typography, Upload } from 'antd';
import { localDateInProvince, validateScorecard, type ScorecardVersion } from '@dvcq/domain';
import {
  SCORECARD_RULE_KINDS,
  SCORECARD_RULE_LABELS,
  SCORECARD_STATUS_LABELS,
  SCORING_METHOD_KINDS,
  SCORING_METHOD_LABELS,
  UNIT_KINDS,
  UNIT_KIND_LABELS,
  type AppraisingAgencyDto,
  type ScorecardDefinitionDto,
  type ScorecardDetailDto,
  type ScorecardNodeDto,
  type ScorecardSummaryDto,
} from '@dvcq/shared';
import { ApiError, errorMessage } from '../../api/client.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { t } from '../../i18n/index.ts';
import { showDate } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { useSave } from '../../lib/useSave.ts';
import { ScorecardCommendationCard } from './ScorecardCommendationCard.tsx';
import { scoringApi, scoringKeys, useScorecard, useScorecards, type ScorecardSource } from './scoringApi.ts';
import { foldedSearch } from '../../lib/foldedSearch.ts';
import '../../i18n/vi/scoring.ts';

const today = () => localDateInProvince(new Date());

export function ScorecardsPage() {
  usePageTitle(t('scoring.scorecard.pageTitle'));
  const list = useScorecards();
  const navigate = useNavigate();
  // From the example or an Excel file to a new draft version, opened in the builder.
  const create = useSave({
    errorDisplay: 'summary',
    run: async (source: () => Promise<ScorecardSource>) => {
      const src = await source();
      return scoringApi.createScorecard({
        decisionNumber: src.decisionNumber ?? t('scoring.scorecard.draftNumber'),
        decisionDate: src.decisionDate ?? today(),
        name: src.name ?? t('scoring.scorecard.newName'),
        definition: src.definition,
        agencies: src.agencies,
      });
    },
    invalidate: [scoringKeys.scorecards],
    onSuccess: (sc) => {
      navigate(`/cham-diem/bo-tieu-chi/${sc.id}`);
    },
  });
  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('scoring.scorecard.listTitle')}
      </Typography.Title>
      <div className="page-toolbar" style={{ gap: 8 }}>
        <Button type="primary" loading={create.pending} onClick={() => void create.run(scoringApi.exampleScorecard)}>
          {t('scoring.scorecard.fromExample')}
        </Button>
        <Upload
          accept=".xlsx"
          showUploadList={false}
          customRequest={({ file }) => void create.run(() => scoringApi.importScorecardXlsx(file as File))}
        >
          <Button>{t('scoring.scorecard.fromExcel')}</Button>
        </Upload>
        <Link to="/cham-diem">{t('scoring.scorecard.backToScoring')}</Link>
      </div>
      {create.summary && (
        <Alert type="error" showIcon closable onClose={create.clear} title={create.summary} style={{ marginBottom: 12 }} />
      )}
      <Table<ScorecardSummaryDto>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data ?? []}
        pagination={false}
        columns={[
          {
            title: t('scoring.scorecard.col.decision'),
            render: (_, s) => <Link to={`/cham-diem/bo-tieu-chi/${s.id}`}>{s.decisionNumber}</Link>,
          },
          { title: t('scoring.scorecard.col.date'), dataIndex: 'decisionDate', render: (d: string) => showDate(d) },
          { title: t('scoring.scorecard.col.name'), dataIndex: 'name' },
          { title: t('scoring.scorecard.col.points'), dataIndex: 'maxPoints', align: 'right' },
          { title: t('scoring.scorecard.col.criteria'), dataIndex: 'criteriaCount', align: 'right' },
          {
            title: t('scoring.col.status'),
            dataIndex: 'status',
            render: (s: ScorecardSummaryDto['status']) => (
              <Tag color={s === 'active' ? 'green' : 'default'}>{SCORECARD_STATUS_LABELS[s]}</Tag>
            ),
          },
        ]}
      />
    </div>
  );
}

export function ScorecardEditorPage() {
  const { id } = useParams();
  const q = useScorecard(id);
  usePageTitle(t('scoring.scorecard.pageTitle'));
  if (q.isError)
    return (
      <div className="page">
        <Alert type="error" showIcon title={errorMessage(q.error)} />
      </div>
    );
  if (!q.data) return <div className="page">{t('common.loading')}</div>;
  return <Editor key={`${q.data.id}:${q.data.version}`} sc={q.data} />;
}

type Path = number[];
function updateAt(nodes: ScorecardNodeDto[], path: Path, f: (n: ScorecardNodeDto) => ScorecardNodeDto | null): ScorecardNodeDto[] {
  const [head, ...rest] = path;
  const out: ScorecardNodeDto[] = [];
  nodes.forEach((n, i) => {
    if (i !== head) return void out.push(n);
    if (rest.length === 0) {
      const r = f(n);
      if (r) out.push(r);
    } else out.push({ ...n, children: updateAt(n.children ?? [], rest, f) });
  });
  return out;
}

function Editor({ sc }: { sc: ScorecardDetailDto }) {
  const navigate = useNavigate();
  const [meta, setMeta] = useState({ decisionNumber: sc.decisionNumber, decisionDate: sc.decisionDate, name: sc.name });
  const [def, setDef] = useState<ScorecardDefinitionDto>(sc.definition);
  const [agencies, setAgencies] = useState<AppraisingAgencyDto[]>(sc.agencies);
  const readOnly = sc.status !== 'draft' || !sc.canManage;
  const problems = useMemo(
    () =>
      validateScorecard({
        ...(def as unknown as ScorecardVersion),
        id: sc.id,
        decision: { number: meta.decisionNumber, date: meta.decisionDate },
        name: meta.name,
      }),
    [def, meta, sc.id],
  );
  const byNode = new Map<string, string[]>();
  problems.forEach((p) => p.node && byNode.set(p.node, [...(byNode.get(p.node) ?? []), p.message]));
  const setNodes = (nodes: ScorecardNodeDto[]) => setDef({ ...def, nodes });
  const errorCount = problems.filter((p) => p.severity === 'error').length;
  const warningCount = problems.filter((p) => p.severity === 'warning').length;

  const save = useSave({
    errorDisplay: 'summary',
    run: () =>
      scoringApi.updateScorecard(sc.id, {
        ...meta,
        definition: def,
        agencies,
        rankingTarget: sc.rankingTarget,
        expectedVersion: sc.version,
      }),
    invalidate: [scoringKeys.all],
    success: t('scoring.scorecard.saved'),
  });
  // Activation lists every reason it was refused (one per criterion) after the general message.
  const activate = useSave({
    errorDisplay: 'summary',
    mapErrors: (e) => ({ summary: e instanceof ApiError ? [e.message, ...Object.values(e.fields)].join(' ') : errorMessage(e) }),
    run: () => scoringApi.activateScorecard(sc.id, sc.version),
    invalidate: [scoringKeys.all],
    success: t('scoring.scorecard.activated'),
  });
  const copy = useSave({
    errorDisplay: 'summary',
    run: () =>
      scoringApi.copyScorecard(sc.id, {
        decisionNumber: t('scoring.scorecard.copyNumber', { number: sc.decisionNumber }),
        decisionDate: today(),
      }),
    invalidate: [scoringKeys.scorecards],
    onSuccess: (next) => {
      navigate(`/cham-diem/bo-tieu-chi/${next.id}`);
    },
  });
  const error = save.summary ?? activate.summary ?? copy.summary;
  const clearError = () => {
    save.clear();
    activate.clear();
    copy.clear();
  };

  const renderNode = (n: ScorecardNodeDto, path: Path): ReactNode => {
    const leaf = !(n.children ?? []).length;
    const upd = (patch: Partial<ScorecardNodeDto>) => setNodes(updateAt(def.nodes, path, (x) => ({ ...x, ...patch })));
    const m = n.method;
    return (
      <div
        key={path.join('.')}
        style={{ marginLeft: (path.length - 1) * 20, borderLeft: '2px solid #eee', paddingLeft: 8, marginBottom: 6 }}
      >
        <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap', alignItems: 'center' }}>
          <Input
            aria-label={t('scoring.scorecard.code')}
            style={{ width: 70 }}
            disabled={readOnly}
            value={n.code}
            onChange={(e) => upd({ code: e.target.value })}
          />
          <Input
            aria-label={t('scoring.scorecard.criterionName')}
            style={{ flex: 1, minWidth: 260 }}
            disabled={readOnly}
            value={n.title}
            onChange={(e) => upd({ title: e.target.value })}
          />
          <InputNumber
            aria-label={t('scoring.scorecard.maxPoints')}
            style={{ width: 90 }}
            disabled={readOnly}
            value={n.maxPoints}
            min={0}
            step={0.5}
            onChange={(v) => upd({ maxPoints: Number(v ?? 0) })}
          />
          {leaf && (
            <Select
              style={{ width: 190 }}
              disabled={readOnly}
              value={m?.kind}
              placeholder={t('scoring.scorecard.method')}
              options={SCORING_METHOD_KINDS.map((k) => ({ value: k, label: SCORING_METHOD_LABELS[k] }))}
              onChange={(k) =>
                upd({
                  method:
                    k === 'yes_no'
                      ? { kind: 'yes_no' }
                      : k === 'derived'
                        ? { kind: 'derived', indicator: '', mapping: { kind: 'linear', zeroAt: 0, fullAt: 100 } }
                        : { kind: k, step: 0.5 },
                })
              }
            />
          )}
          {leaf && m && 'step' in m && m.kind !== 'derived' && (
            <InputNumber
              aria-label={t('scoring.scorecard.step')}
              style={{ width: 80 }}
              disabled={readOnly}
              value={m.step}
              min={0.05}
              step={0.25}
              onChange={(v) => upd({ method: { ...m, step: Number(v ?? 1) } })}
            />
          )}
          {leaf && m?.kind === 'bonus' && (
            <>
              <Input
                aria-label={t('scoring.scorecard.bonusSource')}
                style={{ width: 170 }}
                placeholder={t('scoring.scorecard.bonusSourcePlaceholder')}
                disabled={readOnly}
                value={m.source?.indicator ?? ''}
                onChange={(e) => {
                  const indicator = e.target.value.trim();
                  const { source: _s, ...rest } = m;
                  upd({
                    method: indicator
                      ? { ...rest, source: { indicator, mapping: m.source?.mapping ?? { kind: 'linear', zeroAt: 0, fullAt: n.maxPoints } } }
                      : rest,
                  });
                }}
              />
              {m.source?.mapping.kind === 'linear' && (
                <InputNumber
                  aria-label={t('scoring.scorecard.bonusSourceFullAt')}
                  title={t('scoring.scorecard.bonusSourceFullAt')}
                  style={{ width: 80 }}
                  disabled={readOnly}
                  value={m.source.mapping.fullAt}
                  min={0.01}
                  onChange={(v) =>
                    m.source &&
                    upd({ method: { ...m, source: { ...m.source, mapping: { kind: 'linear', zeroAt: 0, fullAt: Number(v ?? 1) } } } })
                  }
                />
              )}
            </>
          )}
          {leaf && m?.kind === 'derived' && (
            <Input
              aria-label={t('scoring.scorecard.indicator')}
              style={{ width: 150 }}
              placeholder={t('scoring.scorecard.indicatorPlaceholder')}
              disabled={readOnly}
              value={m.indicator}
              onChange={(e) => upd({ method: { ...m, indicator: e.target.value } })}
            />
          )}
          <Select
            style={{ width: 190 }}
            allowClear
            disabled={readOnly}
            placeholder={t('scoring.scorecard.agencyInherited')}
            value={n.appraisingAgency}
            options={agencies.map((a) => ({ value: a.code, label: a.name }))}
            onChange={(v) => upd({ appraisingAgency: v ?? undefined })}
          />
          <Select
            mode="multiple"
            showSearch={foldedSearch}
            style={{ minWidth: 160 }}
            allowClear
            disabled={readOnly}
            placeholder={t('scoring.scorecard.groupsAll')}
            value={n.applicableGroups ?? []}
            options={def.unitGroups.map((g) => ({ value: g.code, label: g.code }))}
            onChange={(v: string[]) => upd({ applicableGroups: v.length ? v : undefined })}
          />
          <Checkbox
            disabled={readOnly}
            checked={!!n.blocksTopLevelIfZero}
            onChange={(e) => upd({ blocksTopLevelIfZero: e.target.checked || undefined })}
          >
            {t('scoring.scorecard.blocksTop')}
          </Checkbox>
          {!readOnly && (
            <>
              <Button
                size="small"
                onClick={() =>
                  upd({
                    children: [
                      ...(n.children ?? []),
                      {
                        code: `${n.code}.${(n.children ?? []).length + 1}`,
                        title: '',
                        maxPoints: 1,
                        method: { kind: 'points', step: 0.5 },
                      },
                    ],
                    method: undefined,
                  })
                }
              >
                {t('scoring.scorecard.addChild')}
              </Button>
              <Button size="small" danger onClick={() => setNodes(updateAt(def.nodes, path, () => null))}>
                {t('common.remove')}
              </Button>
            </>
          )}
        </div>
        {leaf && (
          <div style={{ display: 'flex', gap: 6, marginTop: 4 }}>
            <Input.TextArea
              aria-label={t('scoring.scorecard.guidance')}
              placeholder={t('scoring.scorecard.guidance')}
              autoSize
              disabled={readOnly}
              value={n.guidance ?? ''}
              onChange={(e) => upd({ guidance: e.target.value || undefined })}
            />
            <Input.TextArea
              aria-label={t('scoring.scorecard.requiredEvidence')}
              placeholder={t('scoring.scorecard.requiredEvidencePlaceholder')}
              autoSize
              disabled={readOnly}
              value={(n.requiredEvidence ?? []).map((e) => e.text).join('\n')}
              onChange={(e) =>
                upd({
                  requiredEvidence: e.target.value
                    .split('\n')
                    .filter((x) => x.trim())
                    .map((text) => ({ text, required: true })),
                })
              }
            />
          </div>
        )}
        {(byNode.get(n.code) ?? []).map((msg) => (
          <div key={msg} style={{ color: '#cf1322' }}>
            {msg}
          </div>
        ))}
        {(n.children ?? []).map((c, i) => renderNode(c, [...path, i]))}
      </div>
    );
  };

  const setLevel = (i: number, patch: Partial<ScorecardDefinitionDto['levels']['levels'][number]>) =>
    setDef({ ...def, levels: { ...def.levels, levels: def.levels.levels.map((x, j) => (j === i ? { ...x, ...patch } : x)) } });
  const setGroup = (i: number, patch: Partial<ScorecardDefinitionDto['unitGroups'][number]>) =>
    setDef({ ...def, unitGroups: def.unitGroups.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  const setAgency = (i: number, patch: Partial<AppraisingAgencyDto>) =>
    setAgencies(agencies.map((x, j) => (j === i ? { ...x, ...patch } : x)));

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('scoring.scorecard.heading', { number: sc.decisionNumber })}{' '}
        <Tag color={sc.status === 'active' ? 'green' : 'default'}>{SCORECARD_STATUS_LABELS[sc.status]}</Tag>
      </Typography.Title>
      <div className="page-toolbar" style={{ gap: 8, flexWrap: 'wrap' }}>
        {!readOnly && (
          <Button type="primary" loading={save.pending} onClick={() => void save.run()}>
            {t('common.save')}
          </Button>
        )}
        {!readOnly && (
          <Button disabled={errorCount > 0} loading={activate.pending} onClick={() => void activate.run()}>
            {t('scoring.scorecard.activate')}
          </Button>
        )}
        {sc.canManage && (
          <Button loading={copy.pending} onClick={() => void copy.run()}>
            {t('scoring.scorecard.copy')}
          </Button>
        )}
        <DownloadButton download={() => scoringApi.downloadScorecardXlsx(sc.id)}>{t('scoring.scorecard.exportExcel')}</DownloadButton>
        <Link to="/cham-diem/bo-tieu-chi">{t('scoring.scorecard.backToList')}</Link>
      </div>
      {error && <Alert type="error" showIcon closable onClose={clearError} title={error} style={{ marginBottom: 12 }} />}
      {def.note && <Alert type="info" showIcon title={def.note} style={{ marginBottom: 12 }} />}
      <Card size="small" title={t('scoring.scorecard.decisionCard')} style={{ marginBottom: 12 }}>
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <Input
            aria-label={t('scoring.scorecard.decisionNumber')}
            style={{ width: 200 }}
            disabled={readOnly}
            value={meta.decisionNumber}
            onChange={(e) => setMeta({ ...meta, decisionNumber: e.target.value })}
          />
          <Input
            aria-label={t('scoring.scorecard.decisionDate')}
            type="date"
            style={{ width: 170 }}
            disabled={readOnly}
            value={meta.decisionDate}
            onChange={(e) => setMeta({ ...meta, decisionDate: e.target.value })}
          />
          <Input
            aria-label={t('scoring.scorecard.name')}
            style={{ flex: 1, minWidth: 300 }}
            disabled={readOnly}
            value={meta.name}
            onChange={(e) => setMeta({ ...meta, name: e.target.value })}
          />
        </div>
      </Card>
      <Card size="small" title={t('scoring.scorecard.check', { errors: errorCount, warnings: warningCount })} style={{ marginBottom: 12 }}>
        {problems.length === 0 ? (
          <Typography.Text type="success">{t('scoring.scorecard.valid')}</Typography.Text>
        ) : (
          problems.map((p, i) => (
            <div key={i} style={{ color: p.severity === 'error' ? '#cf1322' : '#d48806' }}>
              {p.message}
            </div>
          ))
        )}
      </Card>
      <Card
        size="small"
        title={t('scoring.scorecard.criteria')}
        style={{ marginBottom: 12 }}
        extra={
          !readOnly && (
            <Button
              size="small"
              onClick={() =>
                setNodes([
                  ...def.nodes,
                  { code: String(def.nodes.length + 1), title: '', maxPoints: 10, method: { kind: 'points', step: 0.5 } },
                ])
              }
            >
              {t('scoring.scorecard.addCriterion')}
            </Button>
          )
        }
      >
        {def.nodes.map((n, i) => renderNode(n, [i]))}
      </Card>
      <Card size="small" title={t('scoring.scorecard.levels')} style={{ marginBottom: 12 }}>
        <Select
          disabled={readOnly}
          value={def.levels.basis}
          style={{ width: 320, marginBottom: 8 }}
          onChange={(basis) => setDef({ ...def, levels: { ...def.levels, basis } })}
          options={[
            { value: 'points', label: t('scoring.scorecard.basisPoints') },
            { value: 'percent_of_max', label: t('scoring.scorecard.basisPercent') },
          ]}
        />
        {def.levels.levels.map((l, i) => (
          <div key={i} style={{ display: 'flex', gap: 6, marginBottom: 4 }}>
            <Input
              aria-label={t('scoring.scorecard.levelCode')}
              style={{ width: 120 }}
              disabled={readOnly}
              value={l.code}
              onChange={(e) => setLevel(i, { code: e.target.value })}
            />
            <Input
              aria-label={t('scoring.scorecard.levelName')}
              style={{ width: 200 }}
              disabled={readOnly}
              value={l.name}
              onChange={(e) => setLevel(i, { name: e.target.value })}
            />
            <InputNumber
              aria-label={t('scoring.scorecard.threshold')}
              disabled={readOnly}
              value={l.min}
              onChange={(v) => setLevel(i, { min: Number(v ?? 0) })}
            />
            <Checkbox
              disabled={readOnly}
              checked={!!l.requiresNoZeroCriterion}
              onChange={(e) => setLevel(i, { requiresNoZeroCriterion: e.target.checked || undefined })}
            >
              {t('scoring.scorecard.levelNoZero')}
            </Checkbox>
          </div>
        ))}
        {!readOnly && (
          <Button
            size="small"
            onClick={() =>
              setDef({
                ...def,
                levels: { ...def.levels, levels: [...def.levels.levels, { code: `muc${def.levels.levels.length + 1}`, name: '', min: 0 }] },
              })
            }
          >
            {t('scoring.scorecard.addLevel')}
          </Button>
        )}
      </Card>
      <Card size="small" title={t('scoring.scorecard.groups')} style={{ marginBottom: 12 }}>
        {def.unitGroups.map((g, i) => (
          <div key={i} style={{ display: 'flex', gap: 6, marginBottom: 4, flexWrap: 'wrap' }}>
            <Input
              aria-label={t('scoring.scorecard.groupCode')}
              style={{ width: 140 }}
              disabled={readOnly}
              value={g.code}
              onChange={(e) => setGroup(i, { code: e.target.value })}
            />
            <Input
              aria-label={t('scoring.scorecard.groupName')}
              style={{ flex: 1, minWidth: 300 }}
              disabled={readOnly}
              value={g.name}
              onChange={(e) => setGroup(i, { name: e.target.value })}
            />
            <Select
              mode="multiple"
              showSearch={foldedSearch}
              style={{ minWidth: 300 }}
              disabled={readOnly}
              value={g.unitKinds}
              options={UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }))}
              onChange={(v: string[]) => setGroup(i, { unitKinds: v })}
            />
          </div>
        ))}
        {!readOnly && (
          <Button
            size="small"
            onClick={() =>
              setDef({ ...def, unitGroups: [...def.unitGroups, { code: `nhom${def.unitGroups.length + 1}`, name: '', unitKinds: [] }] })
            }
          >
            {t('scoring.scorecard.addGroup')}
          </Button>
        )}
      </Card>
      <Card size="small" title={t('scoring.scorecard.rules')} style={{ marginBottom: 12 }}>
        {def.rules.map((r, i) => (
          <div key={i} style={{ display: 'flex', gap: 6, marginBottom: 4, alignItems: 'center', flexWrap: 'wrap' }}>
            <Tag>{SCORECARD_RULE_LABELS[r.kind]}</Tag>
            {'flag' in r && (
              <Input
                aria-label={t('scoring.scorecard.ruleFlag')}
                style={{ width: 160 }}
                disabled={readOnly}
                value={r.flag}
                onChange={(e) =>
                  setDef({ ...def, rules: def.rules.map((x, j) => (j === i ? ({ ...x, flag: e.target.value } as typeof x) : x)) })
                }
              />
            )}
            {r.kind === 'max_level_if_flag' && (
              <Select
                style={{ width: 140 }}
                disabled={readOnly}
                value={r.maxLevel}
                options={def.levels.levels.map((l) => ({ value: l.code, label: l.name }))}
                onChange={(v) => setDef({ ...def, rules: def.rules.map((x, j) => (j === i ? { ...r, maxLevel: v } : x)) })}
              />
            )}
            {r.kind === 'veto' && (
              <div style={{ width: '100%' }}>
                {r.events.map((e, k) => {
                  const setEvent = (patch: Partial<typeof e>) =>
                    setDef({
                      ...def,
                      rules: def.rules.map((x, j) =>
                        j === i ? { ...r, events: r.events.map((y, q) => (q === k ? { ...y, ...patch } : y)) } : x,
                      ),
                    });
                  return (
                    <div key={k} style={{ display: 'flex', gap: 6, marginBottom: 4 }}>
                      <Input
                        aria-label={t('scoring.scorecard.vetoCode')}
                        style={{ width: 160 }}
                        disabled={readOnly}
                        value={e.code}
                        onChange={(ev) => setEvent({ code: ev.target.value })}
                      />
                      <Input
                        aria-label={t('scoring.scorecard.vetoName')}
                        style={{ flex: 1 }}
                        disabled={readOnly}
                        value={e.name}
                        onChange={(ev) => setEvent({ name: ev.target.value })}
                      />
                      {!readOnly && (
                        <Button
                          size="small"
                          onClick={() =>
                            setDef({
                              ...def,
                              rules: def.rules.map((x, j) => (j === i ? { ...r, events: r.events.filter((_, q) => q !== k) } : x)),
                            })
                          }
                        >
                          {t('common.remove')}
                        </Button>
                      )}
                    </div>
                  );
                })}
                {!readOnly && (
                  <Button
                    size="small"
                    onClick={() =>
                      setDef({
                        ...def,
                        rules: def.rules.map((x, j) =>
                          j === i ? { ...r, events: [...r.events, { code: `su_viec_${r.events.length + 1}`, name: '' }] } : x,
                        ),
                      })
                    }
                  >
                    {t('scoring.scorecard.addVeto')}
                  </Button>
                )}
              </div>
            )}
            {!readOnly && (
              <Button size="small" danger onClick={() => setDef({ ...def, rules: def.rules.filter((_, j) => j !== i) })}>
                {t('common.remove')}
              </Button>
            )}
          </div>
        ))}
        {!readOnly && (
          <Select
            placeholder={t('scoring.scorecard.addRule')}
            style={{ width: 360 }}
            value={null as (typeof SCORECARD_RULE_KINDS)[number] | null}
            options={SCORECARD_RULE_KINDS.map((k) => ({ value: k, label: SCORECARD_RULE_LABELS[k] }))}
            onChange={(k: (typeof SCORECARD_RULE_KINDS)[number]) =>
              setDef({
                ...def,
                rules: [
                  ...def.rules,
                  k === 'not_eligible'
                    ? { kind: k, flag: 'vi_pham' }
                    : k === 'max_level_if_flag'
                      ? { kind: k, flag: 'ky_luat', maxLevel: def.levels.levels[1]?.code ?? '' }
                      : k === 'veto'
                        ? { kind: k, events: [{ code: 'su_viec_1', name: '' }] }
                        : { kind: k },
                ],
              })
            }
          />
        )}
      </Card>
      <ScorecardCommendationCard
        def={def}
        readOnly={readOnly}
        onChange={(commendation) => {
          const { commendation: _old, ...rest } = def;
          setDef(commendation ? { ...rest, commendation } : rest);
        }}
      />
      <Card size="small" title={t('scoring.scorecard.agencies')}>
        {agencies.map((a, i) => (
          <div key={i} style={{ display: 'flex', gap: 6, marginBottom: 4 }}>
            <Input
              aria-label={t('scoring.scorecard.agencyCode')}
              style={{ width: 160 }}
              disabled={readOnly}
              value={a.code}
              onChange={(e) => setAgency(i, { code: e.target.value })}
            />
            <Input
              aria-label={t('scoring.scorecard.agencyName')}
              style={{ width: 280 }}
              disabled={readOnly}
              value={a.name}
              onChange={(e) => setAgency(i, { name: e.target.value })}
            />
            <Input
              aria-label={t('scoring.scorecard.agencyUnitCode')}
              style={{ width: 160 }}
              disabled={readOnly}
              value={a.unitCode}
              onChange={(e) => setAgency(i, { unitCode: e.target.value })}
            />
          </div>
        ))}
        {!readOnly && (
          <Button size="small" onClick={() => setAgencies([...agencies, { code: '', name: '', unitCode: '' }])}>
            {t('scoring.scorecard.addAgency')}
          </Button>
        )}
      </Card>
    </div>
  );
}
