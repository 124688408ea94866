// The coordinator's report form for a plan's period: sections, indicators (type, unit, required,
// bounds, roll-up) and cross-field rules; can start from another period's or year's form.
import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { COMPARISON_OPS, REPORT_VALUE_TYPE_LABELS, REPORT_VALUE_TYPES, ROLLUP_RULE_LABELS, ROLLUP_RULES, type ReportFormDto, type ReportIndicatorDto, type ReportRuleDto } from '@dvcq/shared';
import { ApiError, errorMessage } from '../../api/client.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { reportKeys, reportsApi } from './reportsApi.ts';

type Editable = Pick<ReportFormDto, 'title' | 'sections' | 'indicators' | 'rules'>;

export function FormEditorPage() {
  usePageTitle('Mẫu báo cáo');
  const { message } = App.useApp();
  const client = useQueryClient();
  const [params] = useSearchParams();
  const q = { planId: params.get('planId') ?? '', periodKind: params.get('periodKind') ?? '', periodYear: Number(params.get('periodYear')) };
  const data = useQuery({ queryKey: reportKeys.form(q), queryFn: () => reportsApi.form(q), enabled: !!q.planId });
  const [form, setForm] = useState<Editable | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (data.data && !form) setForm({ title: data.data.title, sections: data.data.sections, indicators: data.data.indicators, rules: data.data.rules });
  }, [data.data, form]);
  if (data.error) return <Alert type="error" showIcon title={errorMessage(data.error)} />;
  if (!data.data || !form) return <Card loading />;
  const d = data.data;
  const setInd = (i: number, patch: Partial<ReportIndicatorDto>) => setForm((f) => f && { ...f, indicators: f.indicators.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  const setRule = (i: number, patch: Partial<ReportRuleDto>) => setForm((f) => f && { ...f, rules: f.rules.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  const err = (path: string) => (errors[path] ? <Typography.Text type="danger">{errors[path]}</Typography.Text> : null);

  const save = async () => {
    setBusy(true);
    try {
      await reportsApi.saveForm({ planId: q.planId, periodKind: q.periodKind, periodYear: q.periodYear, ...form, expectedVersion: d.version });
      setErrors({});
      message.success('Đã lưu mẫu báo cáo.');
      setForm(null);
      await client.invalidateQueries({ queryKey: ['reports', 'form'] });
    } catch (e) {
      if (e instanceof ApiError) setErrors(e.fields);
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const copyFrom = async (formId: string) => {
    const other = await reportsApi.form({ formId });
    setForm({ title: form.title, sections: other.sections, indicators: other.indicators, rules: other.rules });
    message.info(`Đã sao chép mẫu ${other.periodLabel}; kiểm tra rồi bấm Lưu.`);
  };

  return (
    <div className="page">
      <Typography.Title level={2} className="page-title">
        Mẫu báo cáo {d.periodLabel.toLowerCase()} — {d.planNumber ?? d.planTitle}
      </Typography.Title>
      {!d.exists && <Alert type="info" showIcon style={{ marginBottom: 12 }} title="Chưa có mẫu cho kỳ này. Đây là mẫu đề xuất theo các nội dung của kế hoạch." />}
      <Card style={{ marginBottom: 12 }}>
        <Space wrap>
          <Input aria-label="Tên báo cáo" style={{ width: 560 }} value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} />
          {d.copyCandidates.length > 0 && (
            <Select aria-label="Sao chép từ mẫu khác" style={{ width: 360 }} placeholder="Sao chép từ kỳ hoặc năm khác" onChange={(id: string) => void copyFrom(id)} options={d.copyCandidates.map((c) => ({ value: c.id, label: `${c.periodLabel} — ${c.planNumber ?? c.planTitle} (${c.indicatorCount} chỉ tiêu)` }))} />
          )}
          <Button type="primary" loading={busy} onClick={() => void save()}>
            Lưu mẫu báo cáo
          </Button>
          <Link to="/bao-cao">← Danh sách báo cáo</Link>
        </Space>
      </Card>
      <Card title="Các mục báo cáo" style={{ marginBottom: 12 }}>
        {form.sections.map((s, i) => (
          <Space key={i} style={{ display: 'flex', marginBottom: 8 }}>
            <Input aria-label="Mã mục" style={{ width: 120 }} value={s.code} onChange={(e) => setForm({ ...form, sections: form.sections.map((x, j) => (j === i ? { ...x, code: e.target.value } : x)) })} />
            <Input aria-label="Tên mục" style={{ width: 640 }} value={s.title} onChange={(e) => setForm({ ...form, sections: form.sections.map((x, j) => (j === i ? { ...x, title: e.target.value } : x)) })} />
            <Button danger onClick={() => setForm({ ...form, sections: form.sections.filter((_, j) => j !== i) })}>Xóa</Button>
            {err(`sections.${i}.code`)}
          </Space>
        ))}
        <Button onClick={() => setForm({ ...form, sections: [...form.sections, { code: `MUC${form.sections.length + 1}`, title: '', hint: null }] })}>Thêm mục</Button>
      </Card>
      <Card title="Chỉ tiêu số liệu" style={{ marginBottom: 12 }}>
        <Table<ReportIndicatorDto>
          size="small"
          rowKey={(_, i) => String(i)}
          pagination={false}
          dataSource={form.indicators}
          columns={[
            { title: 'Mã', render: (_, r, i) => <><Input aria-label="Mã chỉ tiêu" value={r.code} onChange={(e) => setInd(i, { code: e.target.value })} />{err(`indicators.${i}.code`)}</> },
            { title: 'Tên chỉ tiêu', render: (_, r, i) => <Input aria-label="Tên chỉ tiêu" value={r.name} onChange={(e) => setInd(i, { name: e.target.value })} /> },
            { title: 'Kiểu', render: (_, r, i) => <Select style={{ width: 140 }} value={r.type} onChange={(v) => setInd(i, { type: v })} options={REPORT_VALUE_TYPES.map((x) => ({ value: x, label: REPORT_VALUE_TYPE_LABELS[x] }))} /> },
            { title: 'Đơn vị tính', render: (_, r, i) => <Input style={{ width: 90 }} value={r.unit ?? ''} onChange={(e) => setInd(i, { unit: e.target.value || null })} /> },
            { title: 'Bắt buộc', render: (_, r, i) => <Checkbox checked={r.required} onChange={(e) => setInd(i, { required: e.target.checked })} /> },
            { title: 'Nhỏ nhất', render: (_, r, i) => <InputNumber style={{ width: 90 }} value={r.min} onChange={(v) => setInd(i, { min: v ?? null })} /> },
            { title: 'Lớn nhất', render: (_, r, i) => <><InputNumber style={{ width: 90 }} value={r.max} onChange={(v) => setInd(i, { max: v ?? null })} />{err(`indicators.${i}.max`)}</> },
            { title: 'Tổng hợp', render: (_, r, i) => <><Select style={{ width: 140 }} value={r.rollup} onChange={(v) => setInd(i, { rollup: v })} options={ROLLUP_RULES.map((x) => ({ value: x, label: ROLLUP_RULE_LABELS[x] }))} />{err(`indicators.${i}.rollup`)}</> },
            { title: 'Nhóm', render: (_, r, i) => <Input style={{ width: 160 }} value={r.group ?? ''} onChange={(e) => setInd(i, { group: e.target.value || null })} /> },
            { title: '', render: (_, __, i) => <Button danger size="small" onClick={() => setForm({ ...form, indicators: form.indicators.filter((_, j) => j !== i) })}>Xóa</Button> },
          ]}
        />
        <Button style={{ marginTop: 8 }} onClick={() => setForm({ ...form, indicators: [...form.indicators, { code: `chi_tieu_${form.indicators.length + 1}`, name: '', type: 'integer', unit: null, required: false, min: null, max: null, rollup: 'sum', group: null }] })}>
          Thêm chỉ tiêu
        </Button>
      </Card>
      <Card title="Quy tắc kiểm tra chéo (ví dụ: số được tập huấn ≤ tổng số)">
        {form.rules.map((r, i) => (
          <Space key={i} style={{ display: 'flex', marginBottom: 8 }} wrap>
            <Select style={{ width: 280 }} value={r.left} onChange={(v) => setRule(i, { left: v })} options={form.indicators.map((x) => ({ value: x.code, label: x.name || x.code }))} />
            <Select style={{ width: 80 }} value={r.op} onChange={(v) => setRule(i, { op: v })} options={COMPARISON_OPS.map((x) => ({ value: x, label: x }))} />
            <Select style={{ width: 280 }} value={typeof r.right === 'string' ? r.right : undefined} onChange={(v) => setRule(i, { right: v })} options={form.indicators.map((x) => ({ value: x.code, label: x.name || x.code }))} />
            <Button danger onClick={() => setForm({ ...form, rules: form.rules.filter((_, j) => j !== i) })}>Xóa</Button>
            {err(`rules.${i}.left`)}
            {err(`rules.${i}.right`)}
          </Space>
        ))}
        <Button disabled={form.indicators.length < 2} onClick={() => setForm({ ...form, rules: [...form.rules, { left: form.indicators[0]!.code, op: '<=', right: form.indicators[1]!.code, message: null }] })}>
          Thêm quy tắc
        </Button>
      </Card>
    </div>
  );
}
