// A unit's lineage: the units it came from and went into, each with the date and legal basis, and its
// versions through time (name, kind, parent), so a past record can be read under the name it then had.
import { Alert, Empty, Spin, Timeline, Typography } from 'antd';
import { UNIT_KIND_LABELS, type UnitLineageDto } from '@dvcq/shared';
import { errorMessage } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { showDate } from '../../lib/format.ts';
import { useUnitLineage } from './orgApi.ts';
import { legalBasisText } from './restructuring.ts';
import '../../i18n/vi/org.ts';

type Link = UnitLineageDto['predecessors'][number];

const LINK_KIND_KEYS = {
  merge: 'lineage.kind.merge',
  split: 'lineage.kind.split',
  transfer: 'lineage.kind.transfer',
  dissolve: 'lineage.kind.dissolve',
} as const;

function LinkList({ links, onSelect, testId }: { links: Link[]; onSelect: (id: string) => void; testId: string }) {
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid={testId}>
      {links.map((l) => (
        <li key={`${l.unitId}-${l.date}-${l.batchId}`}>
          <a
            href={`/don-vi/${l.unitId}`}
            onClick={(e) => {
              e.preventDefault();
              onSelect(l.unitId);
            }}
          >
            {l.name}
          </a>
          {` — ${t(LINK_KIND_KEYS[l.kind])}${l.whole ? '' : ` (${t('restructure.part')})`}, ${t('restructure.fromDate', { date: showDate(l.date) })}`}
          <div>
            <Typography.Text type="secondary">{t('lineage.basis', { basis: legalBasisText(l.legalBasis) })}</Typography.Text>
          </div>
        </li>
      ))}
    </ul>
  );
}

export function UnitLineage({ unitId, onSelect }: { unitId: string; onSelect: (id: string) => void }) {
  const lineage = useUnitLineage(unitId);
  if (lineage.isLoading) return <Spin />;
  if (lineage.isError || !lineage.data) return <Alert type="error" showIcon title={errorMessage(lineage.error)} />;
  const l = lineage.data;
  const versions = [...l.versions].reverse();
  return (
    <div data-testid="org-lineage">
      <Typography.Title level={5} style={{ marginTop: 20 }}>
        {t('lineage.title')}
      </Typography.Title>
      {l.ceasedOn && (
        <Alert type="info" showIcon title={t('lineage.ceasedOn', { date: showDate(l.ceasedOn) })} style={{ marginBottom: 8 }} />
      )}
      {l.predecessors.length === 0 && l.successors.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('lineage.none')} />
      ) : (
        <>
          {l.predecessors.length > 0 && (
            <>
              <Typography.Text strong>{t('lineage.predecessors')}</Typography.Text>
              <LinkList links={l.predecessors} onSelect={onSelect} testId="org-predecessors" />
            </>
          )}
          {l.successors.length > 0 && (
            <div style={{ marginTop: 8 }}>
              <Typography.Text strong>{t('lineage.successors')}</Typography.Text>
              <LinkList links={l.successors} onSelect={onSelect} testId="org-successors" />
            </div>
          )}
        </>
      )}
      {versions.length > 1 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 20 }}>
            {t('lineage.versions')}
          </Typography.Title>
          <Timeline
            items={versions.map((v, i) => ({
              key: `${v.validFrom}-${i}`,
              color: v.validTo ? 'gray' : 'blue',
              content: (
                <div>
                  <div style={{ fontWeight: v.validTo ? 400 : 600 }}>{v.name}</div>
                  <Typography.Text type="secondary">
                    {[UNIT_KIND_LABELS[v.kind], v.code, v.parentName ? t('restructure.under', { parent: v.parentName }) : null]
                      .filter(Boolean)
                      .join(' · ')}
                    {' · '}
                    {t('org.period', { from: showDate(v.validFrom), to: v.validTo ? showDate(v.validTo) : t('org.now') })}
                  </Typography.Text>
                </div>
              ),
            }))}
          />
        </>
      )}
    </div>
  );
}
