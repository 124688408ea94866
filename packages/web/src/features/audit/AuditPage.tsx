import { useMemo, useState } from 'react';
import { Alert, Button, Select, Table, Tag, Typography } from 'antd';
import { formatNumberVi } from '@dvcq/domain';
import { errorMessage } from '../../api/client.ts';
import type { AuditEntryDto } from '../../api/types.ts';
import { t } from '../../i18n/index.ts';
import { AUDIT_ACTION_LABELS_VI, AUDIT_ENTITY_LABELS_VI } from '../../i18n/vi/audit.ts';
import { showDateTime } from '../../lib/format.ts';
import { DateInput } from '../../components/DateInput.tsx';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { UnitTreeSelect } from '../org/UnitTreeSelect.tsx';
import { useUsers } from '../users/usersApi.ts';
import { useAuditPage, type AuditQuery } from './auditApi.ts';
import { AuditDiff } from './AuditDiff.tsx';
import { foldedSearch } from '../../lib/foldedSearch.ts';

const PAGE_SIZE = 25;

interface Filters {
  userId?: string;
  unitId?: string;
  entityType?: string;
  from?: string | null;
  to?: string | null;
}

export function AuditPage() {
  usePageTitle(t('nav.audit'));
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(PAGE_SIZE);
  const users = useUsers('');

  const query: AuditQuery = {
    userId: filters.userId,
    unitId: filters.unitId,
    entityType: filters.entityType,
    from: filters.from ?? undefined,
    to: filters.to ?? undefined,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  };
  const audit = useAuditPage(query);

  const userOptions = useMemo(() => (users.data ?? []).map((u) => ({ value: u.id, label: `${u.fullName} (${u.username})` })), [users.data]);
  const entityOptions = Object.entries(AUDIT_ENTITY_LABELS_VI).map(([value, label]) => ({ value, label }));

  const update = (patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage(1);
  };

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('audit.title')}
      </Typography.Title>
      <div className="audit-filters">
        <Select
          allowClear
          showSearch={foldedSearch}
          placeholder={t('audit.filterUser')}
          options={userOptions}
          value={filters.userId}
          onChange={(v: string | undefined) => update({ userId: v })}
          aria-label={t('audit.filterUser')}
        />
        <UnitTreeSelect
          includeClosed
          placeholder={t('audit.filterUnit')}
          value={filters.unitId}
          onChange={(v: string | undefined) => update({ unitId: v })}
        />
        <Select
          allowClear
          placeholder={t('audit.filterEntity')}
          options={entityOptions}
          value={filters.entityType}
          onChange={(v: string | undefined) => update({ entityType: v })}
          aria-label={t('audit.filterEntity')}
        />
        <DateInput
          value={filters.from ?? null}
          onChange={(d) => update({ from: d })}
          aria-label={t('audit.fromDate')}
          style={{ width: 200 }}
        />
        <DateInput value={filters.to ?? null} onChange={(d) => update({ to: d })} aria-label={t('audit.toDate')} style={{ width: 200 }} />
        <Button
          onClick={() => {
            setFilters({});
            setPage(1);
          }}
        >
          {t('audit.clear')}
        </Button>
      </div>
      {audit.isError && <Alert type="error" showIcon title={errorMessage(audit.error)} style={{ marginBottom: 12 }} />}
      <Table<AuditEntryDto>
        rowKey="id"
        size="middle"
        loading={audit.isFetching}
        dataSource={audit.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page,
          pageSize,
          total: audit.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [25, 50, 100],
          showTotal: (total) => t('common.total', { total: formatNumberVi(total) }),
          onChange: (p, s) => {
            setPage(s !== pageSize ? 1 : p);
            setPageSize(s);
          },
        }}
        expandable={{
          expandedRowRender: (r) => <AuditDiff before={r.before} after={r.after} />,
          rowExpandable: (r) => r.before != null || r.after != null,
        }}
        columns={[
          { title: t('audit.at'), dataIndex: 'at', render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{showDateTime(v)}</span> },
          { title: t('audit.actor'), dataIndex: 'actorName', render: (v: string | null) => v ?? t('audit.system') },
          {
            title: t('audit.action'),
            dataIndex: 'action',
            render: (a: string) => <Tag>{AUDIT_ACTION_LABELS_VI[a] ?? t('audit.otherAction')}</Tag>,
          },
          { title: t('audit.entity'), dataIndex: 'entityType', render: (e: string) => AUDIT_ENTITY_LABELS_VI[e] ?? t('audit.otherField') },
          { title: t('audit.unit'), dataIndex: 'unitName', render: (v: string | null) => v ?? t('common.none') },
        ]}
      />
    </div>
  );
}
