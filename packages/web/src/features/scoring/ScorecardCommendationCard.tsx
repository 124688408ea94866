// The scorecard editor's commendation settings: the award, the lowest level proposed for it and the quotas
// per kind of unit (classification gates commendation). Absent until the coordinator adds it.
import { Button, Card, Input, InputNumber, Select, Typography } from 'antd';
import { UNIT_KIND_LABELS, UNIT_KINDS, type ScorecardDefinitionDto } from '@dvcq/shared';
import { t } from '../../i18n/index.ts';
import { foldedSearch } from '../../lib/foldedSearch.ts';
import '../../i18n/vi/scoring.ts';

type Commendation = NonNullable<ScorecardDefinitionDto['commendation']>;
type Quota = Commendation['quotas'][number];

export function ScorecardCommendationCard({
  def,
  readOnly,
  onChange,
}: {
  def: ScorecardDefinitionDto;
  readOnly: boolean;
  onChange: (commendation: Commendation | undefined) => void;
}) {
  const c = def.commendation;
  const set = (patch: Partial<Commendation>) => c && onChange({ ...c, ...patch });
  const setQuota = (i: number, patch: Partial<Quota>) => c && set({ quotas: c.quotas.map((q, j) => (j === i ? { ...q, ...patch } : q)) });
  return (
    <Card size="small" title={t('scoring.scorecard.commendation')} style={{ marginBottom: 12 }} data-testid="scorecard-commendation">
      {!c ? (
        <>
          <Typography.Paragraph type="secondary">{t('scoring.scorecard.commendationNone')}</Typography.Paragraph>
          {!readOnly && (
            <Button size="small" onClick={() => onChange({ award: '', minLevel: def.levels.levels[0]?.code ?? '', quotas: [] })}>
              {t('scoring.scorecard.commendationAdd')}
            </Button>
          )}
        </>
      ) : (
        <>
          <div style={{ display: 'flex', gap: 6, marginBottom: 8, flexWrap: 'wrap' }}>
            <Input
              aria-label={t('scoring.scorecard.commendationAward')}
              placeholder={t('scoring.scorecard.commendationAward')}
              style={{ flex: 1, minWidth: 320 }}
              disabled={readOnly}
              value={c.award}
              onChange={(e) => set({ award: e.target.value })}
            />
            <Select
              aria-label={t('scoring.scorecard.commendationMinLevel')}
              style={{ width: 260 }}
              disabled={readOnly}
              value={c.minLevel}
              options={def.levels.levels.map((l) => ({ value: l.code, label: t('scoring.scorecard.commendationFrom', { level: l.name }) }))}
              onChange={(minLevel: string) => set({ minLevel })}
            />
          </div>
          {c.quotas.map((q, i) => (
            <div key={i} style={{ display: 'flex', gap: 6, marginBottom: 4, flexWrap: 'wrap' }}>
              <Input
                aria-label={t('scoring.scorecard.quotaName')}
                placeholder={t('scoring.scorecard.quotaName')}
                style={{ flex: 1, minWidth: 280 }}
                disabled={readOnly}
                value={q.name}
                onChange={(e) => setQuota(i, { name: e.target.value })}
              />
              <Select
                mode="multiple"
                showSearch={foldedSearch}
                aria-label={t('scoring.scorecard.quotaKinds')}
                style={{ minWidth: 260 }}
                disabled={readOnly}
                value={[...q.unitKinds]}
                options={UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }))}
                onChange={(v: string[]) => setQuota(i, { unitKinds: v })}
              />
              <InputNumber
                aria-label={t('scoring.scorecard.quotaCollectives')}
                suffix={t('scoring.scorecard.quotaCollectivesUnit')}
                min={0}
                precision={0}
                disabled={readOnly}
                value={q.collectives}
                onChange={(v) => setQuota(i, { collectives: v ?? 0 })}
              />
              <InputNumber
                aria-label={t('scoring.scorecard.quotaIndividuals')}
                suffix={t('scoring.scorecard.quotaIndividualsUnit')}
                min={0}
                precision={0}
                disabled={readOnly}
                value={q.individuals ?? null}
                onChange={(v) => {
                  const { individuals: _old, ...rest } = q;
                  set({ quotas: c.quotas.map((x, j) => (j === i ? (v === null ? rest : { ...rest, individuals: v }) : x)) });
                }}
              />
              {!readOnly && (
                <Button size="small" danger onClick={() => set({ quotas: c.quotas.filter((_, j) => j !== i) })}>
                  {t('common.remove')}
                </Button>
              )}
            </div>
          ))}
          {!readOnly && (
            <div style={{ display: 'flex', gap: 6 }}>
              <Button size="small" onClick={() => set({ quotas: [...c.quotas, { name: '', unitKinds: [], collectives: 1 }] })}>
                {t('scoring.scorecard.quotaAdd')}
              </Button>
              <Button size="small" danger onClick={() => onChange(undefined)}>
                {t('scoring.scorecard.commendationRemove')}
              </Button>
            </div>
          )}
        </>
      )}
    </Card>
  );
}
