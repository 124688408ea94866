// Classification gates commendation: once the ranking decision is issued, the units at or above the level
// the scorecard names, by points within each quota (ties at the quota's edge marked for the deciding body),
// and where a quota counts individuals, the exemplary people of those units. The coordinator ticks whom
// to propose, gives each a reason, saves the draft, submits it with the number, date and signer of the
// tờ trình, and downloads it as Word or Excel. A save carries the version the edit started from: when
// another coordinator saved first, nothing ticked here is lost and the coordinator chooses to reload or
// to write over it.
import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Space, Table, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { CommendationCandidatesDto, CommendationProposalDto } from '@dvcq/shared';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { SaveAlert } from '../../components/SaveAlert.tsx';
import { t } from '../../i18n/index.ts';
import { showDate, showFigure } from '../../lib/format.ts';
import { useSave } from '../../lib/useSave.ts';
import { draftOf, followsServer, missingReason, saveRequest, setReason, toggle, type ProposalDraft } from './proposalDraft.ts';
import { ProposalPeopleTable } from './ProposalPeopleTable.tsx';
import { ProposalReasonInput } from './ProposalReasonInput.tsx';
import { scoringApi, scoringKeys, useCommendationCandidates } from './scoringApi.ts';
import { SubmitProposalDialog } from './SubmitProposalDialog.tsx';
import '../../i18n/vi/scoring.ts';

export function CommendationCandidatesCard({ scorecardId, year }: { scorecardId: string; year: number }) {
  const q = useCommendationCandidates(scorecardId, year, true);
  const c = q.data;
  if (!c?.hasRule) return null;
  // One editor per scorecard and year: a refetch never re-mounts it, so what is ticked stays.
  return <ProposalEditor key={`${scorecardId}:${year}`} c={c} />;
}

function ProposalEditor({ c }: { c: CommendationCandidatesDto }) {
  const client = useQueryClient();
  const queryKey = scoringKeys.commendation(c.scorecardId, c.year);
  const proposal = c.proposal;
  const submitted = proposal?.status === 'submitted';
  const [draft, setDraft] = useState<ProposalDraft>(() => draftOf(proposal));
  const [submitting, setSubmitting] = useState(false);
  // Another save arrived while nothing is changed here (or this one was submitted): show it.
  if (followsServer(draft, proposal)) setDraft(draftOf(proposal));
  const save = useSave({
    errorDisplay: 'summary',
    run: (expectedVersion: number) => scoringApi.saveCommendationProposal(saveRequest(draft, c.scorecardId, c.year, expectedVersion)),
    onSuccess: (saved) => {
      // The cache first, so the saved version is not taken for someone else's before the refetch.
      client.setQueryData<CommendationCandidatesDto>(queryKey, (old) => old && { ...old, proposal: saved });
      setDraft(draftOf(saved));
    },
    invalidate: [queryKey],
    success: t('scoring.commendation.saved'),
  });
  /** The candidates and the proposal as saved now, into the cache. */
  const latest = async () => {
    const fresh = await client.fetchQuery({ queryKey, queryFn: () => scoringApi.commendationCandidates(c.scorecardId, c.year) });
    return fresh.proposal;
  };
  const reload = async () => {
    setDraft(draftOf(await latest()));
    save.clear();
  };
  const keepMine = async () => {
    const saved = await latest();
    await save.run(saved?.version ?? 0);
  };
  const noReason = missingReason(draft);

  return (
    <Card
      size="small"
      title={t('scoring.commendation.title', { award: c.award ?? '' })}
      style={{ marginBottom: 12 }}
      data-testid="commendation"
      extra={proposal && <ProposalStatus proposal={proposal} />}
    >
      <Typography.Paragraph type="secondary">{t('scoring.commendation.rule', { level: c.minLevelName ?? '' })}</Typography.Paragraph>
      <SaveAlert
        save={save}
        action={
          <Space orientation="vertical" size={4}>
            <Button size="small" onClick={() => void reload()}>
              {t('scoring.commendation.conflict.reload')}
            </Button>
            <Button size="small" type="primary" onClick={() => void keepMine()}>
              {t('scoring.commendation.conflict.keepMine')}
            </Button>
          </Space>
        }
      />
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
                    checked={draft.units.has(u.unitId)}
                    disabled={submitted}
                    onChange={(e) => setDraft(toggle(draft, 'units', u.unitId, e.target.checked))}
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
                  draft.units.has(u.unitId) && (
                    <ProposalReasonInput
                      label={t('scoring.commendation.reasonFor', { unit: u.unitName })}
                      value={draft.units.get(u.unitId)}
                      disabled={submitted}
                      onChange={(reason) => setDraft(setReason(draft, 'units', u.unitId, reason))}
                    />
                  ),
              },
            ]}
          />
          {(quota.individuals ?? 0) > 0 && quota.candidates.length > 0 && (
            <ProposalPeopleTable
              max={quota.individuals ?? 0}
              people={quota.individualCandidates}
              unitNames={new Map(quota.candidates.map((u) => [u.unitId, u.unitName]))}
              draft={draft}
              disabled={submitted}
              onChange={setDraft}
            />
          )}
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
          <Button type="primary" loading={save.pending} disabled={noReason} onClick={() => void save.run(draft.version)}>
            {t('scoring.commendation.save')}
          </Button>
        )}
        {proposal && !submitted && (
          <Button disabled={proposal.items.length + proposal.individuals.length === 0 || draft.dirty} onClick={() => setSubmitting(true)}>
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
        {noReason && !submitted && <Typography.Text type="warning">{t('scoring.commendation.reasonMissing')}</Typography.Text>}
        {draft.dirty && !noReason && !submitted && proposal && (
          <Typography.Text type="secondary">{t('scoring.commendation.saveBeforeSubmit')}</Typography.Text>
        )}
      </Space>
      {submitting && proposal && (
        <SubmitProposalDialog proposal={proposal} expectedVersion={draft.version} onClose={() => setSubmitting(false)} />
      )}
    </Card>
  );
}

function ProposalStatus({ proposal: p }: { proposal: CommendationProposalDto }) {
  return p.status === 'submitted' ? (
    <Tag color="blue">
      {t('scoring.commendation.statusSubmitted', { number: p.number ?? '', date: p.proposalDate ? showDate(p.proposalDate) : '' })}
    </Tag>
  ) : (
    <Tag>{t('scoring.commendation.statusDraft', { count: p.items.length, people: p.individuals.length })}</Tag>
  );
}
