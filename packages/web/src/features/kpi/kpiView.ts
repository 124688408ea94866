// Rules of the KPI screens, pure (tested in node): tag colours, what a unit still misses, rows pasted
// from Excel read into set rows through the shared vocabularies (channel, unit kind, period labels).
import {
  foldVietnamese,
  KPI_CHANNEL_LABELS,
  KPI_CHANNELS,
  KPI_MEASURE_LABELS,
  KPI_MEASURES,
  KPI_PERIOD_LABELS,
  KPI_PERIOD_KINDS,
  UNIT_KIND_LABELS,
  UNIT_KINDS,
  parseDateVi,
  type KpiChannel,
  type KpiMeasure,
  type KpiPeriodKind,
  type UnitKind,
} from '@dvcq/domain';
import type { KpiCellDto, KpiProgressDto, KpiRowInput } from '@dvcq/shared';

export const STATUS_TAG: Record<KpiCellDto['status'], string> = { green: 'green', amber: 'gold', red: 'red' };

/** What a unit still misses in the current periods, worst first. */
export function stillMissing(p: KpiProgressDto, unitId: string): { row: KpiProgressDto['rows'][number]; cell: KpiCellDto }[] {
  const u = p.units.find((x) => x.unitId === unitId);
  if (!u) return [];
  const order = { red: 0, amber: 1, green: 2 } as const;
  return u.cells
    .map((cell, i) => ({ row: p.rows[i]!, cell }))
    .filter((x): x is { row: KpiProgressDto['rows'][number]; cell: KpiCellDto } => x.cell !== null && !x.cell.met)
    .sort((a, b) => order[a.cell.status] - order[b.cell.status] || a.row.position - b.row.position);
}

const find = <T extends string>(values: readonly T[], labels: Readonly<Record<T, string>>, text: string): T | null => {
  const f = foldVietnamese(text).trim();
  if (!f) return null;
  return (
    values.find((v) => v === text.trim() || foldVietnamese(labels[v]) === f) ??
    values.find((v) => foldVietnamese(labels[v]).includes(f)) ??
    null
  );
};

export interface PastedRow {
  row: KpiRowInput | null;
  /** 1-based line number and the column that could not be read. */
  problem: { line: number; column: 'target' | 'measure' | 'channel' | 'who' | 'period' } | null;
}

/**
 * Lines copied from Excel (tab-separated): content | target | measure | channel | unit kind | period
 * ("Mỗi quý", "Cả năm", "Mỗi 6 tháng", or a day "06/11/2026" for a window to that day). Empty lines
 * are skipped; a header line (no number in the target column) too.
 */
export function parsePastedRows(text: string): PastedRow[] {
  const out: PastedRow[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const cols = raw.split('\t').map((c) => c.trim());
    if (cols.every((c) => c === '')) return;
    const line = i + 1;
    const [label = '', targetText = '', measureText = '', channelText = '', whoText = '', periodText = ''] = cols;
    const target = Number(targetText.replace(/[.\s]/g, ''));
    if (!/\d/.test(targetText)) {
      if (out.length === 0) return; // a header line
      out.push({ row: null, problem: { line, column: 'target' } });
      return;
    }
    const measure = find<KpiMeasure>(KPI_MEASURES, KPI_MEASURE_LABELS, measureText);
    const channel = find<KpiChannel>(KPI_CHANNELS, KPI_CHANNEL_LABELS, channelText);
    const unitKind = find<UnitKind>(UNIT_KINDS, UNIT_KIND_LABELS, whoText);
    const until = parseDateVi(periodText);
    const periodKind: KpiPeriodKind | null = until ? 'custom' : find<KpiPeriodKind>(KPI_PERIOD_KINDS, KPI_PERIOD_LABELS, periodText);
    const problem = !Number.isInteger(target)
      ? 'target'
      : !measure
        ? 'measure'
        : !channel
          ? 'channel'
          : !unitKind
            ? 'who'
            : !periodKind
              ? 'period'
              : null;
    if (problem) {
      out.push({ row: null, problem: { line, column: problem } });
      return;
    }
    out.push({
      row: {
        label: label || `${target}`,
        target,
        measure: measure!,
        channel: channel!,
        unitKind,
        periodKind: periodKind!,
        periodUntil: until,
      },
      problem: null,
    });
  });
  return out;
}
