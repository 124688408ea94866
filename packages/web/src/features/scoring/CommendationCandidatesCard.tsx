// Classification gates commendation: once the ranking decision is issued, the units at or above the level
// the scorecard names, by points within each quota (ties at the quota's edge marked for the deciding body).
import { Alert, Card, Table, Tag, Typography } from 'antd';
import { t } from '../../i18n/index.ts';
import { showFigure } from '../../lib/format.ts';
import { useCommendationCandidates } from './scoringApi.ts';

export function CommendationCandidatesCard({ scorecardId, year }: { scorecardId: string; year: number }) {
  const q = useCommendationCandidates(scorecardId, year, true);
  const c = q.data;
  if (!c?.hasRule) return null;
  return (
    <Card
      size="small"
      title={t('scoring.commendation.title', { award: c.award ?? '' })}
      style={{ marginBottom: 12 }}
      data-testid="commendation"
    >
      <Typography.Paragraph type="secondary">{t('scoring.commendation.rule', { level: c.minLevelName ?? '' })}</Typography.Paragraph>
      {c.quotas.map((quota) => (
        <div key={quota.name} style={{ marginBottom: 12 }}>
          <Typography.Text strong>{t('scoring.commendation.quota', { name: quota.name, count: quota.collectives })}</Typography.Text>
          <Table
            rowKey="unitId"
            size="small"
            pagination={false}
            dataSource={quota.candidates}
            locale={{ emptyText: t('scoring.commendation.none') }}
            columns={[
              { title: t('scoring.col.unit'), dataIndex: 'unitName' },
              { title: t('scoring.col.total'), align: 'right', render: (_, u) => showFigure(u.total) },
              {
                title: t('scoring.commendation.col.proposal'),
                render: (_, u) =>
                  u.tieAtEdge ? (
                    <Tag color="orange">{t('scoring.commendation.tie')}</Tag>
                  ) : u.withinQuota ? (
                    <Tag color="green">{t('scoring.commendation.within')}</Tag>
                  ) : (
                    <Tag>{t('scoring.commendation.over')}</Tag>
                  ),
              },
            ]}
          />
        </div>
      ))}
      {c.outsideQuotas.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('scoring.commendation.outside', { units: c.outsideQuotas.map((u) => u.unitName).join(', ') })}
        />
      )}
    </Card>
  );
}
