// Coordinator: appraisal progress by agency and per unit, with the way to each dossier to finalise it.
import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Select, Table, Tag, Typography } from 'antd';
import { versionInForce } from '@dvcq/domain';
import { ASSESSMENT_STATUS_LABELS, type AppraisalProgressDto } from '@dvcq/shared';
import { errorMessage } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { currentYear, useProgress, useScorecards } from './scoringApi.ts';
import '../../i18n/vi/scoring.ts';

export function ProgressPage() {
  usePageTitle(t('scoring.progress.pageTitle'));
  const scorecards = useScorecards();
  const active = (scorecards.data ?? []).filter((s) => s.status === 'active');
  const [picked, setPicked] = useState<string | undefined>();
  const [year, setYear] = useState(currentYear());
  const scorecardId = picked ?? (versionInForce(active, year) ?? active[0])?.id;
  const q = useProgress(scorecardId, year);
  const p = q.data;
  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('scoring.progress.heading', { year })}
      </Typography.Title>
      <div className="page-toolbar" style={{ gap: 8 }}>
        <Select
          aria-label={t('scoring.scorecardLabel')}
          style={{ minWidth: 320 }}
          value={scorecardId}
          onChange={setPicked}
          options={active.map((s) => ({ value: s.id, label: s.decisionNumber }))}
        />
        <Select
          aria-label={t('common.year')}
          value={year}
          onChange={setYear}
          options={Array.from({ length: 5 }, (_, i) => currentYear() + 1 - i).map((y) => ({ value: y, label: String(y) }))}
        />
        <Link to={`/cham-diem/xep-loai?scorecardId=${scorecardId ?? ''}&year=${year}`}>{t('scoring.progress.seeRanking')}</Link>
      </div>
      {q.isError && <Alert type="error" showIcon title={errorMessage(q.error)} />}
      {p && (
        <>
          <div style={{ marginBottom: 12 }}>
            {Object.entries(p.byStatus).map(([s, n]) => (
              <Tag key={s}>
                {t('scoring.progress.count', {
                  label: ASSESSMENT_STATUS_LABELS[s as keyof typeof ASSESSMENT_STATUS_LABELS] ?? s,
                  count: n,
                })}
              </Tag>
            ))}
          </div>
          <Table<AppraisalProgressDto['agencies'][number]>
            rowKey="code"
            size="small"
            pagination={false}
            dataSource={p.agencies}
            style={{ marginBottom: 16 }}
            columns={[
              { title: t('scoring.progress.col.agency'), dataIndex: 'name' },
              { title: t('scoring.progress.col.criteria'), dataIndex: 'criteria', align: 'right' },
              { title: t('scoring.progress.col.reviewed'), align: 'right', render: (_, a) => `${a.reviewed}/${a.toReview}` },
              { title: t('scoring.progress.col.changed'), dataIndex: 'changed', align: 'right' },
              { title: t('scoring.progress.col.sentBack'), dataIndex: 'sentBack', align: 'right' },
            ]}
          />
          <Table<AppraisalProgressDto['units'][number]>
            rowKey="assessmentId"
            size="small"
            dataSource={p.units}
            columns={[
              {
                title: t('scoring.progress.col.unit'),
                dataIndex: 'unitName',
                render: (v: string, u) => <Link to={`/cham-diem/ho-so/${u.assessmentId}`}>{v}</Link>,
              },
              { title: t('scoring.col.status'), render: (_, u) => <Tag>{ASSESSMENT_STATUS_LABELS[u.status]}</Tag> },
              { title: t('scoring.progress.col.late'), render: (_, u) => (u.late ? <Tag color="red">{t('scoring.late')}</Tag> : '') },
              {
                title: t('scoring.progress.col.byAgency'),
                render: (_, u) =>
                  Object.entries(u.reviewedByAgency).map(([code, x]) => (
                    <Tag key={code}>
                      {t('scoring.progress.agencyProgress', {
                        agency: p.agencies.find((a) => a.code === code)?.name ?? code,
                        reviewed: x.reviewed,
                        total: x.total,
                      })}
                    </Tag>
                  )),
              },
            ]}
          />
        </>
      )}
    </div>
  );
}
