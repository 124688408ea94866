// The unit's finalised results year after year on its assessment page. When the scorecard version changed
// between two years, the card says so and compares the levels only (their place on each version's scale),
// never the points, which are out of different criteria (the domain's compareYears).
import { Card, Table, Tag } from 'antd';
import { useQueries } from '@tanstack/react-query';
import { compareYears, type YearComparison, type YearResult } from '@dvcq/domain';
import { t } from '../../i18n/index.ts';
import { showFigure } from '../../lib/format.ts';
import { scoringApi, scoringKeys, useUnitAssessments } from './scoringApi.ts';
import '../../i18n/vi/scoring.ts';

export function UnitYearsCard({ unitId }: { unitId: string }) {
  const list = useUnitAssessments(unitId);
  const finalised = (list.data ?? []).filter((a) => a.finalisedAt && a.total !== null && a.levelName);
  const scorecardIds = [...new Set(finalised.map((a) => a.scorecardId))];
  const scorecards = useQueries({
    queries: scorecardIds.map((id) => ({ queryKey: scoringKeys.scorecard(id), queryFn: () => scoringApi.scorecard(id) })),
  });
  const byId = new Map(scorecards.flatMap((q) => (q.data ? [[q.data.id, q.data] as const] : [])));
  const results: YearResult[] = finalised.flatMap((a) => {
    const sc = byId.get(a.scorecardId);
    if (!sc) return [];
    return [
      {
        year: a.year,
        versionId: sc.id,
        versionLabel: sc.decisionNumber,
        levels: sc.definition.levels.levels.map((l) => l.name),
        levelName: a.levelName!,
        total: a.total!,
      },
    ];
  });
  // One year alone compares with nothing.
  if (results.length < 2) return null;
  const rows = compareYears(results).reverse();
  return (
    <Card size="small" title={t('scoring.years.title')} style={{ marginBottom: 12 }} data-testid="unit-years">
      <Table<YearComparison>
        rowKey="year"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('common.year'), dataIndex: 'year' },
          {
            title: t('scoring.years.version'),
            render: (_, r) => (
              <>
                {r.versionLabel} {r.versionChanged && <Tag color="orange">{t('scoring.years.versionChanged')}</Tag>}
              </>
            ),
          },
          { title: t('scoring.col.total'), align: 'right', render: (_, r) => showFigure(r.total) },
          { title: t('scoring.col.level'), dataIndex: 'levelName' },
          { title: t('scoring.years.change'), render: (_, r) => changeText(r) },
        ]}
      />
    </Card>
  );
}

function changeText(r: YearComparison): string {
  if (r.levelChange === null) return t('common.none');
  const level =
    r.levelChange === 'up'
      ? t('scoring.years.level.up')
      : r.levelChange === 'down'
        ? t('scoring.years.level.down')
        : t('scoring.years.level.same');
  if (r.versionChanged) return t('scoring.years.levelOnly', { level });
  if (r.pointsChange === null) return level;
  return t('scoring.years.withPoints', { level, points: `${r.pointsChange > 0 ? '+' : ''}${showFigure(r.pointsChange)}` });
}
