// Two submitted versions side by side, section by section and figure by figure; changes highlighted.
import { useState } from 'react';
import { Select, Space, Table, Typography } from 'antd';
import type { ReportDetailDto } from '@dvcq/shared';
import { showDateTime } from '../../lib/format.ts';
import { showValue } from './values.ts';

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
  if (versions.length === 0) return <Typography.Text type="secondary">Báo cáo chưa được gửi lần nào.</Typography.Text>;
  const va = versions.find((v) => v.number === a) ?? versions[0]!;
  const vb = versions.find((v) => v.number === b) ?? versions[versions.length - 1]!;
  const form = report.form;
  const rows: Row[] = [
    ...(form?.sections ?? []).map((s) => ({ key: `s-${s.code}`, label: s.title, a: va.sections[s.code] ?? '', b: vb.sections[s.code] ?? '' })),
    ...(form?.indicators ?? []).map((i) => ({ key: `v-${i.code}`, label: i.name, a: showValue(i, va.values[i.code]), b: showValue(i, vb.values[i.code]) })),
    { key: 'cut', label: 'Ngày chốt số liệu', a: va.cutOffDate ?? '', b: vb.cutOffDate ?? '' },
    { key: 'att', label: 'Tệp đính kèm', a: va.attachments.map((x) => x.filename).join(', '), b: vb.attachments.map((x) => x.filename).join(', ') },
  ];
  const options = versions.map((v) => ({ value: v.number, label: `Lần gửi ${v.number} — ${showDateTime(v.submittedAt)} — ${v.signerName}` }));
  const cell = (text: string, changed: boolean) => <div style={{ whiteSpace: 'pre-wrap', background: changed ? '#fff7e6' : undefined }}>{text || '—'}</div>;
  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select aria-label="Phiên bản bên trái" style={{ width: 360 }} value={va.number} onChange={setA} options={options} />
        <Select aria-label="Phiên bản bên phải" style={{ width: 360 }} value={vb.number} onChange={setB} options={options} />
      </Space>
      <Table<Row>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: 'Mục / chỉ tiêu', dataIndex: 'label', width: '24%' },
          { title: `Lần gửi ${va.number}`, render: (_, r) => cell(r.a, r.a !== r.b) },
          { title: `Lần gửi ${vb.number}`, render: (_, r) => cell(r.b, r.a !== r.b) },
        ]}
      />
    </div>
  );
}
