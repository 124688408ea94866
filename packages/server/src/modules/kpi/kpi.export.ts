// "Tải Excel" of a KPI set: one line per unit × row with target, actual and status, and the evidence
// behind the figures with clickable links — the table of the province's communication report.
import { buildXlsxTable } from '@dvcq/docgen';
import { formatDateVi, KPI_CHANNEL_LABELS, KPI_MEASURE_LABELS, UNIT_KIND_LABELS, type UnitKind } from '@dvcq/domain';
import type { KpiEvidenceDto, KpiProgressDto, KpiSetDto } from '@dvcq/shared';

const STATUSES = {
  green: { label: 'Đạt', tone: 'green' },
  amber: { label: 'Chậm nhẹ', tone: 'gold' },
  red: { label: 'Chậm', tone: 'red' },
} as const;
const EVIDENCE_STATUSES = {
  pending: { label: 'Chờ xem xét', tone: 'blue' },
  accepted: { label: 'Đã chấp nhận', tone: 'green' },
  rejected: { label: 'Không chấp nhận', tone: 'red' },
} as const;

export async function kpiXlsx(set: KpiSetDto, p: KpiProgressDto, evidence: KpiEvidenceDto[]): Promise<Buffer> {
  const subtitles = [
    `Kế hoạch ${set.planNumber ?? ''} — ${set.planTitle}`.trim(),
    `Cơ quan ban hành: ${set.issuerName}; số liệu tính đến ngày ${formatDateVi(p.asOf)}`,
  ];
  const rowById = new Map(p.rows.map((r) => [r.id, r]));
  const lines = p.units.flatMap((u) =>
    u.cells.flatMap((c, i) => {
      if (!c) return [];
      const r = p.rows[i]!;
      return [
        {
          unit: u.unitName,
          kind: UNIT_KIND_LABELS[u.unitKind as UnitKind] ?? u.unitKind,
          row: r.label,
          channel: KPI_CHANNEL_LABELS[r.channel],
          period: c.periodLabel,
          target: c.target,
          expected: c.expected,
          actual: c.actual,
          accepted: c.accepted,
          pending: c.pending,
          status: c.status,
          note: `${c.statusLabel}. ${c.sentence}`,
        },
      ];
    }),
  );
  return buildXlsxTable({
    sheets: [
      {
        name: 'Tiến độ chỉ tiêu',
        title: `KẾT QUẢ THỰC HIỆN CHỈ TIÊU TUYÊN TRUYỀN NĂM ${set.year}`.toLocaleUpperCase('vi-VN'),
        subtitles,
        landscape: true,
        columns: [
          { key: 'unit', header: 'Đơn vị', type: 'text', width: 34 },
          { key: 'kind', header: 'Loại đơn vị', type: 'text', width: 18 },
          { key: 'row', header: 'Chỉ tiêu', type: 'text', width: 44 },
          { key: 'channel', header: 'Kênh', type: 'text', width: 24 },
          { key: 'period', header: 'Kỳ', type: 'text', width: 18 },
          { key: 'target', header: 'Chỉ tiêu', type: 'integer', total: 'none' },
          { key: 'expected', header: 'Cần đạt đến nay', type: 'integer', total: 'none' },
          { key: 'actual', header: 'Thực hiện', type: 'integer', total: 'none' },
          { key: 'accepted', header: 'Đã chấp nhận', type: 'integer', total: 'none' },
          { key: 'pending', header: 'Chờ xem xét', type: 'integer', total: 'none' },
          { key: 'status', header: 'Tình trạng', type: 'status', statuses: STATUSES },
          { key: 'note', header: 'Ghi chú', type: 'text', width: 50 },
        ],
        rows: lines,
      },
      {
        name: 'Minh chứng',
        title: 'DANH SÁCH MINH CHỨNG (LIÊN KẾT BÀI VIẾT)',
        subtitles,
        landscape: true,
        columns: [
          { key: 'unit', header: 'Đơn vị', type: 'text', width: 34 },
          { key: 'date', header: 'Ngày đăng', type: 'date' },
          { key: 'title', header: 'Tiêu đề', type: 'text', width: 40 },
          { key: 'channel', header: 'Kênh', type: 'text', width: 24 },
          { key: 'link', header: 'Liên kết', type: 'link', width: 48 },
          { key: 'visits', header: 'Lượt truy cập', type: 'integer', total: 'none' },
          { key: 'rows', header: 'Tính cho chỉ tiêu', type: 'text', width: 40 },
          { key: 'status', header: 'Xem xét', type: 'status', statuses: EVIDENCE_STATUSES },
          { key: 'reason', header: 'Lý do', type: 'text', width: 30 },
        ],
        rows: evidence.map((e) => ({
          unit: e.unitName,
          date: e.publishedOn,
          title: e.title,
          channel: KPI_CHANNEL_LABELS[e.channel],
          link: e.url,
          visits: e.visits,
          rows: e.rowIds
            .map((id) => rowById.get(id))
            .filter((r) => r !== undefined)
            .map((r) => `${r.label} (${KPI_MEASURE_LABELS[r.measure]})`)
            .join('; '),
          status: e.status,
          reason: e.reviewReason,
        })),
      },
    ],
  });
}
