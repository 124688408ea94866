// Scoring home: the assessments the user may see for a year (their unit's, or every unit in scope
// for coordinators and appraisers), opening the unit's own self-assessment, and links to the
// coordinator's pages.
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Alert, Button, Select, Table, Tag, Typography } from 'antd';
import { ASSESSMENT_STATUS_LABELS, type AssessmentSummaryDto } from '@dvcq/shared';
import { errorMessage } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { showFigure } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { useSave } from '../../lib/useSave.ts';
import { useCurrentUser } from '../auth/session.ts';
import { currentYear, scoringApi, useAssessments } from './scoringApi.ts';
import '../../i18n/vi/scoring.ts';

export function ScoringHome() {
  usePageTitle(t('scoring.home.pageTitle'));
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [year, setYear] = useState(Number(params.get('year')) || currentYear());
  const list = useAssessments(year);
  const ownUnits = user.roles.filter((r) => r.role === 'officer' || r.role === 'leader');
  const coordinator = user.roles.some((r) => r.role === 'coordinator');
  const years = Array.from({ length: 5 }, (_, i) => currentYear() + 1 - i);
  const open = useSave({
    errorDisplay: 'summary',
    run: (unitId: string) => scoringApi.openAssessment(unitId, year),
    onSuccess: (a) => {
      navigate(`/cham-diem/ho-so/${a.id}`);
    },
  });

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('scoring.home.title')}
      </Typography.Title>
      <div className="page-toolbar" style={{ flexWrap: 'wrap', gap: 8 }}>
        <span>{t('scoring.home.year')}</span>
        <Select
          aria-label={t('scoring.home.year')}
          value={year}
          onChange={setYear}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 110 }}
        />
        {ownUnits.map((r) => (
          <Button key={r.id} type="primary" loading={open.pending} onClick={() => void open.run(r.unitId)}>
            {t('scoring.home.openOwn', { year, unit: r.unitName })}
          </Button>
        ))}
        <span style={{ flex: 1 }} />
        <Link to="/cham-diem/xep-loai">{t('scoring.home.ranking')}</Link>
        {coordinator && <Link to="/cham-diem/tien-do">{t('scoring.home.progress')}</Link>}
        <Link to="/cham-diem/bo-tieu-chi">{t('scoring.home.scorecards')}</Link>
      </div>
      {open.summary && <Alert type="error" showIcon closable onClose={open.clear} title={open.summary} style={{ marginBottom: 12 }} />}
      {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} />}
      <Table<AssessmentSummaryDto>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 30, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('scoring.col.unit'),
            dataIndex: 'unitName',
            render: (v: string, r) => <Link to={`/cham-diem/ho-so/${r.id}`}>{v}</Link>,
          },
          {
            title: t('scoring.col.status'),
            dataIndex: 'status',
            render: (s: AssessmentSummaryDto['status']) => <Tag>{ASSESSMENT_STATUS_LABELS[s]}</Tag>,
          },
          {
            title: t('scoring.col.submitted'),
            render: (_, r) =>
              r.firstSubmittedAt ? (
                <Tag color={r.late ? 'red' : 'green'}>{r.late ? t('scoring.late') : t('scoring.onTime')}</Tag>
              ) : (
                t('common.none')
              ),
          },
          {
            title: t('scoring.col.total'),
            align: 'right',
            render: (_, r) =>
              r.total === null ? t('common.none') : t('scoring.pointsOf', { points: showFigure(r.total), max: showFigure(r.unitMax) }),
          },
          { title: t('scoring.col.level'), dataIndex: 'levelName', render: (v: string | null) => v ?? t('common.none') },
        ]}
      />
    </div>
  );
}
