// Two submitted versions side by side, section by section and figure by figure; changes highlighted.
import { useState } from 'react';
import { Select, Space, Table, Typography } from 'antd';
import type { ReportDetailDto } from '@dvcq/shared';
import { t } from '../../i18n/index.ts';
import { showDateTime } from '../../lib/format.ts';
import { showValue } from './values.ts';
import '../../i18n/vi/reports.ts';

interface Row {
  key: string;
  label: string;
  a: string;
  b: string;
}

export function VersionCompare({ report }: { report: ReportDetailDto }) {
  const versions = report.versions;
  const [a, setA] = useState(Math.max(1, versions.length - 1));
  const [b, setB] = useState(versions.length);
  if (versions.length === 0) return <Typography.Text type="secondary">{t('reports.versions.none')}</Typography.Text>;
  const va = versions.find((v) => v.number === a) ?? versions[0]!;
  const vb = versions.find((v) => v.number === b) ?? versions[versions.length - 1]!;
  const form = report.form;
  const rows: Row[] = [
    ...(form?.sections ?? []).map((s) => ({
      key: `s-${s.code}`,
      label: s.title,
      a: va.sections[s.code] ?? '',
      b: vb.sections[s.code] ?? '',
    })),
    ...(form?.indicators ?? []).map((i) => ({
      key: `v-${i.code}`,
      label: i.name,
      a: showValue(i, va.values[i.code]),
      b: showValue(i, vb.values[i.code]),
    })),
    { key: 'cut', label: t('reports.versions.cutOff'), a: va.cutOffDate ?? '', b: vb.cutOffDate ?? '' },
    {
      key: 'att',
      label: t('reports.versions.attachments'),
      a: va.attachments.map((x) => x.filename).join(', '),
      b: vb.attachments.map((x) => x.filename).join(', '),
    },
  ];
  const options = versions.map((v) => ({
    value: v.number,
    label: t('reports.versions.option', { number: v.number, time: showDateTime(v.submittedAt), signer: v.signerName }),
  }));
  const cell = (text: string, changed: boolean) => (
    <div style={{ whiteSpace: 'pre-wrap', background: changed ? '#fff7e6' : undefined }}>{text || t('common.none')}</div>
  );
  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select aria-label={t('reports.versions.left')} style={{ width: 360 }} value={va.number} onChange={setA} options={options} />
        <Select aria-label={t('reports.versions.right')} style={{ width: 360 }} value={vb.number} onChange={setB} options={options} />
      </Space>
      <Table<Row>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('reports.versions.item'), dataIndex: 'label', width: '24%' },
          { title: t('reports.versions.round', { number: va.number }), render: (_, r) => cell(r.a, r.a !== r.b) },
          { title: t('reports.versions.round', { number: vb.number }), render: (_, r) => cell(r.b, r.a !== r.b) },
        ]}
      />
    </div>
  );
}
