// The units whose report is not accepted yet, paged by unit code (50 at a time): "Xem thêm" appends the
// next page; the Excel and Word exports hold every unit.
import { useState } from 'react';
import { Button, Card, Space, Tag, Typography } from 'antd';
import type { ConsolidationDto } from '@dvcq/shared';
import { errorMessage } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { showNumber } from '../../lib/format.ts';
import { ReportStatusTag } from './ReportStatusTag.tsx';
import { reportsApi, type PeriodQuery } from './reportsApi.ts';
import '../../i18n/vi/reports.ts';

type MissingPage = ConsolidationDto['missing'];

export function MissingUnitsCard({ q, first }: { q: PeriodQuery; first: MissingPage }) {
  // Pages loaded after the first, for this answer only (a refetch brings a new first page).
  const [more, setMore] = useState<{ first: MissingPage; page: MissingPage } | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const page = more && more.first === first ? more.page : first;

  const loadMore = async (cursor: string) => {
    setLoading(true);
    setError(null);
    try {
      const next = await reportsApi.consolidationMissing({ ...q, cursor });
      setMore({ first, page: { ...next, units: [...page.units, ...next.units] } });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setLoading(false);
    }
  };

  return (
    <Card title={t('reports.consolidation.missing', { count: page.count })} style={{ marginBottom: 12 }}>
      <Space wrap>
        {page.units.map((m) => (
          <Tag key={m.unitId}>
            {m.name} · <ReportStatusTag status={m.status} />
          </Tag>
        ))}
      </Space>
      {page.count > page.units.length && (
        <Space style={{ marginTop: 8 }} wrap>
          <Typography.Text type="secondary" data-testid="missing-shown">
            {t('reports.consolidation.missingShown', { shown: showNumber(page.units.length), total: showNumber(page.count) })}
          </Typography.Text>
          {page.nextCursor && (
            <Button size="small" loading={loading} onClick={() => void loadMore(page.nextCursor!)}>
              {t('reports.consolidation.missingMore')}
            </Button>
          )}
          {error && <Typography.Text type="danger">{error}</Typography.Text>}
        </Space>
      )}
    </Card>
  );
}
