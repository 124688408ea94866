// Scoring home: the assessments the user may see for a year (their unit's, or every unit in scope
// for coordinators and appraisers), opening the unit's own self-assessment, and links to the
// coordinator's pages.
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Alert, Button, Select, Table, Tag, Typography } from 'antd';
import { formatNumberVi } from '@dvcq/domain';
import { ASSESSMENT_STATUS_LABELS, type AssessmentDetailDto, type AssessmentSummaryDto } from '@dvcq/shared';
import { api, errorMessage } from '../../api/client.ts';
import { useCurrentUser } from '../auth/session.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { currentYear, useAssessments } from './scoringApi.ts';

const fmt = (n: number | null) => (n === null ? '—' : formatNumberVi(n));

export function ScoringHome() {
  usePageTitle('Chấm điểm, xếp loại');
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [year, setYear] = useState(Number(params.get('year')) || currentYear());
  const list = useAssessments(year);
  const [error, setError] = useState<string | null>(null);
  const ownUnits = user.roles.filter((r) => r.role === 'officer' || r.role === 'leader');
  const coordinator = user.roles.some((r) => r.role === 'coordinator');
  const years = Array.from({ length: 5 }, (_, i) => currentYear() + 1 - i);

  const openOwn = async (unitId: string) => {
    try {
      const a = await api.post<AssessmentDetailDto>('/api/scoring/assessments', { unitId, year });
      navigate(`/cham-diem/ho-so/${a.id}`);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <div className="page">
      <Typography.Title level={2} className="page-title">
        Chấm điểm, xếp loại công tác dân vận chính quyền
      </Typography.Title>
      <div className="page-toolbar" style={{ flexWrap: 'wrap', gap: 8 }}>
        <span>Năm đánh giá</span>
        <Select aria-label="Năm đánh giá" value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: String(y) }))} style={{ width: 110 }} />
        {ownUnits.map((r) => (
          <Button key={r.id} type="primary" onClick={() => void openOwn(r.unitId)}>
            Hồ sơ tự chấm điểm năm {year} — {r.unitName}
          </Button>
        ))}
        <span style={{ flex: 1 }} />
        <Link to="/cham-diem/xep-loai">Xếp loại</Link>
        {coordinator && <Link to="/cham-diem/tien-do">Tiến độ thẩm định</Link>}
        <Link to="/cham-diem/bo-tieu-chi">Bộ tiêu chí</Link>
      </div>
      {error && <Alert type="error" showIcon closable onClose={() => setError(null)} title={error} style={{ marginBottom: 12 }} />}
      {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} />}
      <Table<AssessmentSummaryDto>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 30, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: 'Cơ quan, đơn vị', dataIndex: 'unitName', render: (v: string, r) => <Link to={`/cham-diem/ho-so/${r.id}`}>{v}</Link> },
          { title: 'Trạng thái', dataIndex: 'status', render: (s: AssessmentSummaryDto['status']) => <Tag>{ASSESSMENT_STATUS_LABELS[s]}</Tag> },
          { title: 'Nộp', render: (_, r) => (r.firstSubmittedAt ? <Tag color={r.late ? 'red' : 'green'}>{r.late ? 'Muộn' : 'Đúng hạn'}</Tag> : '—') },
          { title: 'Tổng điểm', align: 'right', render: (_, r) => (r.total === null ? '—' : `${fmt(r.total)} / ${fmt(r.unitMax)}`) },
          { title: 'Xếp loại', dataIndex: 'levelName', render: (v: string | null) => v ?? '—' },
        ]}
      />
    </div>
  );
}
