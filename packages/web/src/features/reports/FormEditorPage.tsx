// The coordinator's report form for a plan's period: sections, indicators (type, unit, required,
// bounds, roll-up) and cross-field rules; can start from another period's or year's form.
import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import {
  COMPARISON_OPS,
  REPORT_VALUE_TYPE_LABELS,
  REPORT_VALUE_TYPES,
  ROLLUP_RULE_LABELS,
  ROLLUP_RULES,
  type ReportFormDto,
  type ReportIndicatorDto,
  type ReportRuleDto,
} from '@dvcq/shared';
import { REPORT_SOURCE_KEYS, REPORT_SOURCE_LABELS } from '@dvcq/domain';
import { errorMessage } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { useSave } from '../../lib/useSave.ts';
import { reportKeys, reportsApi, useReportForm } from './reportsApi.ts';
import '../../i18n/vi/reports.ts';

type Editable = Pick<ReportFormDto, 'title' | 'sections' | 'indicators' | 'rules'>;

export function FormEditorPage() {
  usePageTitle(t('reports.form.pageTitle'));
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const q = {
    planId: params.get('planId') ?? '',
    periodKind: params.get('periodKind') ?? '',
    periodYear: Number(params.get('periodYear')),
  };
  const data = useReportForm(q);
  const [form, setForm] = useState<Editable | null>(null);
  useEffect(() => {
    if (data.data && !form)
      setForm({ title: data.data.title, sections: data.data.sections, indicators: data.data.indicators, rules: data.data.rules });
  }, [data.data, form]);
  const save = useSave({
    run: (f: Editable) =>
      reportsApi.saveForm({
        planId: q.planId,
        periodKind: q.periodKind,
        periodYear: q.periodYear,
        ...f,
        expectedVersion: data.data!.version,
      }),
    // A fresh copy from the server once it is stored (the version moves on).
    onSuccess: () => setForm(null),
    invalidate: [reportKeys.forms],
    success: t('reports.form.saved'),
  });
  const copyFrom = useSave({
    run: (formId: string) => reportsApi.form({ formId }),
    onSuccess: (other) => {
      setForm((f) => f && { title: f.title, sections: other.sections, indicators: other.indicators, rules: other.rules });
      void message.info(t('reports.form.copied', { period: other.periodLabel }));
    },
  });
  if (data.error) return <Alert type="error" showIcon title={errorMessage(data.error)} />;
  if (!data.data || !form) return <Card loading />;
  const d = data.data;
  const errors = save.fieldErrors;
  const setInd = (i: number, patch: Partial<ReportIndicatorDto>) =>
    setForm((f) => f && { ...f, indicators: f.indicators.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  const setRule = (i: number, patch: Partial<ReportRuleDto>) =>
    setForm((f) => f && { ...f, rules: f.rules.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  const err = (path: string) => (errors[path] ? <Typography.Text type="danger">{errors[path]}</Typography.Text> : null);
  const indicatorOptions = form.indicators.map((x) => ({ value: x.code, label: x.name || x.code }));

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('reports.form.heading', { period: d.periodLabel.toLowerCase(), plan: d.planNumber ?? d.planTitle })}
      </Typography.Title>
      {!d.exists && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('reports.form.proposed')} />}
      <Card style={{ marginBottom: 12 }}>
        <Space wrap>
          <Input
            aria-label={t('reports.form.name')}
            style={{ width: 560 }}
            value={form.title}
            onChange={(e) => setForm({ ...form, title: e.target.value })}
          />
          {d.copyCandidates.length > 0 && (
            <Select
              aria-label={t('reports.form.copyFrom')}
              style={{ width: 360 }}
              placeholder={t('reports.form.copyFromPlaceholder')}
              onChange={(id: string) => void copyFrom.run(id)}
              options={d.copyCandidates.map((c) => ({
                value: c.id,
                label: t('reports.form.copyOption', { period: c.periodLabel, plan: c.planNumber ?? c.planTitle, count: c.indicatorCount }),
              }))}
            />
          )}
          <Button type="primary" loading={save.pending} onClick={() => void save.run(form)}>
            {t('reports.form.save')}
          </Button>
          <Link to="/bao-cao">{t('reports.backToList')}</Link>
        </Space>
      </Card>
      <Card title={t('reports.form.sections')} style={{ marginBottom: 12 }}>
        {form.sections.map((s, i) => (
          <Space key={i} style={{ display: 'flex', marginBottom: 8 }}>
            <Input
              aria-label={t('reports.form.sectionCode')}
              style={{ width: 120 }}
              value={s.code}
              onChange={(e) => setForm({ ...form, sections: form.sections.map((x, j) => (j === i ? { ...x, code: e.target.value } : x)) })}
            />
            <Input
              aria-label={t('reports.form.sectionTitle')}
              style={{ width: 640 }}
              value={s.title}
              onChange={(e) => setForm({ ...form, sections: form.sections.map((x, j) => (j === i ? { ...x, title: e.target.value } : x)) })}
            />
            <Button danger onClick={() => setForm({ ...form, sections: form.sections.filter((_, j) => j !== i) })}>
              {t('common.remove')}
            </Button>
            {err(`sections.${i}.code`)}
          </Space>
        ))}
        <Button
          onClick={() =>
            setForm({ ...form, sections: [...form.sections, { code: `MUC${form.sections.length + 1}`, title: '', hint: null }] })
          }
        >
          {t('reports.form.addSection')}
        </Button>
      </Card>
      <Card title={t('reports.form.indicators')} style={{ marginBottom: 12 }}>
        <Table<ReportIndicatorDto>
          size="small"
          rowKey={(_, i) => String(i)}
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={form.indicators}
          columns={[
            {
              // The name is what people read and write: the widest column, wrapping long indicator names.
              title: t('reports.form.col.name'),
              width: 360,
              render: (_, r, i) => (
                <Input.TextArea
                  aria-label={t('reports.form.col.name')}
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  style={{ minWidth: 320 }}
                  value={r.name}
                  onChange={(e) => setInd(i, { name: e.target.value })}
                />
              ),
            },
            {
              title: t('reports.form.col.code'),
              width: 150,
              render: (_, r, i) => (
                <>
                  <Input
                    aria-label={t('reports.form.indicatorCode')}
                    value={r.code}
                    onChange={(e) => setInd(i, { code: e.target.value })}
                  />
                  {err(`indicators.${i}.code`)}
                </>
              ),
            },
            {
              title: t('reports.form.col.type'),
              render: (_, r, i) => (
                <Select
                  style={{ width: 140 }}
                  value={r.type}
                  onChange={(v) => setInd(i, { type: v })}
                  options={REPORT_VALUE_TYPES.map((x) => ({ value: x, label: REPORT_VALUE_TYPE_LABELS[x] }))}
                />
              ),
            },
            {
              title: t('reports.form.col.unit'),
              render: (_, r, i) => (
                <Input style={{ width: 90 }} value={r.unit ?? ''} onChange={(e) => setInd(i, { unit: e.target.value || null })} />
              ),
            },
            {
              title: t('reports.form.col.required'),
              render: (_, r, i) => <Checkbox checked={r.required} onChange={(e) => setInd(i, { required: e.target.checked })} />,
            },
            {
              title: t('reports.form.col.min'),
              render: (_, r, i) => <InputNumber style={{ width: 90 }} value={r.min} onChange={(v) => setInd(i, { min: v ?? null })} />,
            },
            {
              title: t('reports.form.col.max'),
              render: (_, r, i) => (
                <>
                  <InputNumber style={{ width: 90 }} value={r.max} onChange={(v) => setInd(i, { max: v ?? null })} />
                  {err(`indicators.${i}.max`)}
                </>
              ),
            },
            {
              title: t('reports.form.col.rollup'),
              render: (_, r, i) => (
                <>
                  <Select
                    style={{ width: 140 }}
                    value={r.rollup}
                    onChange={(v) => setInd(i, { rollup: v })}
                    options={ROLLUP_RULES.map((x) => ({ value: x, label: ROLLUP_RULE_LABELS[x] }))}
                  />
                  {err(`indicators.${i}.rollup`)}
                </>
              ),
            },
            {
              title: t('reports.form.col.source'),
              render: (_, r, i) => (
                <>
                  <Select
                    style={{ width: 220 }}
                    aria-label={t('reports.form.col.source')}
                    value={r.source ?? ''}
                    onChange={(v) => setInd(i, { source: v || null, ...(v ? { type: 'integer' as const } : {}) })}
                    options={[
                      { value: '', label: t('reports.form.sourceNone') },
                      ...REPORT_SOURCE_KEYS.map((k) => ({ value: k, label: REPORT_SOURCE_LABELS[k] })),
                    ]}
                  />
                  {err(`indicators.${i}.source`)}
                </>
              ),
            },
            {
              title: t('reports.form.col.group'),
              render: (_, r, i) => (
                <Input style={{ width: 160 }} value={r.group ?? ''} onChange={(e) => setInd(i, { group: e.target.value || null })} />
              ),
            },
            {
              title: '',
              render: (_, __, i) => (
                <Button danger size="small" onClick={() => setForm({ ...form, indicators: form.indicators.filter((_, j) => j !== i) })}>
                  {t('common.remove')}
                </Button>
              ),
            },
          ]}
        />
        <Button
          style={{ marginTop: 8 }}
          onClick={() =>
            setForm({
              ...form,
              indicators: [
                ...form.indicators,
                {
                  code: `chi_tieu_${form.indicators.length + 1}`,
                  name: '',
                  type: 'integer',
                  unit: null,
                  required: false,
                  min: null,
                  max: null,
                  rollup: 'sum',
                  group: null,
                },
              ],
            })
          }
        >
          {t('reports.form.addIndicator')}
        </Button>
      </Card>
      <Card title={t('reports.form.rules')}>
        {form.rules.map((r, i) => (
          <Space key={i} style={{ display: 'flex', marginBottom: 8 }} wrap>
            <Select style={{ width: 280 }} value={r.left} onChange={(v) => setRule(i, { left: v })} options={indicatorOptions} />
            <Select
              style={{ width: 80 }}
              value={r.op}
              onChange={(v) => setRule(i, { op: v })}
              options={COMPARISON_OPS.map((x) => ({ value: x, label: x }))}
            />
            <Select
              style={{ width: 280 }}
              value={typeof r.right === 'string' ? r.right : undefined}
              onChange={(v) => setRule(i, { right: v })}
              options={indicatorOptions}
            />
            <Button danger onClick={() => setForm({ ...form, rules: form.rules.filter((_, j) => j !== i) })}>
              {t('common.remove')}
            </Button>
            {err(`rules.${i}.left`)}
            {err(`rules.${i}.right`)}
          </Space>
        ))}
        <Button
          disabled={form.indicators.length < 2}
          onClick={() =>
            setForm({
              ...form,
              rules: [...form.rules, { left: form.indicators[0]!.code, op: '<=', right: form.indicators[1]!.code, message: null }],
            })
          }
        >
          {t('reports.form.addRule')}
        </Button>
      </Card>
    </div>
  );
}
