// Coordinator: appraisal progress by agency and per unit, with the way to each dossier to finalise it.
import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Select, Table, Tag, Typography } from 'antd';
import { ASSESSMENT_STATUS_LABELS, type AppraisalProgressDto } from '@dvcq/shared';
import { errorMessage } from '../../api/client.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { currentYear, useProgress, useScorecards } from './scoringApi.ts';

export function ProgressPage() {
  usePageTitle('Tiến độ thẩm định');
  const scorecards = useScorecards();
  const active = (scorecards.data ?? []).filter((s) => s.status === 'active');
  const [picked, setPicked] = useState<string | undefined>();
  const scorecardId = picked ?? active[0]?.id;
  const [year, setYear] = useState(currentYear());
  const q = useProgress(scorecardId, year);
  const p = q.data;
  return (
    <div className="page">
      <Typography.Title level={2} className="page-title">
        Tiến độ thẩm định năm {year}
      </Typography.Title>
      <div className="page-toolbar" style={{ gap: 8 }}>
        <Select style={{ minWidth: 320 }} value={scorecardId} onChange={setPicked} options={active.map((s) => ({ value: s.id, label: s.decisionNumber }))} />
        <Select value={year} onChange={setYear} options={Array.from({ length: 5 }, (_, i) => currentYear() + 1 - i).map((y) => ({ value: y, label: String(y) }))} />
        <Link to={`/cham-diem/xep-loai?scorecardId=${scorecardId ?? ''}&year=${year}`}>Xem xếp loại</Link>
      </div>
      {q.isError && <Alert type="error" showIcon title={errorMessage(q.error)} />}
      {p && (
        <>
          <div style={{ marginBottom: 12 }}>
            {Object.entries(p.byStatus).map(([s, n]) => (
              <Tag key={s}>{ASSESSMENT_STATUS_LABELS[s as keyof typeof ASSESSMENT_STATUS_LABELS] ?? s}: {n}</Tag>
            ))}
          </div>
          <Table<AppraisalProgressDto['agencies'][number]>
            rowKey="code"
            size="small"
            pagination={false}
            dataSource={p.agencies}
            style={{ marginBottom: 16 }}
            columns={[
              { title: 'Cơ quan thẩm định', dataIndex: 'name' },
              { title: 'Số tiêu chí', dataIndex: 'criteria', align: 'right' },
              { title: 'Đã thẩm định', align: 'right', render: (_, a) => `${a.reviewed}/${a.toReview}` },
              { title: 'Điểm thay đổi', dataIndex: 'changed', align: 'right' },
              { title: 'Trả lại bổ sung', dataIndex: 'sentBack', align: 'right' },
            ]}
          />
          <Table<AppraisalProgressDto['units'][number]>
            rowKey="assessmentId"
            size="small"
            dataSource={p.units}
            columns={[
              { title: 'Đơn vị', dataIndex: 'unitName', render: (v: string, u) => <Link to={`/cham-diem/ho-so/${u.assessmentId}`}>{v}</Link> },
              { title: 'Trạng thái', render: (_, u) => <Tag>{ASSESSMENT_STATUS_LABELS[u.status]}</Tag> },
              { title: 'Nộp muộn', render: (_, u) => (u.late ? <Tag color="red">Muộn</Tag> : '') },
              {
                title: 'Tiến độ theo cơ quan',
                render: (_, u) => Object.entries(u.reviewedByAgency).map(([code, x]) => <Tag key={code}>{p.agencies.find((a) => a.code === code)?.name ?? code}: {x.reviewed}/{x.total}</Tag>),
              },
            ]}
          />
        </>
      )}
    </div>
  );
}
