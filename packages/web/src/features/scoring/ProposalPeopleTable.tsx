// The individuals of one quota in the commendation proposal: the exemplary people of the movement recorded
// in the quota's eligible units, ticked with a reason that starts from the achievements recorded for them.
import { Checkbox, Table, Typography } from 'antd';
import type { CommendationCandidatesDto } from '@dvcq/shared';
import { t } from '../../i18n/index.ts';
import { setReason, toggle, type ProposalDraft } from './proposalDraft.ts';
import { ProposalReasonInput } from './ProposalReasonInput.tsx';
import '../../i18n/vi/scoring.ts';

type Person = CommendationCandidatesDto['quotas'][number]['individualCandidates'][number];

export function ProposalPeopleTable({
  max,
  people,
  unitNames,
  draft,
  disabled,
  onChange,
}: {
  /** The quota's individuals. */
  max: number;
  people: readonly Person[];
  /** Ranked unit id → name, for the unit each person counts under. */
  unitNames: ReadonlyMap<string, string>;
  draft: ProposalDraft;
  disabled: boolean;
  onChange: (d: ProposalDraft) => void;
}) {
  return (
    <div style={{ marginTop: 8 }}>
      <Typography.Text>{t('scoring.commendation.quotaPeople', { count: max })}</Typography.Text>
      <Table
        rowKey="personId"
        size="small"
        pagination={false}
        dataSource={[...people]}
        locale={{ emptyText: t('scoring.commendation.noPeople') }}
        columns={[
          {
            title: t('scoring.commendation.col.propose'),
            width: 90,
            render: (_, p) => (
              <Checkbox
                aria-label={t('scoring.commendation.proposePerson', { name: p.fullName })}
                checked={draft.people.has(p.personId)}
                disabled={disabled}
                onChange={(e) => onChange(toggle(draft, 'people', p.personId, e.target.checked, p.achievements))}
              />
            ),
          },
          { title: t('scoring.commendation.col.person'), dataIndex: 'fullName' },
          {
            title: t('scoring.commendation.col.position'),
            render: (_, p) => [p.position, p.ownUnitName].filter(Boolean).join(', '),
          },
          { title: t('scoring.commendation.col.countsUnder'), render: (_, p) => unitNames.get(p.unitId) ?? '' },
          {
            title: t('scoring.commendation.col.reason'),
            render: (_, p) =>
              draft.people.has(p.personId) && (
                <ProposalReasonInput
                  label={t('scoring.commendation.reasonForPerson', { name: p.fullName })}
                  value={draft.people.get(p.personId)}
                  disabled={disabled}
                  onChange={(reason) => onChange(setReason(draft, 'people', p.personId, reason))}
                />
              ),
          },
        ]}
      />
    </div>
  );
}
