// Consolidation of a period: totals over accepted reports (with how many units stand behind each
// figure), units not yet accepted, and the units' texts by section for the coordinator to edit into
// the province's own report; exports to Word (Decree 30) and Excel.
import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Input, List, Space, Table, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { ROLLUP_RULE_LABELS, type ConsolidationFigureDto } from '@dvcq/shared';
import { errorMessage } from '../../api/client.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { ReportStatusTag } from './ReportStatusTag.tsx';
import { downloadExport, reportKeys, reportsApi } from './reportsApi.ts';
import { showValue } from './values.ts';

export function ConsolidationPage() {
  usePageTitle('Tổng hợp báo cáo');
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const q = { planId: params.get('planId') ?? '', periodKind: params.get('periodKind') ?? '', periodYear: Number(params.get('periodYear')), unitId: params.get('unitId') ?? undefined };
  const data = useQuery({ queryKey: reportKeys.consolidation(q), queryFn: () => reportsApi.consolidation(q), enabled: !!q.planId });
  const storage = `dvcq.consolidation.${q.planId}.${q.periodKind}.${q.periodYear}`;
  const [edited, setEdited] = useState<Record<string, string>>(() => JSON.parse(localStorage.getItem(storage) ?? '{}') as Record<string, string>);
  useEffect(() => localStorage.setItem(storage, JSON.stringify(edited)), [edited, storage]);
  if (!q.planId) return <Alert type="info" showIcon title="Chọn kỳ báo cáo ở trang Báo cáo định kỳ để tổng hợp." />;
  if (data.error) return <Alert type="error" showIcon title={errorMessage(data.error)} />;
  const c = data.data;
  if (!c) return <Card loading />;
  const qs = new URLSearchParams({ planId: q.planId, periodKind: q.periodKind, periodYear: String(q.periodYear), ...(q.unitId ? { unitId: q.unitId } : {}) }).toString();
  const compose = (code: string) => edited[code] ?? c.sections.find((s) => s.code === code)!.entries.map((e) => `${e.unitName}: ${e.text}`).join('\n\n');

  return (
    <div className="page">
      <Typography.Title level={2} className="page-title">
        Tổng hợp báo cáo {c.form.periodLabel.toLowerCase()} — {c.root.name}
      </Typography.Title>
      <Card style={{ marginBottom: 12 }}>
        <Space wrap>
          <Typography.Text>
            Đã tiếp nhận <b data-testid="accepted-count">{c.acceptedCount}</b>/{c.expectedCount} báo cáo. Chỉ số liệu của báo cáo đã tiếp nhận được tổng hợp.
          </Typography.Text>
          <Button
            onClick={() => downloadExport('GET', `/api/consolidation/xlsx?${qs}`).catch((e: unknown) => message.error(errorMessage(e)))}
          >
            Xuất bảng số liệu (Excel)
          </Button>
          <Button
            type="primary"
            onClick={() =>
              downloadExport('POST', '/api/consolidation/docx', { planId: q.planId, periodKind: q.periodKind as 'H1', periodYear: q.periodYear, ...(q.unitId ? { unitId: q.unitId } : {}), sections: edited }).catch((e: unknown) =>
                message.error(errorMessage(e)),
              )
            }
          >
            Xuất báo cáo tổng hợp (Word)
          </Button>
          <Link to="/bao-cao">← Danh sách báo cáo</Link>
        </Space>
      </Card>
      <Card title="Số liệu tổng hợp" style={{ marginBottom: 12 }}>
        <Table<ConsolidationFigureDto>
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={c.figures}
          columns={[
            { title: 'Chỉ tiêu', render: (_, f) => `${f.name}${f.unit ? ` (${f.unit})` : ''}` },
            { title: 'Cách tổng hợp', render: (_, f) => ROLLUP_RULE_LABELS[f.rule] },
            { title: 'Tổng hợp', align: 'right', render: (_, f) => <span data-testid={`total-${f.code}`}>{f.rule === 'none' ? '—' : showValue(f, f.value)}</span> },
            { title: 'Số đơn vị có số liệu', align: 'center', render: (_, f) => `${f.reportedBy}/${f.expected}` },
          ]}
        />
      </Card>
      <Card title={`Đơn vị chưa có báo cáo được tiếp nhận (${c.missing.length})`} style={{ marginBottom: 12 }}>
        <Space wrap>
          {c.missing.map((m) => (
            <Tag key={m.unitId}>
              {m.name} · <ReportStatusTag status={m.status} />
            </Tag>
          ))}
        </Space>
      </Card>
      <Card title="Nội dung theo từng mục (biên tập thành báo cáo của cơ quan tổng hợp)">
        {c.sections.map((s) => (
          <Card key={s.code} size="small" title={s.title} style={{ marginBottom: 12 }} extra={edited[s.code] !== undefined ? <Button size="small" onClick={() => setEdited(({ [s.code]: _, ...rest }) => rest)}>Ghép lại từ báo cáo đơn vị</Button> : null}>
            <List size="small" dataSource={s.entries} locale={{ emptyText: 'Chưa có đơn vị nào viết mục này.' }} renderItem={(e) => <List.Item><b>{e.unitName}:</b>&nbsp;<span style={{ whiteSpace: 'pre-wrap' }}>{e.text}</span></List.Item>} />
            <Input.TextArea aria-label={`Nội dung tổng hợp mục ${s.title}`} autoSize={{ minRows: 3, maxRows: 20 }} value={compose(s.code)} onChange={(e) => setEdited((x) => ({ ...x, [s.code]: e.target.value }))} />
          </Card>
        ))}
      </Card>
    </div>
  );
}
