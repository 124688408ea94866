// "Tải Excel" under each chart: the table behind the chart, built on the server with @dvcq/docgen.
import { buildXlsxTable, type XlsxSheetSpec } from '@dvcq/docgen';
import { COMPLIANCE_STATUS_LABELS, formatDateTimeVi, formatDateVi, localDateInProvince } from '@dvcq/domain';
import type { DashboardDto, DASHBOARD_CHARTS } from '@dvcq/shared';

export type DashboardChart = (typeof DASHBOARD_CHARTS)[number];

const pct = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10);

export function dashboardSheet(d: DashboardDto, chart: DashboardChart): XlsxSheetSpec {
  const sub = [`Đơn vị: ${d.unit.name}`, `Năm ${d.year}; số liệu tại thời điểm ${formatDateTimeVi(new Date(d.asOf))}`];
  switch (chart) {
    case 'compliance':
      return {
        name: 'Tien do theo han',
        title: 'TÌNH HÌNH THỰC HIỆN THEO TỪNG HẠN',
        subtitles: sub,
        landscape: true,
        totals: true,
        columns: [
          { key: 'title', header: 'Nội dung', type: 'text', width: 40 },
          { key: 'plan', header: 'Kế hoạch', type: 'text', width: 16 },
          { key: 'due', header: 'Thời hạn', type: 'text', width: 24 },
          { key: 'owed', header: 'Số đơn vị phải nộp', type: 'integer' },
          { key: 'onTime', header: 'Đúng hạn', type: 'integer' },
          { key: 'late', header: 'Muộn', type: 'integer' },
          { key: 'overdue', header: 'Quá hạn chưa nộp', type: 'integer' },
          { key: 'pending', header: 'Chưa đến hạn', type: 'integer' },
          { key: 'exempt', header: 'Miễn', type: 'integer' },
          { key: 'completeness', header: 'Tỷ lệ đầy đủ', type: 'percent', total: 'none' },
          { key: 'timeliness', header: 'Tỷ lệ đúng hạn', type: 'percent', total: 'none' },
        ],
        rows: d.compliance.byDeadline.map((m) => ({
          title: m.title,
          plan: m.planNumber ?? '',
          due: m.deadlineText,
          owed: m.tally.owed,
          onTime: m.tally.onTime,
          late: m.tally.late,
          overdue: m.tally.overdue,
          pending: m.tally.pending,
          exempt: m.tally.exempt,
          completeness: pct(m.tally.completenessRate),
          timeliness: pct(m.tally.timelinessRate),
        })),
      };
    case 'heatmap':
      return {
        name: 'Don vi x han',
        title: 'TÌNH TRẠNG CỦA TỪNG ĐƠN VỊ THEO TỪNG HẠN',
        subtitles: sub,
        landscape: true,
        columns: [
          { key: 'unit', header: 'Cơ quan, đơn vị', type: 'text', width: 40 },
          ...d.heatmap.deadlines.map((c, i) => ({
            key: `c${i}`,
            header: `${c.title} (${formatDateVi(c.dueDate)})`,
            type: 'text' as const,
            width: 18,
          })),
        ],
        rows: d.heatmap.units.map((u) => ({
          unit: u.unitName,
          ...Object.fromEntries(u.statuses.map((s, i) => [`c${i}`, s ? COMPLIANCE_STATUS_LABELS[s] : '—'])),
        })),
      };
    case 'ranking':
      return {
        name: 'Xep loai',
        title: 'PHÂN BỐ XẾP LOẠI',
        subtitles: [
          ...sub,
          ...(d.ranking.target ? [d.ranking.target.message] : []),
          ...(d.ranking.available ? [] : ['Chưa có số liệu xếp loại.']),
        ],
        totals: true,
        columns: [
          { key: 'level', header: 'Mức xếp loại', type: 'text', width: 24 },
          { key: 'count', header: 'Số đơn vị', type: 'integer' },
          { key: 'share', header: 'Tỷ lệ', type: 'percent', total: 'none' },
        ],
        rows: d.ranking.distribution.map((x) => ({ level: x.levelName, count: x.count, share: x.share })),
      };
    case 'review':
      return {
        name: 'Cho xem xet',
        title: 'BÁO CÁO ĐANG CHỜ XEM XÉT',
        subtitles: [...sub, `Tổng số: ${d.review.count}`],
        columns: [
          { key: 'unit', header: 'Cơ quan, đơn vị', type: 'text', width: 40 },
          { key: 'title', header: 'Báo cáo', type: 'text', width: 36 },
          { key: 'at', header: 'Ngày gửi', type: 'date' },
          { key: 'n', header: 'Lần gửi', type: 'integer', total: 'none' },
        ],
        rows: d.review.items.map((r) => ({
          unit: r.unitName,
          title: r.title,
          at: r.submittedAt ? localDateInProvince(new Date(r.submittedAt)) : null,
          n: r.submissionCount,
        })),
      };
    case 'appraisal':
      return {
        name: 'Tham dinh',
        title: 'TIẾN ĐỘ THẨM ĐỊNH THEO CƠ QUAN',
        subtitles: sub,
        totals: true,
        columns: [
          { key: 'name', header: 'Cơ quan thẩm định', type: 'text', width: 40 },
          { key: 'toReview', header: 'Phải thẩm định', type: 'integer' },
          { key: 'reviewed', header: 'Đã thẩm định', type: 'integer' },
          { key: 'changed', header: 'Có điều chỉnh điểm', type: 'integer' },
          { key: 'sentBack', header: 'Yêu cầu bổ sung', type: 'integer' },
        ],
        rows: d.appraisal.agencies.map((a) => ({ ...a })),
      };
    case 'owed':
      return {
        name: 'Viec sap den han',
        title: 'VIỆC ĐƠN VỊ CẦN HOÀN THÀNH',
        subtitles: [`Đơn vị: ${d.myUnit?.unitName ?? d.unit.name}`],
        columns: [
          { key: 'title', header: 'Nội dung', type: 'text', width: 40 },
          { key: 'plan', header: 'Kế hoạch', type: 'text', width: 16 },
          { key: 'due', header: 'Thời hạn', type: 'text', width: 24 },
          { key: 'left', header: 'Số ngày còn lại', type: 'integer', total: 'none' },
          { key: 'status', header: 'Tình trạng', type: 'text', width: 16 },
        ],
        rows: (d.myUnit?.owesNext ?? []).map((o) => ({
          title: o.title,
          plan: o.planNumber ?? '',
          due: o.deadlineText,
          left: o.daysUntilDue,
          status: o.statusLabel,
        })),
      };
    case 'complaints':
      return {
        name: 'Khieu nai theo ky',
        title: 'KHIẾU NẠI, TỐ CÁO, KIẾN NGHỊ THEO KỲ',
        subtitles: sub,
        columns: [
          { key: 'label', header: 'Kỳ', type: 'text', width: 24 },
          { key: 'unitsReported', header: 'Số đơn vị báo cáo', type: 'integer', total: 'none' },
          { key: 'received', header: 'Tiếp nhận', type: 'integer', total: 'none' },
          { key: 'resolved', header: 'Đã giải quyết', type: 'integer', total: 'none' },
          { key: 'resolvedOnTime', header: 'Giải quyết đúng hạn', type: 'integer', total: 'none' },
          { key: 'pending', header: 'Đang giải quyết', type: 'integer', total: 'none' },
        ],
        rows: d.complaints.periods.map((p) => ({ ...p })),
      };
    case 'trend':
      return {
        name: 'Qua cac nam',
        title: 'KẾT QUẢ CỦA ĐƠN VỊ QUA CÁC NĂM',
        subtitles: [`Đơn vị: ${d.myUnit?.unitName ?? d.unit.name}`],
        columns: [
          { key: 'year', header: 'Năm', type: 'text', width: 8 },
          { key: 'owed', header: 'Số việc phải nộp', type: 'integer', total: 'none' },
          { key: 'onTime', header: 'Đúng hạn', type: 'integer', total: 'none' },
          { key: 'late', header: 'Muộn', type: 'integer', total: 'none' },
          { key: 'missing', header: 'Quá hạn chưa nộp', type: 'integer', total: 'none' },
          { key: 'rate', header: 'Tỷ lệ đúng hạn', type: 'percent' },
          { key: 'level', header: 'Xếp loại', type: 'text', width: 16 },
        ],
        rows: (d.myUnit?.trend ?? []).map((t) => ({
          year: String(t.year),
          owed: t.owed,
          onTime: t.onTime,
          late: t.late,
          missing: t.missing,
          rate: pct(t.timelinessRate),
          level: t.levelName ?? '',
        })),
      };
  }
}

export const dashboardXlsx = (d: DashboardDto, chart: DashboardChart) => buildXlsxTable({ sheets: [dashboardSheet(d, chart)] });
