// Ranking per unit group: totals, levels, rules applied (each explained), ties, the province target,
// change against last year; issued as a decision and exported to Word and Excel. Each group's rows come a
// page at a time (RankingViewDto); the exports hold every unit.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, Button, Card, Select, Table, Tag, Typography } from 'antd';
import { versionInForce } from '@dvcq/domain';
import { RANKING_PAGE_SIZE, type RankingResponseDto, type RankingViewDto } from '@dvcq/shared';
import { errorMessage } from '../../api/client.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { t } from '../../i18n/index.ts';
import { showDate, showDateTime, showFigure } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { currentYear, scoringApi, useRanking, useRankingRows, useScorecards } from './scoringApi.ts';
import { IssueRankingDialog } from './IssueRankingDialog.tsx';
import { CommendationCandidatesCard } from './CommendationCandidatesCard.tsx';
import '../../i18n/vi/scoring.ts';

export function RankingPage() {
  usePageTitle(t('scoring.ranking.pageTitle'));
  const [params, setParams] = useSearchParams();
  const scorecards = useScorecards();
  const active = (scorecards.data ?? []).filter((s) => s.status === 'active');
  const year = Number(params.get('year') ?? currentYear());
  // The version in force for the year (2025 → the older one, 2026 → the 2025-model one).
  const scorecardId = params.get('scorecardId') ?? (versionInForce(active, year) ?? active[0])?.id;
  const q = useRanking(scorecardId, year);
  const [issuing, setIssuing] = useState(false);
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    next.set(k, v);
    if (scorecardId && !next.get('scorecardId')) next.set('scorecardId', scorecardId);
    setParams(next);
  };
  const r = q.data;
  const ranking = r?.ranking as RankingViewDto | undefined;
  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('scoring.ranking.heading', { year })}
      </Typography.Title>
      <div className="page-toolbar" style={{ flexWrap: 'wrap', gap: 8 }}>
        <Select
          aria-label={t('scoring.scorecardLabel')}
          style={{ minWidth: 320 }}
          value={scorecardId}
          onChange={(v) => set('scorecardId', v)}
          options={active.map((s) => ({
            value: s.id,
            label: t('scoring.ranking.scorecardOption', { number: s.decisionNumber, name: s.name.slice(0, 60) }),
          }))}
        />
        <Select
          aria-label={t('common.year')}
          value={year}
          onChange={(v) => set('year', String(v))}
          options={Array.from({ length: 5 }, (_, i) => currentYear() + 1 - i).map((y) => ({ value: y, label: String(y) }))}
        />
        <span style={{ flex: 1 }} />
        {r && scorecardId && (
          <>
            <DownloadButton download={() => scoringApi.downloadRankingDocx(scorecardId, year)}>{t('scoring.ranking.word')}</DownloadButton>
            <DownloadButton download={() => scoringApi.downloadRankingXlsx(scorecardId, year)}>{t('scoring.ranking.excel')}</DownloadButton>
          </>
        )}
      </div>
      {q.isError && <Alert type="warning" showIcon title={errorMessage(q.error)} />}
      {r?.decision ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          title={
            r.decision.issuedByName
              ? t('scoring.ranking.decisionBy', {
                  number: r.decision.number,
                  date: showDate(r.decision.decisionDate),
                  name: r.decision.issuedByName,
                  time: showDateTime(r.decision.issuedAt),
                })
              : t('scoring.ranking.decision', { number: r.decision.number, date: showDate(r.decision.decisionDate) })
          }
        />
      ) : (
        r && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('scoring.ranking.provisional')} />
      )}
      {r && r.notFinalised.length > 0 && !r.decision && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('scoring.ranking.notFinalised', {
            count: r.notFinalised.length,
            units: r.notFinalised.map((u) => u.unitName).join(', '),
          })}
        />
      )}
      {ranking?.overall.target && (
        <Alert
          type={ranking.overall.target.met ? 'success' : 'warning'}
          showIcon
          style={{ marginBottom: 12 }}
          title={ranking.overall.target.message}
        />
      )}
      {ranking?.groups.map((g) => (
        <GroupTable key={`${scorecardId}|${year}|${g.unitGroup}`} g={g} rules={r!.rules} scorecardId={scorecardId!} year={year} />
      ))}
      {r?.decision && (r.excluded ?? []).length > 0 && (
        <Card size="small" title={t('scoring.ranking.excludedTitle')} style={{ marginBottom: 12 }}>
          {(r.excluded ?? []).map((u) => (
            <div key={u.unitName}>{t('scoring.ranking.excludedLine', { unit: u.unitName, reason: u.reason })}</div>
          ))}
        </Card>
      )}
      {r?.decision && scorecardId && <CommendationCandidatesCard scorecardId={scorecardId} year={year} />}
      {r?.canIssue && !r.decision && (
        <Button type="primary" onClick={() => setIssuing(true)}>
          {t('scoring.ranking.issueOpen')}
        </Button>
      )}
      {r?.canIssue && !r.decision && issuing && <IssueRankingDialog open ranking={r} onClose={() => setIssuing(false)} />}
    </div>
  );
}

type ViewGroup = RankingViewDto['groups'][number];

/** One unit group: its first page came with the ranking, later pages are asked for when turned to. */
function GroupTable({
  g,
  rules,
  scorecardId,
  year,
}: {
  g: ViewGroup;
  rules: RankingResponseDto['rules'];
  scorecardId: string;
  year: number;
}) {
  const [page, setPage] = useState(1);
  const later = useRankingRows(scorecardId, year, g.unitGroup, (page - 1) * RANKING_PAGE_SIZE);
  const shown = page > 1 ? (later.data?.ranking as RankingViewDto | undefined)?.groups[0] : g;
  const shownRules = page > 1 ? (later.data?.rules ?? {}) : rules;
  return (
    <Card
      size="small"
      title={g.groupName}
      style={{ marginBottom: 12 }}
      extra={g.distribution
        .filter((d) => d.count)
        .map((d) => (
          <Tag key={d.level.code}>{t('scoring.ranking.levelCount', { level: d.level.name, count: d.count })}</Tag>
        ))}
    >
      {g.target && <Alert type={g.target.met ? 'success' : 'warning'} showIcon title={g.target.message} style={{ marginBottom: 8 }} />}
      <Table
        rowKey="unitId"
        size="small"
        loading={page > 1 && later.isFetching}
        pagination={
          g.count > RANKING_PAGE_SIZE && {
            current: page,
            pageSize: RANKING_PAGE_SIZE,
            total: g.count,
            showSizeChanger: false,
            onChange: setPage,
          }
        }
        dataSource={shown?.units ?? []}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('scoring.ranking.col.rank'), dataIndex: 'rank', render: (v: number | null) => v ?? t('common.none') },
          { title: t('scoring.col.unit'), dataIndex: 'unitName' },
          {
            title: t('scoring.col.total'),
            align: 'right',
            render: (_, u) => t('scoring.pointsOf', { points: showFigure(u.total), max: showFigure(u.unitMax) }),
          },
          { title: t('scoring.col.level'), render: (_, u) => <Tag color="blue">{u.level.name}</Tag> },
          {
            title: t('scoring.ranking.col.change'),
            render: (_, u) =>
              u.change ? (
                <>
                  {t('scoring.ranking.change', {
                    from: u.change.previousLevel?.name ?? t('common.none'),
                    to: u.level.name,
                    delta:
                      u.change.totalDelta !== undefined
                        ? ` (${u.change.totalDelta >= 0 ? '+' : ''}${showFigure(u.change.totalDelta)})`
                        : '',
                  })}
                  {u.change.previousLabel ? (
                    <Typography.Text type="secondary" style={{ display: 'block' }}>
                      {u.change.previousLabel}
                    </Typography.Text>
                  ) : null}
                </>
              ) : (
                t('common.none')
              ),
          },
          {
            title: t('scoring.ranking.col.rules'),
            render: (_, u) => (
              <div>
                {(shownRules[u.unitId] ?? []).map((x) => (
                  <div key={x.rule}>
                    <Tag color="orange">{x.explanation}</Tag>
                  </div>
                ))}
                {u.note && <div>{u.note}</div>}
              </div>
            ),
          },
        ]}
      />
    </Card>
  );
}
