// The heat map of units × deadlines, paged by units (50 at a time, by name): "Xem thêm" appends the next
// page; the search box asks the server for units by name or code; the Excel file holds every unit.
import { useState } from 'react';
import { Button, Input, Space, Typography } from 'antd';
import type { DashboardDto } from '@dvcq/shared';
import { errorMessage } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { showDate, showNumber } from '../../lib/format.ts';
import { ChartCard } from './ChartCard.tsx';
import { heatmapOption, STATUS_LABELS } from './charts.ts';
import { dashboardsApi } from './dashboardsApi.ts';
import '../../i18n/vi/dashboards.ts';

type Heatmap = DashboardDto['heatmap'];
type HeatUnit = Heatmap['units'][number];

export function HeatmapCard({ d, onExcel }: { d: DashboardDto; onExcel: () => Promise<void> }) {
  // Pages loaded after the first (or a search), for this dashboard only.
  const [shown, setShown] = useState<{ key: string; q: string; page: Heatmap } | null>(null);
  const [q, setQ] = useState('');
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const key = `${d.unit.id}:${d.year}:${d.asOf}`;
  const page: Heatmap = shown && shown.key === key ? shown.page : d.heatmap;
  const { deadlines, units } = page;

  const load = async (search: string, cursor: string | null) => {
    setLoading(true);
    setError(null);
    try {
      const next = await dashboardsApi.heatmapPage({
        unitId: d.unit.id,
        year: d.year,
        q: search || undefined,
        cursor: cursor ?? undefined,
      });
      setShown({ key, q: search, page: cursor ? { ...next, units: [...units, ...next.units] } : next });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setLoading(false);
    }
  };

  return (
    <ChartCard<HeatUnit>
      title={t('dashboards.heatmap.title')}
      chartId="heatmap"
      height={Math.min(720, 140 + Math.min(units.length, 30) * 22)}
      option={heatmapOption(deadlines, units)}
      onExcel={onExcel}
      rows={units}
      rowKey={(r) => r.unitId}
      extra={
        <Space className="no-print" wrap>
          <Input.Search
            aria-label={t('dashboards.heatmap.search')}
            placeholder={t('dashboards.heatmap.search')}
            allowClear
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onSearch={(v) => void load(v.trim(), null)}
            style={{ width: 240 }}
          />
          <Typography.Text type="secondary">
            {t('dashboards.heatmap.shown', { shown: showNumber(units.length), total: showNumber(page.unitCount) })}
          </Typography.Text>
          {page.nextCursor && (
            <Button loading={loading} onClick={() => void load(shown?.key === key ? shown.q : '', page.nextCursor)}>
              {t('dashboards.heatmap.more')}
            </Button>
          )}
          {error && <Typography.Text type="danger">{error}</Typography.Text>}
        </Space>
      }
      columns={[
        { title: t('dashboards.col.unit'), dataIndex: 'unitName', fixed: 'left' },
        ...deadlines.map((c, i) => ({
          title: t('dashboards.col.deadlineOn', { title: c.title, date: showDate(c.dueDate) }),
          key: c.milestoneId,
          render: (_: unknown, r: HeatUnit) => (r.statuses[i] ? STATUS_LABELS[r.statuses[i]] : t('common.none')),
        })),
      ]}
    />
  );
}
