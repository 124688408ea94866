// Ranking per unit group: totals, levels, rules applied (each explained), ties, the province target,
// change against last year; issued as a decision and exported to Word and Excel.
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Form, Input, Select, Table, Tag, Typography } from 'antd';
import { formatNumberVi, type GroupRanking, type RankingResult } from '@dvcq/domain';
import { api, errorMessage } from '../../api/client.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { DATE_FORMAT, showDate, showDateTime, toIsoDate } from '../../lib/format.ts';
import { currentYear, scoringKeys, useRanking, useScorecards } from './scoringApi.ts';

const fmt = (n: number | undefined) => (n === undefined ? '—' : formatNumberVi(n));

export function RankingPage() {
  usePageTitle('Xếp loại');
  const [params, setParams] = useSearchParams();
  const scorecards = useScorecards();
  const active = (scorecards.data ?? []).filter((s) => s.status === 'active');
  const scorecardId = params.get('scorecardId') ?? active[0]?.id;
  const year = Number(params.get('year') ?? currentYear());
  const q = useRanking(scorecardId, year);
  const qc = useQueryClient();
  const [issueError, setIssueError] = useState<string | null>(null);
  const [form] = Form.useForm();
  useEffect(() => form.resetFields(), [form, scorecardId, year]);
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    next.set(k, v);
    if (scorecardId && !next.get('scorecardId')) next.set('scorecardId', scorecardId);
    setParams(next);
  };
  const r = q.data;
  const ranking = r?.ranking as RankingResult | undefined;
  const issue = async (v: { number: string; decisionDate: import('dayjs').Dayjs; signerName?: string }) => {
    try {
      await api.post('/api/scoring/ranking/issue', { scorecardId, year, number: v.number, decisionDate: toIsoDate(v.decisionDate), signerName: v.signerName || null });
      setIssueError(null);
      void qc.invalidateQueries({ queryKey: scoringKeys.ranking(scorecardId!, year) });
    } catch (e) {
      setIssueError(errorMessage(e));
    }
  };
  const qs = `scorecardId=${scorecardId}&year=${year}`;
  return (
    <div className="page">
      <Typography.Title level={2} className="page-title">
        Kết quả xếp loại năm {year}
      </Typography.Title>
      <div className="page-toolbar" style={{ flexWrap: 'wrap', gap: 8 }}>
        <Select aria-label="Bộ tiêu chí" style={{ minWidth: 320 }} value={scorecardId} onChange={(v) => set('scorecardId', v)} options={active.map((s) => ({ value: s.id, label: `${s.decisionNumber} — ${s.name.slice(0, 60)}` }))} />
        <Select aria-label="Năm" value={year} onChange={(v) => set('year', String(v))} options={Array.from({ length: 5 }, (_, i) => currentYear() + 1 - i).map((y) => ({ value: y, label: String(y) }))} />
        <span style={{ flex: 1 }} />
        {r && (
          <>
            <Button href={`/api/scoring/ranking/docx?${qs}`}>Xuất Word (quyết định)</Button>
            <Button href={`/api/scoring/ranking/xlsx?${qs}`}>Xuất Excel</Button>
          </>
        )}
      </div>
      {q.isError && <Alert type="warning" showIcon title={errorMessage(q.error)} />}
      {r?.decision ? (
        <Alert type="success" showIcon style={{ marginBottom: 12 }} title={`Đã ban hành: Quyết định số ${r.decision.number} ngày ${showDate(r.decision.decisionDate)}${r.decision.issuedByName ? ` (${r.decision.issuedByName}, ${showDateTime(r.decision.issuedAt)})` : ''}`} />
      ) : (
        r && <Alert type="info" showIcon style={{ marginBottom: 12 }} title="Bảng xếp loại tạm tính từ các hồ sơ đã kết thúc thẩm định; chưa ban hành quyết định." />
      )}
      {r && r.notFinalised.length > 0 && !r.decision && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`${r.notFinalised.length} đơn vị chưa kết thúc thẩm định: ${r.notFinalised.map((u) => u.unitName).join(', ')}`} />
      )}
      {ranking?.overall.target && <Alert type={ranking.overall.target.met ? 'success' : 'warning'} showIcon style={{ marginBottom: 12 }} title={ranking.overall.target.message} />}
      {ranking?.groups.map((g) => <GroupTable key={g.unitGroup} g={g} rules={r!.rules} />)}
      {r?.canIssue && !r.decision && (
        <Card title="Ban hành quyết định xếp loại" size="small">
          {issueError && <Alert type="error" showIcon title={issueError} style={{ marginBottom: 8 }} />}
          <Form form={form} layout="inline" onFinish={(v) => void issue(v)}>
            <Form.Item name="number" label="Số quyết định" rules={[{ required: true, message: 'Nhập số quyết định' }]}>
              <Input placeholder="…/QĐ-UBND" />
            </Form.Item>
            <Form.Item name="decisionDate" label="Ngày" rules={[{ required: true, message: 'Chọn ngày' }]}>
              <DatePicker format={DATE_FORMAT} />
            </Form.Item>
            <Form.Item name="signerName" label="Người ký">
              <Input />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              Ban hành
            </Button>
          </Form>
        </Card>
      )}
    </div>
  );
}

function GroupTable({ g, rules }: { g: GroupRanking; rules: Record<string, { rule: string; explanation: string }[]> }) {
  return (
    <Card size="small" title={g.groupName} style={{ marginBottom: 12 }} extra={g.distribution.filter((d) => d.count).map((d) => <Tag key={d.level.code}>{d.level.name}: {d.count}</Tag>)}>
      {g.target && <Alert type={g.target.met ? 'success' : 'warning'} showIcon title={g.target.message} style={{ marginBottom: 8 }} />}
      <Table
        rowKey="unitId"
        size="small"
        pagination={false}
        dataSource={g.units}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: 'Hạng', dataIndex: 'rank', render: (v: number | null) => v ?? '—' },
          { title: 'Cơ quan, đơn vị', dataIndex: 'unitName' },
          { title: 'Tổng điểm', align: 'right', render: (_, u) => `${fmt(u.total)} / ${fmt(u.unitMax)}` },
          { title: 'Xếp loại', render: (_, u) => <Tag color="blue">{u.level.name}</Tag> },
          {
            title: 'So với năm trước',
            render: (_, u) =>
              u.change ? `${u.change.previousLevel?.name ?? '—'} → ${u.level.name}${u.change.totalDelta !== undefined ? ` (${u.change.totalDelta >= 0 ? '+' : ''}${fmt(u.change.totalDelta)})` : ''}` : '—',
          },
          {
            title: 'Quy tắc áp dụng, ghi chú',
            render: (_, u) => (
              <div>
                {(rules[u.unitId] ?? []).map((x) => (
                  <div key={x.rule}>
                    <Tag color="orange">{x.explanation}</Tag>
                  </div>
                ))}
                {u.note && <div>{u.note}</div>}
              </div>
            ),
          },
        ]}
      />
    </Card>
  );
}
