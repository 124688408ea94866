// "Kế hoạch": what my unit owes first (officers and leaders), then the searchable list of plans.
import { useState } from 'react';
import { Alert, Button, Input, Select, Table, Tabs, Typography } from 'antd';
import { FileAddOutlined, ImportOutlined, SearchOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { yearInProvince } from '@dvcq/domain';
import { showDate } from '../../lib/format.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { hasRole, unitsWithRole } from '../auth/roles.ts';
import { useCurrentUser } from '../auth/session.ts';
import { PlanStatusTag } from './labels.tsx';
import { MyAssignmentsCard } from './MyAssignmentsCard.tsx';
import { ObligationsPanel } from './ObligationsPanel.tsx';
import { usePlans, type PlanSummaryDto } from './plansApi.ts';
import '../../i18n/vi/plans.ts';

export function PlansPage() {
  usePageTitle(t('nav.plans'));
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const owesUnits = unitsWithRole(user, ['officer', 'leader']);
  const defaultTab = owesUnits.length ? 'viec' : 'danh-sach';
  const tab = params.get('tab') ?? defaultTab;
  const canDraft = hasRole(user, 'coordinator', 'officer');

  return (
    <div className="page">
      <div className="page-heading">
        <Typography.Title level={1} className="page-title">
          {t('plans.title')}
        </Typography.Title>
        {canDraft && (
          <div className="page-heading-actions">
            <Link to="/ke-hoach/nhap">
              <Button icon={<ImportOutlined />}>{t('plans.import')}</Button>
            </Link>
            <Link to="/ke-hoach/soan">
              <Button type="primary" icon={<FileAddOutlined />}>
                {t('plans.create')}
              </Button>
            </Link>
          </div>
        )}
      </div>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === defaultTab ? {} : { tab: k }, { replace: true })}
        items={[
          ...(owesUnits.length
            ? [
                {
                  key: 'viec',
                  label: t('obligations.tab'),
                  children: (
                    <>
                      <MyAssignmentsCard style={{ marginBottom: 16 }} />
                      <ObligationsPanel units={owesUnits} />
                    </>
                  ),
                },
              ]
            : []),
          { key: 'danh-sach', label: t('plans.listTab'), children: <PlanList /> },
        ]}
      />
    </div>
  );
}

const thisYear = yearInProvince(new Date());
const yearOptions = Array.from({ length: 6 }, (_, i) => thisYear + 1 - i).map((y) => ({
  value: y,
  label: t('plans.yearLabel', { year: y }),
}));

function PlanList() {
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [year, setYear] = useState<number | undefined>();
  const [status, setStatus] = useState<'draft' | 'published' | undefined>();
  const query = useDebounced(q.trim());
  const plans = usePlans({ q: query || undefined, year, status });

  return (
    <>
      <div className="page-toolbar">
        <Input
          className="grow"
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('plans.searchPlaceholder')}
          aria-label={t('plans.searchPlaceholder')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          style={{ maxWidth: 460 }}
          data-testid="plan-search"
        />
        <Select
          allowClear
          placeholder={t('plans.filterYear')}
          aria-label={t('plans.filterYear')}
          options={yearOptions}
          value={year}
          onChange={setYear}
          style={{ minWidth: 130 }}
        />
        <Select
          allowClear
          placeholder={t('plans.filterStatus')}
          aria-label={t('plans.filterStatus')}
          value={status}
          onChange={setStatus}
          style={{ minWidth: 150 }}
          options={[
            { value: 'draft', label: t('plans.status.draft') },
            { value: 'published', label: t('plans.status.published') },
          ]}
        />
      </div>
      {plans.isError && <Alert type="error" showIcon title={errorMessage(plans.error)} style={{ marginBottom: 12 }} />}
      <Table<PlanSummaryDto>
        rowKey="id"
        loading={plans.isFetching}
        dataSource={plans.data ?? []}
        locale={{ emptyText: query ? t('plans.noMatch', { q: query }) : t('plans.empty') }}
        pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (total) => t('common.total', { total }) }}
        onRow={(r) => ({ onClick: () => navigate(`/ke-hoach/${r.id}`), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('plans.number'),
            dataIndex: 'number',
            responsive: ['md'],
            render: (n: string | null) => n ?? <Typography.Text type="secondary">{t('plans.noNumber')}</Typography.Text>,
          },
          { title: t('plans.issuedOnShort'), dataIndex: 'issuedOn', responsive: ['md'], render: (d: string | null) => showDate(d) },
          {
            title: t('plans.issuer'),
            dataIndex: 'issuerName',
            responsive: ['lg'],
            render: (name: string, r) => (r.issuerNameNow ? `${name} ${t('plans.issuerNow', { name: r.issuerNameNow })}` : name),
          },
          {
            title: t('plans.titleField'),
            dataIndex: 'title',
            render: (title: string, r) => (
              <div>
                <Link to={`/ke-hoach/${r.id}`} onClick={(e) => e.stopPropagation()} className="plan-list-title">
                  {title}
                </Link>
                <div className="plan-list-sub">
                  {[r.number ?? t('plans.noNumber'), r.issuedOn ? showDate(r.issuedOn) : null, r.issuerName].filter(Boolean).join(' · ')}
                </div>
              </div>
            ),
          },
          { title: t('plans.statusCol'), dataIndex: 'status', render: (s: PlanSummaryDto['status']) => <PlanStatusTag status={s} /> },
          { title: t('plans.amendments'), dataIndex: 'amendmentCount', align: 'right', responsive: ['sm'] },
        ]}
      />
    </>
  );
}
