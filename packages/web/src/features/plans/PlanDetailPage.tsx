// One plan: the document, its targets, activities, deadlines, who has submitted, and amendments.
import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Grid,
  Input,
  List,
  Progress,
  Result,
  Row,
  Select,
  Skeleton,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DateInput } from '../../components/DateInput.tsx';
import {
  CalendarOutlined,
  CheckCircleOutlined,
  DiffOutlined,
  EditOutlined,
  FileWordOutlined,
  SafetyCertificateOutlined,
  SendOutlined,
  ArrowLeftOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { DELIVERABLE_KIND_LABELS, UNIT_KIND_LABELS, type UnitKind } from '@dvcq/shared';
import { periodLabel } from '@dvcq/domain';
import { errorMessage } from '../../api/client.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { t } from '../../i18n/index.ts';
import { showDate, showDateTime, toIsoDate, todayInProvince } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { hasRole, rolesOn } from '../auth/roles.ts';
import { useCurrentUser } from '../auth/session.ts';
import { useOrgUnits } from '../org/orgApi.ts';
import { ComplianceTag, PlanStatusTag, formatTargetValue, percent, unitKindOptions } from './labels.tsx';
import { PlanDocument } from './PlanDocument.tsx';
import { AmendPlanDialog } from './AmendPlanDialog.tsx';
import { AssignDialog, type AssignTarget } from './AssignDialog.tsx';
import { CalendarDialog } from './CalendarDialog.tsx';
import { ExemptDialog, type ExemptTarget } from './ExemptDialog.tsx';
import { SignPlanDialog } from './SignPlanDialog.tsx';
import { SignedCopyDialog } from './SignedCopyDialog.tsx';
import {
  planKeys,
  plansApi,
  useAssignableUsers,
  usePlan,
  usePlanCompliance,
  usePlanComplianceUnits,
  COMPLIANCE_PAGE_SIZE,
  type PlanComplianceDto,
  type PlanDetailDto,
  type PlanMilestoneDto,
} from './plansApi.ts';
import type { PeriodKindId } from './planForm.ts';
import '../../i18n/vi/plans.ts';

export function PlanDetailPage() {
  const { planId } = useParams();
  const plan = usePlan(planId);
  usePageTitle(plan.data?.number ?? plan.data?.title ?? t('nav.plans'));
  if (plan.isLoading) return <Skeleton active />;
  if (plan.isError || !plan.data) {
    return (
      <Result
        status="warning"
        title={errorMessage(plan.error)}
        extra={
          <Link to="/ke-hoach">
            <Button>{t('plans.backToList')}</Button>
          </Link>
        }
      />
    );
  }
  return <PlanDetail plan={plan.data} />;
}

type Dialog = null | 'publish' | 'submit' | 'amend' | 'calendar' | 'signature';

function PlanDetail({ plan }: { plan: PlanDetailDto }) {
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const [dialog, setDialog] = useState<Dialog>(null);
  const tab = params.get('tab') ?? 'noi-dung';
  const onIssuer = rolesOn(user, plan.issuerUnitId);
  const coordinator = hasRole(user, 'coordinator');
  const draft = plan.status === 'draft';
  const derived = !!plan.parentPlanId;
  const canEdit = draft && (coordinator || onIssuer.has('officer') || onIssuer.has('leader'));
  // The unit's own plan: the coordinator publishes it, and so does the issuing unit's leader.
  const canPublish = draft && !derived && (coordinator || onIssuer.has('leader'));
  const canSubmit = draft && derived && (onIssuer.has('leader') || (!onIssuer.size && hasRole(user, 'leader')));
  const canAmend = !draft && coordinator && !derived;
  // "Phân công" appears only when the server lists assignable people (the user may draft this plan).
  const assignable = useAssignableUsers(plan.id);
  const [assigning, setAssigning] = useState<AssignTarget | null>(null);
  const onAssign = assignable.isSuccess ? setAssigning : undefined;

  // "Ký và nộp" from the obligations list opens the dialog directly.
  useEffect(() => {
    if (params.get('ky-nop') === '1' && canSubmit) {
      setDialog('submit');
      const next = new URLSearchParams(params);
      next.delete('ky-nop');
      setParams(next, { replace: true });
    }
  }, [params, canSubmit, setParams]);

  const screens = Grid.useBreakpoint();
  const phone = screens.md === undefined ? window.innerWidth < 768 : !screens.md;
  const tabItems = [
    { key: 'noi-dung', label: t('plans.tab.content') },
    { key: 'chi-tieu', label: t('plans.tab.targets') },
    { key: 'nhiem-vu', label: t('plans.tab.activities') },
    { key: 'moc-han', label: t('plans.tab.milestones') },
    ...(!draft ? [{ key: 'tinh-hinh', label: t('plans.tab.compliance') }] : []),
    { key: 'sua-doi', label: t('plans.tab.amendments', { count: plan.amendmentCount }) },
  ];

  const setTab = (k: string) => {
    const next = new URLSearchParams(params);
    if (k === 'noi-dung') next.delete('tab');
    else next.set('tab', k);
    setParams(next, { replace: true });
  };

  return (
    <div className="page plan-detail">
      <Link to="/ke-hoach?tab=danh-sach" className="back-link">
        <ArrowLeftOutlined /> {t('plans.backToList')}
      </Link>
      <div className="plan-detail-head">
        <div className="plan-detail-titles">
          <Space wrap size={[8, 4]}>
            <PlanStatusTag status={plan.status} />
            {derived && <Tag>{t('plans.derivedTag')}</Tag>}
            {plan.amendmentCount > 0 && <Tag color="purple">{t('plans.amendedTag', { count: plan.amendmentCount })}</Tag>}
            <Typography.Text type="secondary">{plan.number ?? t('plans.noNumber')}</Typography.Text>
          </Space>
          <Typography.Title level={1} className="page-title plan-title">
            {plan.title}
          </Typography.Title>
          <Typography.Text type="secondary">
            {plan.issuerName}
            {plan.issuerNameNow ? ` ${t('plans.issuerNow', { name: plan.issuerNameNow })}` : ''}
            {plan.issuedOn ? ` · ${showDate(plan.issuedOn)}` : ''}
          </Typography.Text>
        </div>
        <Space wrap className="plan-actions">
          {canEdit && (
            <Link to={`/ke-hoach/${plan.id}/sua`}>
              <Button icon={<EditOutlined />}>{t('plans.action.edit')}</Button>
            </Link>
          )}
          {canPublish && (
            <Button type="primary" icon={<CheckCircleOutlined />} onClick={() => setDialog('publish')}>
              {t('plans.action.publish')}
            </Button>
          )}
          {canSubmit && (
            <Button type="primary" icon={<SendOutlined />} onClick={() => setDialog('submit')}>
              {t('plans.action.submit')}
            </Button>
          )}
          {canAmend && (
            <Button icon={<DiffOutlined />} onClick={() => setDialog('amend')}>
              {t('plans.action.amend')}
            </Button>
          )}
          <DownloadButton icon={<FileWordOutlined />} download={() => plansApi.downloadDocx(plan.id)}>
            {t('plans.action.export')}
          </DownloadButton>
          {plan.signedFileId && (
            <Button icon={<SafetyCertificateOutlined />} onClick={() => setDialog('signature')}>
              {t('plans.action.checkSignature')}
            </Button>
          )}
          {!draft && (
            <Button icon={<CalendarOutlined />} onClick={() => setDialog('calendar')}>
              {t('plans.action.calendar')}
            </Button>
          )}
        </Space>
      </div>
      {draft && (
        <Alert type="info" showIcon title={derived ? t('plans.draftDerivedNote') : t('plans.draftNote')} style={{ marginBottom: 12 }} />
      )}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        renderTabBar={(props, DefaultTabBar) =>
          phone ? (
            // Six tabs do not fit a phone's width; a picker shows them all.
            <Select
              className="plan-tab-select"
              value={tab}
              onChange={setTab}
              options={tabItems.map((i) => ({ value: i.key, label: i.label }))}
              aria-label={t('plans.sectionPicker')}
              data-testid="plan-tab-select"
            />
          ) : (
            <DefaultTabBar {...props} />
          )
        }
        items={[
          { key: 'noi-dung', label: t('plans.tab.content'), children: <PlanDocument plan={plan} /> },
          { key: 'chi-tieu', label: t('plans.tab.targets'), children: <TargetsTab plan={plan} /> },
          { key: 'nhiem-vu', label: t('plans.tab.activities'), children: <ActivitiesTab plan={plan} onAssign={onAssign} /> },
          { key: 'moc-han', label: t('plans.tab.milestones'), children: <MilestonesTab plan={plan} onAssign={onAssign} /> },
          ...(!draft
            ? [{ key: 'tinh-hinh', label: t('plans.tab.compliance'), children: <ComplianceTab plan={plan} coordinator={coordinator} /> }]
            : []),
          { key: 'sua-doi', label: t('plans.tab.amendments', { count: plan.amendmentCount }), children: <AmendmentsTab plan={plan} /> },
        ]}
      />
      <SignPlanDialog open={dialog === 'publish'} plan={plan} mode="publish" onClose={() => setDialog(null)} />
      {plan.signedFileId && <SignedCopyDialog fileId={plan.signedFileId} open={dialog === 'signature'} onClose={() => setDialog(null)} />}
      <SignPlanDialog open={dialog === 'submit'} plan={plan} mode="submit" onClose={() => setDialog(null)} />
      {dialog === 'amend' && <AmendPlanDialog open plan={plan} onClose={() => setDialog(null)} />}
      <CalendarDialog open={dialog === 'calendar'} planId={plan.id} planNumber={plan.number} onClose={() => setDialog(null)} />
      {assignable.data && <AssignDialog planId={plan.id} item={assigning} users={assignable.data} onClose={() => setAssigning(null)} />}
    </div>
  );
}

function useUnitNames(): (id: string) => string {
  const units = useOrgUnits(true);
  const byId = useMemo(() => new Map((units.data ?? []).map((u) => [u.id, u.name])), [units.data]);
  return (id) => byId.get(id) ?? t('plans.unknownUnit');
}

function TargetsTab({ plan }: { plan: PlanDetailDto }) {
  if (!plan.targets.length) return <Empty description={t('plans.noTargets')} />;
  return (
    <List
      dataSource={plan.targets}
      renderItem={(x, i) => (
        <List.Item key={i}>
          <div className="target-row">
            <div className="target-value">{formatTargetValue(x.comparator, x.value, x.unit)}</div>
            <div>
              <div>{x.text}</div>
              {x.unitKinds.length > 0 && (
                <Space wrap size={4} style={{ marginTop: 4 }}>
                  {x.unitKinds.map((k) => (
                    <Tag key={k}>{UNIT_KIND_LABELS[k]}</Tag>
                  ))}
                </Space>
              )}
            </div>
          </div>
        </List.Item>
      )}
    />
  );
}

function AssignButton({ onClick }: { onClick: () => void }) {
  return (
    <Button size="small" icon={<UserAddOutlined />} onClick={onClick}>
      {t('assignments.assign')}
    </Button>
  );
}

function ActivitiesTab({ plan, onAssign }: { plan: PlanDetailDto; onAssign?: (item: AssignTarget) => void }) {
  const unitName = useUnitNames();
  if (!plan.activities.length) return <Empty description={t('plans.noActivities')} />;
  type Row = PlanDetailDto['activities'][number];
  return (
    <Table<Row>
      rowKey="id"
      dataSource={plan.activities}
      pagination={false}
      scroll={{ x: 900 }}
      size="middle"
      columns={[
        { title: '#', key: 'i', width: 48, render: (_: unknown, __: Row, i: number) => i + 1 },
        {
          title: t('plans.activity.lead'),
          key: 'lead',
          width: 200,
          render: (_: unknown, a: Row) => (
            <>
              {a.leadUnitName ?? a.leadText ?? t('common.none')}
              {a.appliesToKinds.length > 0 && <div className="muted">{a.appliesToKinds.map((k) => UNIT_KIND_LABELS[k]).join(', ')}</div>}
            </>
          ),
        },
        {
          title: t('plans.activity.coordinating'),
          key: 'coord',
          width: 200,
          render: (_: unknown, a: Row) =>
            [...a.coordinatingUnitIds.map(unitName), a.coordinatingText].filter(Boolean).join('; ') || t('common.none'),
        },
        { title: t('plans.activity.content'), dataIndex: 'content', render: (c: string) => <div className="pre-wrap">{c}</div> },
        {
          title: t('plans.activity.outputs'),
          dataIndex: 'expectedOutputs',
          width: 180,
          render: (v: string | null) => v ?? t('common.none'),
        },
        { title: t('plans.activity.due'), dataIndex: 'dueDate', width: 110, render: (v: string | null) => showDate(v) },
        { title: t('plans.activity.budget'), dataIndex: 'budgetSource', width: 140, render: (v: string | null) => v ?? t('common.none') },
        ...(onAssign
          ? [
              {
                title: t('common.actions'),
                key: 'assign',
                width: 130,
                render: (_: unknown, a: Row) => (
                  <AssignButton onClick={() => onAssign({ itemType: 'activity', itemId: a.id, text: a.content })} />
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

export function AudienceText({ audience }: { audience: PlanMilestoneDto['audience'] }) {
  const unitName = useUnitNames();
  const parts: string[] = [];
  if (audience.unitKinds?.length) parts.push(audience.unitKinds.map((k) => UNIT_KIND_LABELS[k]).join(', '));
  if (audience.unitIds?.length) parts.push(audience.unitIds.map(unitName).join(', '));
  if (audience.withinSubtreeOf) parts.push(t('plans.audience.within', { unit: unitName(audience.withinSubtreeOf) }));
  if (audience.excludeUnitIds?.length) parts.push(t('plans.audience.except', { units: audience.excludeUnitIds.map(unitName).join(', ') }));
  return <>{parts.join(' · ') || t('common.none')}</>;
}

function MilestonesTab({ plan, onAssign }: { plan: PlanDetailDto; onAssign?: (item: AssignTarget) => void }) {
  if (!plan.milestones.length) return <Empty description={t('plans.noMilestones')} />;
  return (
    <div className="milestone-list" data-testid="milestones">
      {plan.milestones.map((m) => (
        <Card key={m.id} size="small" className={m.cancelled ? 'milestone-cancelled' : undefined}>
          <div className="milestone-head">
            <Typography.Text strong>{m.title}</Typography.Text>
            {m.cancelled && <Tag>{t('plans.milestone.cancelled')}</Tag>}
            {onAssign && !m.cancelled && (
              <span className="milestone-assign">
                <AssignButton onClick={() => onAssign({ itemType: 'milestone', itemId: m.id, text: m.title })} />
              </span>
            )}
          </div>
          <dl className="milestone-facts">
            <dt>{t('plans.milestone.phraseAsWritten')}</dt>
            <dd>“{m.phrase}”</dd>
            <dt>{t('plans.milestone.lastAllowedDay')}</dt>
            <dd>
              <strong>{showDate(m.lastAllowedDay)}</strong>{' '}
              <Typography.Text type="secondary">
                {m.inclusive
                  ? t('plans.deadline.inclusiveHelp', { date: showDate(m.dueDate) })
                  : t('plans.deadline.exclusiveHelp', { date: showDate(m.dueDate), last: showDate(m.lastAllowedDay) })}
              </Typography.Text>
            </dd>
            <dt>{t('plans.milestone.deliverable')}</dt>
            <dd>
              {DELIVERABLE_KIND_LABELS[m.deliverableKind]}
              {m.periodKind && m.periodYear ? ` — ${periodLabel(m.periodYear, m.periodKind as PeriodKindId)}` : ''}
            </dd>
            <dt>{t('plans.milestone.audience')}</dt>
            <dd>
              <AudienceText audience={m.audience} />
            </dd>
          </dl>
          {m.flags.map((f) => (
            <Alert key={f.code} type={f.severity === 'error' ? 'error' : 'warning'} showIcon title={f.message} style={{ marginTop: 8 }} />
          ))}
        </Card>
      ))}
    </div>
  );
}

type ComplianceUnit = PlanComplianceDto['milestones'][number]['units'][number];

function ComplianceTab({ plan, coordinator }: { plan: PlanDetailDto; coordinator: boolean }) {
  const [asOf, setAsOf] = useState<Dayjs>(() => todayInProvince());
  const [unitKind, setUnitKind] = useState<UnitKind | undefined>();
  const asOfIso = toIsoDate(asOf) ?? '';
  const compliance = usePlanCompliance(plan.id, asOfIso, unitKind, true);
  const client = useQueryClient();
  const [exempting, setExempting] = useState<ExemptTarget | null>(null);

  return (
    <div data-testid="compliance">
      <div className="page-toolbar">
        <span className="toolbar-label" aria-hidden>
          {t('plans.compliance.asOf')}
        </span>
        <DateInput
          value={toIsoDate(asOf) ?? null}
          onChange={(d) => d && setAsOf(dayjs(d))}
          aria-label={t('plans.compliance.asOf')}
          style={{ width: 200 }}
        />
        <Select
          allowClear
          placeholder={t('plans.compliance.allKinds')}
          options={unitKindOptions}
          value={unitKind}
          onChange={setUnitKind}
          style={{ minWidth: 220 }}
        />
      </div>
      {compliance.isError && <Alert type="error" showIcon title={errorMessage(compliance.error)} />}
      {compliance.isLoading && <Skeleton active />}
      {compliance.data && (
        <>
          <Card size="small" className="compliance-overall">
            <Row gutter={[16, 8]}>
              <Col xs={12} md={6}>
                <Statistic title={t('plans.compliance.owed')} value={compliance.data.overall.owed} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title={t('plans.compliance.submitted')} value={compliance.data.overall.submitted} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title={t('plans.compliance.completeness')} value={percent(compliance.data.overall.completenessRate)} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title={t('plans.compliance.timeliness')} value={percent(compliance.data.overall.timelinessRate)} />
              </Col>
            </Row>
          </Card>
          {compliance.data.milestones.length === 0 && <Empty description={t('plans.compliance.none')} />}
          {compliance.data.milestones.map((m) => (
            <Card
              key={m.milestoneId}
              size="small"
              className="compliance-milestone"
              data-testid="compliance-milestone"
              extra={
                coordinator && m.tally.overdue > 0 ? (
                  <DownloadButton
                    size="small"
                    icon={<FileWordOutlined />}
                    download={() => plansApi.downloadReminderLetter(plan.id, m.milestoneId)}
                  >
                    {t('plans.action.reminderLetter')}
                  </DownloadButton>
                ) : null
              }
              title={
                <div className="compliance-title">
                  <div>{m.title}</div>
                  <Typography.Text type="secondary">{m.deadlineText}</Typography.Text>
                </div>
              }
            >
              <Row gutter={[24, 8]} className="compliance-bars">
                <Col xs={24} md={12}>
                  <div className="bar-label">
                    {t('plans.compliance.completeness')}: <strong>{percent(m.tally.completenessRate)}</strong>{' '}
                    <Typography.Text type="secondary">
                      {t('plans.compliance.completenessDetail', { submitted: m.tally.submitted, owed: m.tally.owed - m.tally.exempt })}
                    </Typography.Text>
                  </div>
                  <Progress percent={Math.round((m.tally.completenessRate ?? 0) * 100)} showInfo={false} strokeColor="#1f4e79" />
                </Col>
                <Col xs={24} md={12}>
                  <div className="bar-label">
                    {t('plans.compliance.timeliness')}: <strong>{percent(m.tally.timelinessRate)}</strong>{' '}
                    <Typography.Text type="secondary">
                      {t('plans.compliance.timelinessDetail', { onTime: m.tally.onTime, late: m.tally.late })}
                    </Typography.Text>
                  </div>
                  <Progress percent={Math.round((m.tally.timelinessRate ?? 0) * 100)} showInfo={false} strokeColor="#389e0d" />
                </Col>
              </Row>
              <Space wrap size={[6, 6]} className="compliance-counts">
                <ComplianceTag status="submitted_on_time" label={t('plans.compliance.countOnTime', { n: m.tally.onTime })} />
                <ComplianceTag status="submitted_late" label={t('plans.compliance.countLate', { n: m.tally.late })} />
                <ComplianceTag status="overdue" label={t('plans.compliance.countOverdue', { n: m.tally.overdue })} />
                <ComplianceTag status="not_due" label={t('plans.compliance.countPending', { n: m.tally.pending })} />
                <ComplianceTag status="exempt" label={t('plans.compliance.countExempt', { n: m.tally.exempt })} />
              </Space>
              <ComplianceUnitsTable
                planId={plan.id}
                milestone={m}
                asOf={asOfIso}
                unitKind={unitKind}
                coordinator={coordinator}
                onExempt={setExempting}
              />
            </Card>
          ))}
        </>
      )}
      <ExemptDialog
        obligation={exempting}
        onClose={() => setExempting(null)}
        onDone={() => {
          void client.invalidateQueries({ queryKey: planKeys.complianceOf(plan.id) });
          void client.invalidateQueries({ queryKey: planKeys.allObligations });
        }}
      />
    </div>
  );
}

/** One deadline's unit lines, a page at a time from the server (a province has hundreds of units per deadline). */
function ComplianceUnitsTable({
  planId,
  milestone: m,
  asOf,
  unitKind,
  coordinator,
  onExempt,
}: {
  planId: string;
  milestone: PlanComplianceDto['milestones'][number];
  asOf: string;
  unitKind: UnitKind | undefined;
  coordinator: boolean;
  onExempt: (target: ExemptTarget) => void;
}) {
  const [q, setQ] = useState('');
  // Cursors of the pages seen so far: the last one is the page shown ('' = the first page).
  const [cursors, setCursors] = useState<string[]>(['']);
  useEffect(() => setCursors(['']), [asOf, unitKind, q]);
  const cursor = cursors[cursors.length - 1] ?? '';
  const page = usePlanComplianceUnits(planId, { asOf, unitKind, milestoneId: m.milestoneId, q, cursor });
  const total = m.tally.owed + m.tally.exempt;
  return (
    <>
      {total > COMPLIANCE_PAGE_SIZE && (
        <Input.Search
          allowClear
          placeholder={t('plans.compliance.searchUnit')}
          onSearch={(v) => setQ(v.trim())}
          style={{ maxWidth: 320, margin: '8px 0' }}
          data-testid="compliance-search"
        />
      )}
      {page.isError && <Alert type="error" showIcon title={errorMessage(page.error)} />}
      <Table<ComplianceUnit>
        rowKey="obligationId"
        dataSource={page.data?.items ?? []}
        loading={page.isFetching}
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('plans.compliance.unit'),
            dataIndex: 'unitName',
            render: (n: string, u) => (
              <div className="compliance-unit">
                {n}
                {u.exemptReason ? <div className="muted">{t('obligations.exemptReason', { reason: u.exemptReason })}</div> : null}
              </div>
            ),
          },
          {
            title: t('plans.compliance.kind'),
            dataIndex: 'unitKind',
            responsive: ['md'],
            render: (k: UnitKind) => UNIT_KIND_LABELS[k],
          },
          {
            title: t('plans.statusCol'),
            dataIndex: 'status',
            render: (_: unknown, u) => <ComplianceTag status={u.status} label={u.statusLabel} />,
          },
          {
            title: t('plans.compliance.submittedAt'),
            dataIndex: 'firstSubmittedAt',
            responsive: ['sm'],
            render: (v: string | null) => (v ? showDateTime(v) : t('common.none')),
          },
          ...(coordinator
            ? [
                {
                  title: t('common.actions'),
                  key: 'a',
                  render: (_: unknown, u: ComplianceUnit) =>
                    u.status === 'exempt' || u.status === 'submitted_on_time' || u.status === 'submitted_late' ? null : (
                      <Button
                        size="small"
                        onClick={() => onExempt({ id: u.obligationId, unitName: u.unitName, title: `${m.title} — ${m.deadlineText}` })}
                      >
                        {t('plans.exempt')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      {(cursors.length > 1 || page.data?.nextCursor) && (
        <Space className="compliance-pager" style={{ marginTop: 8 }}>
          <Button size="small" disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
            {t('plans.compliance.prevPage')}
          </Button>
          <Typography.Text type="secondary">{t('plans.compliance.pageNumber', { n: cursors.length })}</Typography.Text>
          <Button
            size="small"
            disabled={!page.data?.nextCursor}
            onClick={() => page.data?.nextCursor && setCursors((c) => [...c, page.data.nextCursor!])}
          >
            {t('plans.compliance.nextPage')}
          </Button>
        </Space>
      )}
    </>
  );
}

function AmendmentsTab({ plan }: { plan: PlanDetailDto }) {
  if (!plan.amendments.length) return <Empty description={t('plans.noAmendments')} />;
  return (
    <List
      dataSource={[...plan.amendments].sort((a, b) => b.number - a.number)}
      renderItem={(a) => (
        <List.Item key={a.number}>
          <List.Item.Meta
            title={t('plans.amendmentNumber', { number: a.number })}
            description={
              <>
                <div className="pre-wrap">{a.reason}</div>
                <Typography.Text type="secondary">
                  {showDateTime(a.createdAt)}
                  {a.createdBy ? ` · ${a.createdBy}` : ''}
                </Typography.Text>
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}
