// ECharts options with Vietnamese labels and vi-VN number formats.
import { COMPLIANCE_STATUS_LABELS, formatDayMonthVi } from '@dvcq/domain';
import type { DashboardDto } from '@dvcq/shared';
import { viNumber } from './ChartCard.tsx';

export const STATUS_LABELS: Record<string, string> = COMPLIANCE_STATUS_LABELS;
const STATUS_ORDER = ['submitted_on_time', 'submitted_late', 'overdue', 'due_soon', 'not_due', 'exempt'] as const;
const STATUS_COLORS = ['#389e0d', '#d48806', '#cf1322', '#fa8c16', '#bfbfbf', '#1677ff'];
const dm = formatDayMonthVi;

export function complianceOption(d: DashboardDto) {
  const cols = d.compliance.byDeadline;
  if (cols.length === 0) return null;
  const series = [
    { name: 'Nộp đúng hạn', key: 'onTime', color: STATUS_COLORS[0] },
    { name: 'Nộp muộn', key: 'late', color: STATUS_COLORS[1] },
    { name: 'Quá hạn chưa nộp', key: 'overdue', color: STATUS_COLORS[2] },
    { name: 'Chưa đến hạn', key: 'pending', color: STATUS_COLORS[4] },
  ] as const;
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${viNumber(v)} đơn vị` },
    legend: { bottom: 0 },
    grid: { left: 48, right: 16, top: 16, bottom: 72, containLabel: true },
    xAxis: { type: 'category', data: cols.map((c) => `${c.title}\n(${dm(c.dueDate)})`), axisLabel: { interval: 0, width: 120, overflow: 'truncate' } },
    yAxis: { type: 'value', name: 'Số đơn vị', axisLabel: { formatter: (v: number) => viNumber(v) } },
    series: series.map((s) => ({ name: s.name, type: 'bar', stack: 'all', itemStyle: { color: s.color }, data: cols.map((c) => c.tally[s.key]) })),
  };
}

export function heatmapOption(d: DashboardDto) {
  const { deadlines, units } = d.heatmap;
  if (deadlines.length === 0 || units.length === 0) return null;
  const data: [number, number, number][] = [];
  units.forEach((u, y) => u.statuses.forEach((s, x) => s && data.push([x, y, STATUS_ORDER.indexOf(s)])));
  return {
    tooltip: {
      formatter: (p: { value: [number, number, number] }) => `${units[p.value[1]]!.unitName}<br/>${deadlines[p.value[0]]!.title} (${deadlines[p.value[0]]!.deadlineText}): <b>${STATUS_LABELS[STATUS_ORDER[p.value[2]]!]}</b>`,
    },
    grid: { left: 8, right: 16, top: 8, bottom: 90, containLabel: true },
    xAxis: { type: 'category', data: deadlines.map((c) => `${c.title} (${dm(c.dueDate)})`), axisLabel: { interval: 0, rotate: 20, width: 140, overflow: 'truncate' }, splitArea: { show: true } },
    yAxis: { type: 'category', data: units.map((u) => u.unitName), inverse: true, axisLabel: { width: 220, overflow: 'truncate' } },
    dataZoom: units.length > 30 ? [{ type: 'slider', yAxisIndex: 0, startValue: 0, endValue: 29, right: 0 }, { type: 'inside', yAxisIndex: 0 }] : [],
    visualMap: {
      type: 'piecewise',
      dimension: 2,
      orient: 'horizontal',
      bottom: 0,
      left: 'center',
      pieces: STATUS_ORDER.map((s, i) => ({ value: i, label: STATUS_LABELS[s], color: STATUS_COLORS[i] })),
    },
    series: [{ type: 'heatmap', data, itemStyle: { borderColor: '#fff', borderWidth: 1 } }],
  };
}

export function rankingOption(d: DashboardDto) {
  if (!d.ranking.available) return null;
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${viNumber(v)} đơn vị` },
    grid: { left: 48, right: 16, top: 24, bottom: 32, containLabel: true },
    xAxis: { type: 'category', data: d.ranking.distribution.map((x) => x.levelName) },
    yAxis: { type: 'value', name: 'Số đơn vị', axisLabel: { formatter: (v: number) => viNumber(v) } },
    series: [
      {
        type: 'bar',
        data: d.ranking.distribution.map((x) => x.count),
        label: { show: true, position: 'top', formatter: (p: { dataIndex: number }) => `${viNumber(d.ranking.distribution[p.dataIndex]!.share, 1)}%` },
        itemStyle: { color: '#1677ff' },
      },
    ],
  };
}

export function appraisalOption(d: DashboardDto) {
  if (!d.appraisal.available || d.appraisal.agencies.length === 0) return null;
  const a = d.appraisal.agencies;
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 24, top: 8, bottom: 40, containLabel: true },
    yAxis: { type: 'category', data: a.map((x) => x.name), axisLabel: { width: 200, overflow: 'truncate' } },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => viNumber(v) } },
    series: [
      { name: 'Đã thẩm định', type: 'bar', stack: 'x', data: a.map((x) => x.reviewed), itemStyle: { color: '#389e0d' } },
      { name: 'Còn phải thẩm định', type: 'bar', stack: 'x', data: a.map((x) => Math.max(0, x.toReview - x.reviewed)), itemStyle: { color: '#bfbfbf' } },
    ],
  };
}

export function trendOption(d: DashboardDto) {
  const trend = d.myUnit?.trend ?? [];
  if (trend.length === 0) return null;
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 48, right: 48, top: 24, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: trend.map((t) => `Năm ${t.year}`) },
    yAxis: [
      { type: 'value', name: 'Số việc', axisLabel: { formatter: (v: number) => viNumber(v) } },
      { type: 'value', name: 'Đúng hạn', min: 0, max: 100, axisLabel: { formatter: (v: number) => `${viNumber(v)}%` } },
    ],
    series: [
      { name: 'Nộp đúng hạn', type: 'bar', stack: 's', data: trend.map((t) => t.onTime), itemStyle: { color: STATUS_COLORS[0] } },
      { name: 'Nộp muộn', type: 'bar', stack: 's', data: trend.map((t) => t.late), itemStyle: { color: STATUS_COLORS[1] } },
      { name: 'Quá hạn chưa nộp', type: 'bar', stack: 's', data: trend.map((t) => t.missing), itemStyle: { color: STATUS_COLORS[2] } },
      { name: 'Tỷ lệ đúng hạn', type: 'line', yAxisIndex: 1, data: trend.map((t) => (t.timelinessRate === null ? null : Math.round(t.timelinessRate * 1000) / 10)) },
    ],
  };
}
