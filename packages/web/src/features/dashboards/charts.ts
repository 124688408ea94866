// ECharts options with Vietnamese labels and vi-VN number formats.
import { COMPLIANCE_STATUS_LABELS, formatDayMonthVi } from '@dvcq/domain';
import type { DashboardDto } from '@dvcq/shared';
import { t } from '../../i18n/index.ts';
import { showNumber } from '../../lib/format.ts';
import '../../i18n/vi/dashboards.ts';

const viNumber = showNumber;

export const STATUS_LABELS: Record<string, string> = COMPLIANCE_STATUS_LABELS;
const STATUS_ORDER = ['submitted_on_time', 'submitted_late', 'overdue', 'due_soon', 'not_due', 'exempt'] as const;
const STATUS_COLORS = ['#389e0d', '#d48806', '#cf1322', '#fa8c16', '#bfbfbf', '#1677ff'];
const dm = formatDayMonthVi;
// Counts of units or items have no fractions: without a whole-number step ECharts puts ticks at 0.2, 0.4…
// and the vi-VN labels read "0, 0, 0, 1, 1, 1".
const WHOLE_COUNTS = { minInterval: 1, axisLabel: { formatter: (v: number) => viNumber(v) } } as const;

export function complianceOption(d: DashboardDto) {
  const cols = d.compliance.byDeadline;
  if (cols.length === 0) return null;
  const series = [
    { name: COMPLIANCE_STATUS_LABELS.submitted_on_time, key: 'onTime', color: STATUS_COLORS[0] },
    { name: COMPLIANCE_STATUS_LABELS.submitted_late, key: 'late', color: STATUS_COLORS[1] },
    { name: t('dashboards.series.overdue'), key: 'overdue', color: STATUS_COLORS[2] },
    { name: t('dashboards.series.pending'), key: 'pending', color: STATUS_COLORS[4] },
  ] as const;
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => t('dashboards.series.units', { count: viNumber(v) }) },
    legend: { bottom: 0 },
    grid: { left: 48, right: 16, top: 16, bottom: 72, containLabel: true },
    xAxis: {
      type: 'category',
      data: cols.map((c) => `${c.title}\n(${dm(c.dueDate)})`),
      axisLabel: { interval: 0, width: 120, overflow: 'truncate' },
    },
    yAxis: { type: 'value', name: t('dashboards.series.unitAxis'), ...WHOLE_COUNTS },
    series: series.map((s) => ({
      name: s.name,
      type: 'bar',
      stack: 'all',
      itemStyle: { color: s.color },
      data: cols.map((c) => c.tally[s.key]),
    })),
  };
}

export function heatmapOption(deadlines: DashboardDto['heatmap']['deadlines'], units: DashboardDto['heatmap']['units']) {
  if (deadlines.length === 0 || units.length === 0) return null;
  const data: [number, number, number][] = [];
  units.forEach((u, y) => u.statuses.forEach((s, x) => s && data.push([x, y, STATUS_ORDER.indexOf(s)])));
  return {
    tooltip: {
      formatter: (p: { value: [number, number, number] }) =>
        `${units[p.value[1]]!.unitName}<br/>${deadlines[p.value[0]]!.title} (${deadlines[p.value[0]]!.deadlineText}): <b>${STATUS_LABELS[STATUS_ORDER[p.value[2]]!]}</b>`,
    },
    grid: { left: 8, right: 16, top: 8, bottom: 90, containLabel: true },
    xAxis: {
      type: 'category',
      data: deadlines.map((c) => `${c.title} (${dm(c.dueDate)})`),
      axisLabel: { interval: 0, rotate: 20, width: 140, overflow: 'truncate' },
      splitArea: { show: true },
    },
    yAxis: { type: 'category', data: units.map((u) => u.unitName), inverse: true, axisLabel: { width: 220, overflow: 'truncate' } },
    dataZoom:
      units.length > 30
        ? [
            { type: 'slider', yAxisIndex: 0, startValue: 0, endValue: 29, right: 0 },
            { type: 'inside', yAxisIndex: 0 },
          ]
        : [],
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
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => t('dashboards.series.units', { count: viNumber(v) }) },
    grid: { left: 48, right: 16, top: 24, bottom: 32, containLabel: true },
    xAxis: { type: 'category', data: d.ranking.distribution.map((x) => x.levelName) },
    yAxis: { type: 'value', name: t('dashboards.series.unitAxis'), ...WHOLE_COUNTS },
    series: [
      {
        type: 'bar',
        data: d.ranking.distribution.map((x) => x.count),
        label: {
          show: true,
          position: 'top',
          formatter: (p: { dataIndex: number }) => `${viNumber(d.ranking.distribution[p.dataIndex]!.share, 1)}%`,
        },
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
    xAxis: { type: 'value', ...WHOLE_COUNTS },
    series: [
      { name: t('dashboards.series.reviewed'), type: 'bar', stack: 'x', data: a.map((x) => x.reviewed), itemStyle: { color: '#389e0d' } },
      {
        name: t('dashboards.series.toReview'),
        type: 'bar',
        stack: 'x',
        data: a.map((x) => Math.max(0, x.toReview - x.reviewed)),
        itemStyle: { color: '#bfbfbf' },
      },
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
    xAxis: { type: 'category', data: trend.map((y) => t('dashboards.series.yearLabel', { year: y.year })) },
    yAxis: [
      { type: 'value', name: t('dashboards.series.items'), ...WHOLE_COUNTS },
      {
        type: 'value',
        name: t('dashboards.series.onTimeAxis'),
        min: 0,
        max: 100,
        axisLabel: { formatter: (v: number) => `${viNumber(v)}%` },
      },
    ],
    series: [
      {
        name: COMPLIANCE_STATUS_LABELS.submitted_on_time,
        type: 'bar',
        stack: 's',
        data: trend.map((y) => y.onTime),
        itemStyle: { color: STATUS_COLORS[0] },
      },
      {
        name: COMPLIANCE_STATUS_LABELS.submitted_late,
        type: 'bar',
        stack: 's',
        data: trend.map((y) => y.late),
        itemStyle: { color: STATUS_COLORS[1] },
      },
      {
        name: t('dashboards.series.overdue'),
        type: 'bar',
        stack: 's',
        data: trend.map((y) => y.missing),
        itemStyle: { color: STATUS_COLORS[2] },
      },
      {
        name: t('dashboards.series.timeliness'),
        type: 'line',
        yAxisIndex: 1,
        data: trend.map((y) => (y.timelinessRate === null ? null : Math.round(y.timelinessRate * 1000) / 10)),
      },
    ],
  };
}

export function complaintsOption(d: DashboardDto) {
  const periods = d.complaints.periods;
  if (periods.length === 0) return null;
  const series = [
    { key: 'received', color: '#1677ff' },
    { key: 'resolved', color: '#389e0d' },
    { key: 'resolvedOnTime', color: '#95de64' },
    { key: 'pending', color: '#d48806' },
  ] as const;
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => viNumber(v) },
    legend: { bottom: 0 },
    grid: { left: 48, right: 16, top: 16, bottom: 48, containLabel: true },
    xAxis: { type: 'category', data: periods.map((p) => p.label), axisLabel: { interval: 0, width: 110, overflow: 'truncate' } },
    yAxis: { type: 'value', ...WHOLE_COUNTS },
    series: series.map((s) => ({
      name: t(`dashboards.complaints.${s.key}`),
      type: 'bar',
      itemStyle: { color: s.color },
      data: periods.map((p) => p[s.key]),
    })),
  };
}
