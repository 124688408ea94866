// One chart with, one click away, the table behind it, a PNG of the chart and the Excel table.
import { lazy, Suspense, useEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { Button, Card, Empty, Space } from 'antd';
import type { ColumnsType, TableProps } from 'antd/es/table';
import { DownloadOutlined, FileExcelOutlined, TableOutlined } from '@ant-design/icons';
import type { ECharts, EChartsCoreOption } from 'echarts/core';
import { saveUrl } from '../../api/files.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { t } from '../../i18n/index.ts';
import '../../i18n/vi/dashboards.ts';

// The table behind a chart (shown on demand, and printed) loads after the chart: the home page's chart
// does not make the app shell wait for antd's table.
const Table = lazy(() => import('antd/es/table')) as unknown as ComponentType<TableProps<object>>;

interface Props<Row> {
  title: string;
  chartId: string;
  option: EChartsCoreOption | null;
  height?: number;
  columns: ColumnsType<Row>;
  rows: Row[];
  rowKey: (r: Row) => string;
  onExcel: () => Promise<void>;
  empty?: string;
  extra?: ReactNode;
}

export function ChartCard<Row extends object>({
  title,
  chartId,
  option,
  height = 320,
  columns,
  rows,
  rowKey,
  onExcel,
  empty,
  extra,
}: Props<Row>) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const [showTable, setShowTable] = useState(false);

  // ECharts is loaded with the first chart on screen, not with the app (it is most of a megabyte).
  useEffect(() => {
    if (!box.current || !option) return;
    let c: ECharts | null = null;
    let gone = false;
    const resize = () => c?.resize();
    void import('./echartsSetup.ts').then(({ echarts }) => {
      if (gone || !box.current) return;
      c = echarts.init(box.current, undefined, { locale: 'EN' });
      chart.current = c;
      c.setOption(option);
      window.addEventListener('resize', resize);
    });
    return () => {
      gone = true;
      window.removeEventListener('resize', resize);
      c?.dispose();
      chart.current = null;
    };
  }, [option]);

  const png = () => {
    const url = chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    if (url) saveUrl(url, `${chartId}.png`);
  };

  return (
    <Card
      title={title}
      className="dashboard-card"
      data-testid={`chart-${chartId}`}
      extra={
        <Space wrap className="no-print">
          {extra}
          <Button size="small" icon={<TableOutlined />} onClick={() => setShowTable((v) => !v)} aria-pressed={showTable}>
            {showTable ? t('dashboards.chart.showChart') : t('dashboards.chart.showTable')}
          </Button>
          <Button size="small" icon={<DownloadOutlined />} onClick={png} disabled={!option || showTable}>
            {t('dashboards.chart.png')}
          </Button>
          <DownloadButton size="small" icon={<FileExcelOutlined />} download={onExcel}>
            {t('dashboards.chart.excel')}
          </DownloadButton>
        </Space>
      }
    >
      {!option ? (
        <Empty description={empty ?? t('dashboards.chart.empty')} />
      ) : (
        <>
          <div
            ref={box}
            style={{ height, width: '100%', display: showTable ? 'none' : 'block' }}
            role="img"
            aria-label={title}
            className="dashboard-chart"
          />
          <Suspense fallback={null}>
            <Table
              className={showTable ? 'dashboard-table' : 'dashboard-table print-only'}
              style={showTable ? undefined : { display: 'none' }}
              size="small"
              columns={columns as ColumnsType<object>}
              dataSource={rows}
              rowKey={rowKey as (r: object) => string}
              pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
              scroll={{ x: true }}
            />
          </Suspense>
        </>
      )}
    </Card>
  );
}
