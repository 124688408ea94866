// Classification gates commendation: once the ranking decision is issued, the units at or above the level
// the scorecard names, by points within each quota (ties at the quota's edge marked for the deciding body).
// The coordinator ticks the units to propose, gives each a reason, saves the draft, submits it with the
// number, date and signer of the tờ trình, and downloads it as Word or Excel.
import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Input, Space, Table, Tag, Typography } from 'antd';
import type { CommendationCandidatesDto, CommendationProposalDto } from '@dvcq/shared';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { SaveAlert } from '../../components/SaveAlert.tsx';
import { t } from '../../i18n/index.ts';
import { showDate, showFigure } from '../../lib/format.ts';
import { useSave } from '../../lib/useSave.ts';
import { scoringApi, scoringKeys, useCommendationCandidates } from './scoringApi.ts';
import { SubmitProposalDialog } from './SubmitProposalDialog.tsx';
import '../../i18n/vi/scoring.ts';

export function CommendationCandidatesCard({ scorecardId, year }: { scorecardId: string; year: number }) {
  const q = useCommendationCandidates(scorecardId, year, true);
  const c = q.data;
  if (!c?.hasRule) return null;
  // Re-mounted when the saved proposal changes, so the ticks and reasons start from what was saved.
  return <ProposalEditor key={c.proposal?.updatedAt ?? 'new'} c={c} />;
}

function ProposalEditor({ c }: { c: CommendationCandidatesDto }) {
  const proposal = c.proposal;
  const submitted = proposal?.status === 'submitted';
  const [reasons, setReasons] = useState<Map<string, string>>(() => new Map((proposal?.items ?? []).map((u) => [u.unitId, u.reason])));
  const [submitting, setSubmitting] = useState(false);
  const save = useSave({
    errorDisplay: 'summary',
    run: () =>
      scoringApi.saveCommendationProposal({
        scorecardId: c.scorecardId,
        year: c.year,
        items: [...reasons].map(([unitId, reason]) => ({ unitId, reason })),
      }),
    invalidate: [scoringKeys.commendation(c.scorecardId, c.year)],
    success: t('scoring.commendation.saved'),
  });
  const toggle = (unitId: string, on: boolean) => {
    const next = new Map(reasons);
    if (on) next.set(unitId, '');
    else next.delete(unitId);
    setReasons(next);
  };
  const setReason = (unitId: string, reason: string) => setReasons(new Map(reasons).set(unitId, reason));
  const missingReason = [...reasons.values()].some((r) => !r.trim());

  return (
    <Card
      size="small"
      title={t('scoring.commendation.title', { award: c.award ?? '' })}
      style={{ marginBottom: 12 }}
      data-testid="commendation"
      extra={proposal && <ProposalStatus proposal={proposal} />}
    >
      <Typography.Paragraph type="secondary">{t('scoring.commendation.rule', { level: c.minLevelName ?? '' })}</Typography.Paragraph>
      <SaveAlert save={save} />
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
              {
                title: t('scoring.commendation.col.propose'),
                width: 90,
                render: (_, u) => (
                  <Checkbox
                    aria-label={t('scoring.commendation.proposeUnit', { unit: u.unitName })}
                    checked={reasons.has(u.unitId)}
                    disabled={submitted}
                    onChange={(e) => toggle(u.unitId, e.target.checked)}
                  />
                ),
              },
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
              {
                title: t('scoring.commendation.col.reason'),
                render: (_, u) =>
                  reasons.has(u.unitId) && (
                    <Input.TextArea
                      aria-label={t('scoring.commendation.reasonFor', { unit: u.unitName })}
                      autoSize={{ minRows: 1, maxRows: 4 }}
                      maxLength={2000}
                      disabled={submitted}
                      placeholder={t('scoring.commendation.reasonPlaceholder')}
                      value={reasons.get(u.unitId)}
                      onChange={(e) => setReason(u.unitId, e.target.value)}
                    />
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
          style={{ marginBottom: 12 }}
          title={t('scoring.commendation.outside', { units: c.outsideQuotas.map((u) => u.unitName).join(', ') })}
        />
      )}
      <Space wrap>
        {!submitted && (
          <Button type="primary" loading={save.pending} disabled={missingReason} onClick={() => void save.run()}>
            {t('scoring.commendation.save')}
          </Button>
        )}
        {proposal && !submitted && (
          <Button disabled={proposal.items.length === 0} onClick={() => setSubmitting(true)}>
            {t('scoring.commendation.submitOpen')}
          </Button>
        )}
        {proposal && (
          <>
            <DownloadButton download={() => scoringApi.downloadCommendationDocx(c.scorecardId, c.year)}>
              {t('scoring.commendation.word')}
            </DownloadButton>
            <DownloadButton download={() => scoringApi.downloadCommendationXlsx(c.scorecardId, c.year)}>
              {t('scoring.commendation.excel')}
            </DownloadButton>
          </>
        )}
        {missingReason && !submitted && <Typography.Text type="warning">{t('scoring.commendation.reasonMissing')}</Typography.Text>}
      </Space>
      {submitting && proposal && <SubmitProposalDialog proposal={proposal} onClose={() => setSubmitting(false)} />}
    </Card>
  );
}

function ProposalStatus({ proposal: p }: { proposal: CommendationProposalDto }) {
  return p.status === 'submitted' ? (
    <Tag color="blue">
      {t('scoring.commendation.statusSubmitted', { number: p.number ?? '', date: p.proposalDate ? showDate(p.proposalDate) : '' })}
    </Tag>
  ) : (
    <Tag>{t('scoring.commendation.statusDraft', { count: p.items.length })}</Tag>
  );
}
