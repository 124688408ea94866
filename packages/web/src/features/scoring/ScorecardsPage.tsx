// Scorecard versions: the list, and the builder (tree editor with live validation by the domain,
// levels, unit groups, rules, appraising agencies; copy to a new version; Excel import/export).
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Input, InputNumber, Select, Table, Tag, Typography, Upload, message } from 'antd';
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
import { ApiError, api, errorMessage, getCsrfToken } from '../../api/client.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { showDate } from '../../lib/format.ts';
import { put, scoringKeys, useScorecard, useScorecards } from './scoringApi.ts';

interface Imported {
  definition: ScorecardDefinitionDto;
  agencies: AppraisingAgencyDto[];
  decisionNumber: string | null;
  decisionDate: string | null;
  name: string | null;
}

async function importXlsx(file: File): Promise<Imported> {
  const form = new FormData();
  form.append('file', file);
  const token = getCsrfToken();
  const res = await fetch('/api/scoring/scorecards/import-xlsx', { method: 'POST', body: form, credentials: 'same-origin', headers: token ? { 'x-csrf-token': token } : {} });
  const body = (await res.json()) as Imported & { error?: { message: string } };
  if (!res.ok) throw new Error(body.error?.message ?? 'Không đọc được tệp');
  return body;
}

export function ScorecardsPage() {
  usePageTitle('Bộ tiêu chí');
  const list = useScorecards();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const create = async (src: Imported) => {
    try {
      const sc = await api.post<ScorecardDetailDto>('/api/scoring/scorecards', {
        decisionNumber: src.decisionNumber ?? 'Dự thảo',
        decisionDate: src.decisionDate ?? localDateInProvince(new Date()),
        name: src.name ?? 'Bộ tiêu chí mới',
        definition: src.definition,
        agencies: src.agencies,
      });
      navigate(`/cham-diem/bo-tieu-chi/${sc.id}`);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <div className="page">
      <Typography.Title level={2} className="page-title">
        Bộ tiêu chí đánh giá, xếp loại
      </Typography.Title>
      <div className="page-toolbar" style={{ gap: 8 }}>
        <Button type="primary" onClick={() => void api.get<Imported>('/api/scoring/scorecards/example').then(create, (e) => setError(errorMessage(e)))}>
          Soạn từ mẫu minh hoạ (cấu trúc 1563)
        </Button>
        <Upload accept=".xlsx" showUploadList={false} customRequest={({ file }) => void importXlsx(file as File).then(create, (e: Error) => setError(e.message))}>
          <Button>Nhập từ Excel</Button>
        </Upload>
        <Link to="/cham-diem">← Chấm điểm</Link>
      </div>
      {error && <Alert type="error" showIcon closable onClose={() => setError(null)} title={error} style={{ marginBottom: 12 }} />}
      <Table<ScorecardSummaryDto>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data ?? []}
        pagination={false}
        columns={[
          { title: 'Quyết định', render: (_, s) => <Link to={`/cham-diem/bo-tieu-chi/${s.id}`}>{s.decisionNumber}</Link> },
          { title: 'Ngày', dataIndex: 'decisionDate', render: (d: string) => showDate(d) },
          { title: 'Tên', dataIndex: 'name' },
          { title: 'Điểm', dataIndex: 'maxPoints', align: 'right' },
          { title: 'Số tiêu chí', dataIndex: 'criteriaCount', align: 'right' },
          { title: 'Trạng thái', dataIndex: 'status', render: (s: ScorecardSummaryDto['status']) => <Tag color={s === 'active' ? 'green' : 'default'}>{SCORECARD_STATUS_LABELS[s]}</Tag> },
        ]}
      />
    </div>
  );
}

export function ScorecardEditorPage() {
  const { id } = useParams();
  const q = useScorecard(id);
  usePageTitle('Bộ tiêu chí');
  if (q.isError) return <div className="page"><Alert type="error" showIcon title={errorMessage(q.error)} /></div>;
  if (!q.data) return <div className="page">Đang tải…</div>;
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
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [meta, setMeta] = useState({ decisionNumber: sc.decisionNumber, decisionDate: sc.decisionDate, name: sc.name });
  const [def, setDef] = useState<ScorecardDefinitionDto>(sc.definition);
  const [agencies, setAgencies] = useState<AppraisingAgencyDto[]>(sc.agencies);
  const [error, setError] = useState<string | null>(null);
  const readOnly = sc.status !== 'draft' || !sc.canManage;
  const problems = useMemo(
    () => validateScorecard({ ...(def as unknown as ScorecardVersion), id: sc.id, decision: { number: meta.decisionNumber, date: meta.decisionDate }, name: meta.name }),
    [def, meta, sc.id],
  );
  const byNode = new Map<string, string[]>();
  problems.forEach((p) => p.node && byNode.set(p.node, [...(byNode.get(p.node) ?? []), p.message]));
  const setNodes = (nodes: ScorecardNodeDto[]) => setDef({ ...def, nodes });

  const save = async () => {
    try {
      await put(`/api/scoring/scorecards/${sc.id}`, { ...meta, definition: def, agencies, rankingTarget: sc.rankingTarget, expectedVersion: sc.version });
      void message.success('Đã lưu bộ tiêu chí');
      void qc.invalidateQueries({ queryKey: scoringKeys.all });
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const activate = async () => {
    try {
      await api.post(`/api/scoring/scorecards/${sc.id}/activate`, { expectedVersion: sc.version });
      void qc.invalidateQueries({ queryKey: scoringKeys.all });
    } catch (e) {
      setError(e instanceof ApiError ? `${e.message} ${Object.values(e.fields).join(' ')}` : errorMessage(e));
    }
  };
  const copy = async () => {
    try {
      const next = await api.post<ScorecardDetailDto>(`/api/scoring/scorecards/${sc.id}/copy`, { decisionNumber: `${sc.decisionNumber} (bản sao)`, decisionDate: localDateInProvince(new Date()) });
      navigate(`/cham-diem/bo-tieu-chi/${next.id}`);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const renderNode = (n: ScorecardNodeDto, path: Path): React.ReactNode => {
    const leaf = !(n.children ?? []).length;
    const upd = (patch: Partial<ScorecardNodeDto>) => setNodes(updateAt(def.nodes, path, (x) => ({ ...x, ...patch })));
    const m = n.method;
    return (
      <div key={path.join('.')} style={{ marginLeft: (path.length - 1) * 20, borderLeft: '2px solid #eee', paddingLeft: 8, marginBottom: 6 }}>
        <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap', alignItems: 'center' }}>
          <Input aria-label="Mã" style={{ width: 70 }} disabled={readOnly} value={n.code} onChange={(e) => upd({ code: e.target.value })} />
          <Input aria-label="Tên tiêu chí" style={{ flex: 1, minWidth: 260 }} disabled={readOnly} value={n.title} onChange={(e) => upd({ title: e.target.value })} />
          <InputNumber aria-label="Điểm tối đa" style={{ width: 90 }} disabled={readOnly} value={n.maxPoints} min={0} step={0.5} onChange={(v) => upd({ maxPoints: Number(v ?? 0) })} />
          {leaf && (
            <Select
              style={{ width: 190 }}
              disabled={readOnly}
              value={m?.kind}
              placeholder="Phương pháp chấm"
              options={SCORING_METHOD_KINDS.map((k) => ({ value: k, label: SCORING_METHOD_LABELS[k] }))}
              onChange={(k) =>
                upd({ method: k === 'yes_no' ? { kind: 'yes_no' } : k === 'derived' ? { kind: 'derived', indicator: '', mapping: { kind: 'linear', zeroAt: 0, fullAt: 100 } } : { kind: k, step: 0.5 } })
              }
            />
          )}
          {leaf && m && 'step' in m && m.kind !== 'derived' && (
            <InputNumber aria-label="Bước điểm" style={{ width: 80 }} disabled={readOnly} value={m.step} min={0.05} step={0.25} onChange={(v) => upd({ method: { ...m, step: Number(v ?? 1) } })} />
          )}
          {leaf && m?.kind === 'derived' && (
            <Input aria-label="Chỉ tiêu" style={{ width: 150 }} placeholder="mã chỉ tiêu" disabled={readOnly} value={m.indicator} onChange={(e) => upd({ method: { ...m, indicator: e.target.value } })} />
          )}
          <Select
            style={{ width: 190 }}
            allowClear
            disabled={readOnly}
            placeholder="Cơ quan thẩm định (kế thừa)"
            value={n.appraisingAgency}
            options={agencies.map((a) => ({ value: a.code, label: a.name }))}
            onChange={(v) => upd({ appraisingAgency: v ?? undefined })}
          />
          <Select
            mode="multiple"
            style={{ minWidth: 160 }}
            allowClear
            disabled={readOnly}
            placeholder="Nhóm áp dụng (tất cả)"
            value={n.applicableGroups ?? []}
            options={def.unitGroups.map((g) => ({ value: g.code, label: g.code }))}
            onChange={(v: string[]) => upd({ applicableGroups: v.length ? v : undefined })}
          />
          <Checkbox disabled={readOnly} checked={!!n.blocksTopLevelIfZero} onChange={(e) => upd({ blocksTopLevelIfZero: e.target.checked || undefined })}>
            0 điểm thì không xếp mức cao nhất
          </Checkbox>
          {!readOnly && (
            <>
              <Button size="small" onClick={() => upd({ children: [...(n.children ?? []), { code: `${n.code}.${(n.children ?? []).length + 1}`, title: '', maxPoints: 1, method: { kind: 'points', step: 0.5 } }], method: undefined })}>
                + Tiêu chí con
              </Button>
              <Button size="small" danger onClick={() => setNodes(updateAt(def.nodes, path, () => null))}>
                Xoá
              </Button>
            </>
          )}
        </div>
        {leaf && (
          <div style={{ display: 'flex', gap: 6, marginTop: 4 }}>
            <Input.TextArea aria-label="Hướng dẫn chấm" placeholder="Hướng dẫn chấm" autoSize disabled={readOnly} value={n.guidance ?? ''} onChange={(e) => upd({ guidance: e.target.value || undefined })} />
            <Input.TextArea
              aria-label="Minh chứng bắt buộc"
              placeholder="Minh chứng bắt buộc (mỗi dòng một loại)"
              autoSize
              disabled={readOnly}
              value={(n.requiredEvidence ?? []).map((e) => e.text).join('\n')}
              onChange={(e) => upd({ requiredEvidence: e.target.value.split('\n').filter((x) => x.trim()).map((text) => ({ text, required: true })) })}
            />
          </div>
        )}
        {(byNode.get(n.code) ?? []).map((msg) => (
          <div key={msg} style={{ color: '#cf1322' }}>{msg}</div>
        ))}
        {(n.children ?? []).map((c, i) => renderNode(c, [...path, i]))}
      </div>
    );
  };

  return (
    <div className="page">
      <Typography.Title level={2} className="page-title">
        Bộ tiêu chí {sc.decisionNumber} <Tag color={sc.status === 'active' ? 'green' : 'default'}>{SCORECARD_STATUS_LABELS[sc.status]}</Tag>
      </Typography.Title>
      <div className="page-toolbar" style={{ gap: 8, flexWrap: 'wrap' }}>
        {!readOnly && <Button type="primary" onClick={() => void save()}>Lưu</Button>}
        {!readOnly && <Button disabled={problems.some((p) => p.severity === 'error')} onClick={() => void activate()}>Áp dụng</Button>}
        {sc.canManage && <Button onClick={() => void copy()}>Sao chép sang phiên bản mới</Button>}
        <Button href={`/api/scoring/scorecards/${sc.id}/xlsx`}>Xuất Excel</Button>
        <Link to="/cham-diem/bo-tieu-chi">← Danh sách</Link>
      </div>
      {error && <Alert type="error" showIcon closable onClose={() => setError(null)} title={error} style={{ marginBottom: 12 }} />}
      {def.note && <Alert type="info" showIcon title={def.note} style={{ marginBottom: 12 }} />}
      <Card size="small" title="Quyết định ban hành" style={{ marginBottom: 12 }}>
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <Input aria-label="Số quyết định" style={{ width: 200 }} disabled={readOnly} value={meta.decisionNumber} onChange={(e) => setMeta({ ...meta, decisionNumber: e.target.value })} />
          <Input aria-label="Ngày quyết định" type="date" style={{ width: 170 }} disabled={readOnly} value={meta.decisionDate} onChange={(e) => setMeta({ ...meta, decisionDate: e.target.value })} />
          <Input aria-label="Tên bộ tiêu chí" style={{ flex: 1, minWidth: 300 }} disabled={readOnly} value={meta.name} onChange={(e) => setMeta({ ...meta, name: e.target.value })} />
        </div>
      </Card>
      <Card size="small" title={`Kiểm tra: ${problems.filter((p) => p.severity === 'error').length} lỗi, ${problems.filter((p) => p.severity === 'warning').length} lưu ý`} style={{ marginBottom: 12 }}>
        {problems.length === 0 ? <Typography.Text type="success">Bộ tiêu chí hợp lệ: điểm các tiêu chí con cộng đúng điểm tiêu chí cha.</Typography.Text> : problems.map((p, i) => <div key={i} style={{ color: p.severity === 'error' ? '#cf1322' : '#d48806' }}>{p.message}</div>)}
      </Card>
      <Card size="small" title="Tiêu chí" style={{ marginBottom: 12 }} extra={!readOnly && <Button size="small" onClick={() => setNodes([...def.nodes, { code: String(def.nodes.length + 1), title: '', maxPoints: 10, method: { kind: 'points', step: 0.5 } }])}>+ Tiêu chí</Button>}>
        {def.nodes.map((n, i) => renderNode(n, [i]))}
      </Card>
      <Card size="small" title="Mức xếp loại" style={{ marginBottom: 12 }}>
        <Select
          disabled={readOnly}
          value={def.levels.basis}
          style={{ width: 320, marginBottom: 8 }}
          onChange={(basis) => setDef({ ...def, levels: { ...def.levels, basis } })}
          options={[
            { value: 'points', label: 'Ngưỡng theo điểm' },
            { value: 'percent_of_max', label: 'Ngưỡng theo % điểm tối đa của đơn vị' },
          ]}
        />
        {def.levels.levels.map((l, i) => (
          <div key={i} style={{ display: 'flex', gap: 6, marginBottom: 4 }}>
            <Input aria-label="Mã mức" style={{ width: 120 }} disabled={readOnly} value={l.code} onChange={(e) => setDef({ ...def, levels: { ...def.levels, levels: def.levels.levels.map((x, j) => (j === i ? { ...x, code: e.target.value } : x)) } })} />
            <Input aria-label="Tên mức" style={{ width: 200 }} disabled={readOnly} value={l.name} onChange={(e) => setDef({ ...def, levels: { ...def.levels, levels: def.levels.levels.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)) } })} />
            <InputNumber aria-label="Ngưỡng" disabled={readOnly} value={l.min} onChange={(v) => setDef({ ...def, levels: { ...def.levels, levels: def.levels.levels.map((x, j) => (j === i ? { ...x, min: Number(v ?? 0) } : x)) } })} />
          </div>
        ))}
        {!readOnly && <Button size="small" onClick={() => setDef({ ...def, levels: { ...def.levels, levels: [...def.levels.levels, { code: `muc${def.levels.levels.length + 1}`, name: '', min: 0 }] } })}>+ Mức</Button>}
      </Card>
      <Card size="small" title="Nhóm đơn vị chấm riêng" style={{ marginBottom: 12 }}>
        {def.unitGroups.map((g, i) => (
          <div key={i} style={{ display: 'flex', gap: 6, marginBottom: 4, flexWrap: 'wrap' }}>
            <Input aria-label="Mã nhóm" style={{ width: 140 }} disabled={readOnly} value={g.code} onChange={(e) => setDef({ ...def, unitGroups: def.unitGroups.map((x, j) => (j === i ? { ...x, code: e.target.value } : x)) })} />
            <Input aria-label="Tên nhóm" style={{ flex: 1, minWidth: 300 }} disabled={readOnly} value={g.name} onChange={(e) => setDef({ ...def, unitGroups: def.unitGroups.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)) })} />
            <Select mode="multiple" style={{ minWidth: 300 }} disabled={readOnly} value={g.unitKinds} options={UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }))} onChange={(v: string[]) => setDef({ ...def, unitGroups: def.unitGroups.map((x, j) => (j === i ? { ...x, unitKinds: v } : x)) })} />
          </div>
        ))}
        {!readOnly && <Button size="small" onClick={() => setDef({ ...def, unitGroups: [...def.unitGroups, { code: `nhom${def.unitGroups.length + 1}`, name: '', unitKinds: [] }] })}>+ Nhóm</Button>}
      </Card>
      <Card size="small" title="Quy tắc xếp loại" style={{ marginBottom: 12 }}>
        {def.rules.map((r, i) => (
          <div key={i} style={{ display: 'flex', gap: 6, marginBottom: 4, alignItems: 'center', flexWrap: 'wrap' }}>
            <Tag>{SCORECARD_RULE_LABELS[r.kind]}</Tag>
            {'flag' in r && <Input aria-label="Trường hợp" style={{ width: 160 }} disabled={readOnly} value={r.flag} onChange={(e) => setDef({ ...def, rules: def.rules.map((x, j) => (j === i ? ({ ...x, flag: e.target.value } as typeof x) : x)) })} />}
            {r.kind === 'max_level_if_flag' && <Select style={{ width: 140 }} disabled={readOnly} value={r.maxLevel} options={def.levels.levels.map((l) => ({ value: l.code, label: l.name }))} onChange={(v) => setDef({ ...def, rules: def.rules.map((x, j) => (j === i ? { ...r, maxLevel: v } : x)) })} />}
            {!readOnly && <Button size="small" danger onClick={() => setDef({ ...def, rules: def.rules.filter((_, j) => j !== i) })}>Xoá</Button>}
          </div>
        ))}
        {!readOnly && (
          <Select
            placeholder="+ Thêm quy tắc"
            style={{ width: 360 }}
            value={null as (typeof SCORECARD_RULE_KINDS)[number] | null}
            options={SCORECARD_RULE_KINDS.map((k) => ({ value: k, label: SCORECARD_RULE_LABELS[k] }))}
            onChange={(k: (typeof SCORECARD_RULE_KINDS)[number]) =>
              setDef({
                ...def,
                rules: [...def.rules, k === 'not_eligible' ? { kind: k, flag: 'vi_pham' } : k === 'max_level_if_flag' ? { kind: k, flag: 'ky_luat', maxLevel: def.levels.levels[1]?.code ?? '' } : { kind: k }],
              })
            }
          />
        )}
      </Card>
      <Card size="small" title="Cơ quan thẩm định (mã cơ quan ↔ mã đơn vị)">
        {agencies.map((a, i) => (
          <div key={i} style={{ display: 'flex', gap: 6, marginBottom: 4 }}>
            <Input aria-label="Mã cơ quan" style={{ width: 160 }} disabled={readOnly} value={a.code} onChange={(e) => setAgencies(agencies.map((x, j) => (j === i ? { ...x, code: e.target.value } : x)))} />
            <Input aria-label="Tên cơ quan" style={{ width: 280 }} disabled={readOnly} value={a.name} onChange={(e) => setAgencies(agencies.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))} />
            <Input aria-label="Mã đơn vị" style={{ width: 160 }} disabled={readOnly} value={a.unitCode} onChange={(e) => setAgencies(agencies.map((x, j) => (j === i ? { ...x, unitCode: e.target.value } : x)))} />
          </div>
        ))}
        {!readOnly && <Button size="small" onClick={() => setAgencies([...agencies, { code: '', name: '', unitCode: '' }])}>+ Cơ quan</Button>}
      </Card>
    </div>
  );
}
