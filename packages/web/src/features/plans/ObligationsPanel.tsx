// "Việc đơn vị phải làm": every deliverable the unit owes, grouped by status, most urgent first.
import { lazy, Suspense, useState } from 'react';
import { Alert, Button, Card, Empty, Skeleton, Space, Typography } from 'antd';
import { FileTextOutlined, FormOutlined, SendOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import type { Role } from '@dvcq/shared';
import { DELIVERABLE_KIND_LABELS } from '@dvcq/shared';
import { daysLeftInWords, periodLabel } from '@dvcq/domain';
import { errorMessage } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { showDate } from '../../lib/format.ts';
import { useSave } from '../../lib/useSave.ts';
import { ComplianceTag, type ComplianceStatus } from './labels.tsx';
import { planKeys, plansApi, useUnitObligations, type ObligationDto } from './plansApi.ts';
import type { PeriodKindId } from './planForm.ts';
import '../../i18n/vi/plans.ts';

// antd's Select is heavy for the home page, where most people answer for one unit (issue 18).
const UnitSwitch = lazy(async () => ({ default: (await import('./UnitSwitch.tsx')).UnitSwitch }));

const GROUP_ORDER: ComplianceStatus[] = ['overdue', 'due_soon', 'not_due', 'submitted_late', 'submitted_on_time', 'exempt'];

export function daysLeftText(o: Pick<ObligationDto, 'daysUntilDue' | 'status'>): string | null {
  if (o.status === 'submitted_on_time' || o.status === 'submitted_late' || o.status === 'exempt') return null;
  return daysLeftInWords(o.daysUntilDue);
}

export function ObligationsPanel({ units }: { units: { unitId: string; unitName: string; role: Role }[] }) {
  const [unitId, setUnitId] = useState(units[0]?.unitId);
  const unit = units.find((u) => u.unitId === unitId) ?? units[0];
  const obligations = useUnitObligations(unit?.unitId);
  const roles = new Set(units.filter((u) => u.unitId === unit?.unitId).map((u) => u.role));

  if (!unit) return null;
  const groups = GROUP_ORDER.map((status) => ({ status, items: (obligations.data ?? []).filter((o) => o.status === status) })).filter(
    (g) => g.items.length,
  );

  const forUnit = (
    <Typography.Text>
      {t('obligations.forUnit')} <strong>{unit.unitName}</strong>
    </Typography.Text>
  );

  return (
    <div data-testid="obligations">
      <div className="page-toolbar">
        {units.length > 1 ? (
          <Suspense fallback={forUnit}>
            <UnitSwitch value={unit.unitId} onChange={setUnitId} units={units} />
          </Suspense>
        ) : (
          forUnit
        )}
      </div>
      {obligations.isError && <Alert type="error" showIcon title={errorMessage(obligations.error)} style={{ marginBottom: 12 }} />}
      {obligations.isLoading && <Skeleton active />}
      {obligations.data && groups.length === 0 && <Empty description={t('obligations.empty')} />}
      {groups.map((g) => (
        <section key={g.status} className="obligation-group">
          <Typography.Title level={5} className="obligation-group-title">
            <ComplianceTag status={g.status} label={g.items[0]!.statusLabel} /> {t('obligations.count', { count: g.items.length })}
          </Typography.Title>
          <div className="obligation-list">
            {g.items.map((o) => (
              <ObligationCard key={o.id} o={o} unitId={unit.unitId} officer={roles.has('officer')} leader={roles.has('leader')} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}

function ObligationCard({ o, unitId, officer, leader }: { o: ObligationDto; unitId: string; officer: boolean; leader: boolean }) {
  const navigate = useNavigate();
  const left = daysLeftText(o);
  const done = o.status === 'submitted_on_time' || o.status === 'submitted_late' || o.status === 'exempt';
  const derive = useSave({
    run: () => plansApi.derive(o.planId, unitId),
    invalidate: [planKeys.allObligations, planKeys.all],
    success: t('obligations.derived'),
    onSuccess: (plan) => {
      navigate(`/ke-hoach/${plan.id}`);
    },
  });

  const period = o.periodKind && o.periodYear ? periodLabel(o.periodYear, o.periodKind as PeriodKindId) : null;
  return (
    <Card size="small" className={`obligation-card obligation-${o.status}`} data-testid="obligation">
      <div className="obligation-main">
        <div className="obligation-title">{o.milestoneTitle}</div>
        <div className="obligation-meta">
          {DELIVERABLE_KIND_LABELS[o.deliverableKind]}
          {period ? ` · ${period}` : ''}
        </div>
        <div className="obligation-plan">
          <Link to={`/ke-hoach/${o.planId}`}>
            {o.planNumber ? `${o.planNumber} — ` : ''}
            {o.planTitle}
          </Link>
        </div>
        <div className="obligation-deadline">
          <strong>{t('obligations.deadline')}:</strong> {o.deadlineText}
          {!o.inclusive && (
            <Typography.Text type="secondary"> ({t('obligations.lastDay', { date: showDate(o.lastAllowedDay) })})</Typography.Text>
          )}
          {left && <span className={`obligation-left ${o.daysUntilDue < 0 ? 'late' : o.daysUntilDue <= 7 ? 'soon' : ''}`}> · {left}</span>}
        </div>
        {o.firstSubmittedAt && (
          <div className="obligation-meta">{t('obligations.submittedOn', { date: showDate(o.firstSubmittedAt) })}</div>
        )}
        {o.exemptReason && <div className="obligation-meta">{t('obligations.exemptReason', { reason: o.exemptReason })}</div>}
      </div>
      {o.deliverableKind === 'unit_plan' && (
        <Space wrap className="obligation-actions">
          {o.derivedPlanId ? (
            <>
              <Link to={`/ke-hoach/${o.derivedPlanId}`}>
                <Button icon={<FileTextOutlined />}>{t('obligations.openDerived')}</Button>
              </Link>
              {leader && !done && (
                <Link to={`/ke-hoach/${o.derivedPlanId}?ky-nop=1`}>
                  <Button type="primary" icon={<SendOutlined />}>
                    {t('plans.action.submit')}
                  </Button>
                </Link>
              )}
            </>
          ) : (
            officer &&
            !done && (
              <Button type="primary" icon={<FormOutlined />} loading={derive.pending} onClick={() => void derive.run()}>
                {t('obligations.derive')}
              </Button>
            )
          )}
        </Space>
      )}
      {o.deliverableKind === 'period_report' && !o.exemptReason && (
        <Space wrap className="obligation-actions">
          <Link to={`/bao-cao/${o.id}`}>
            <Button type={done ? 'default' : 'primary'} icon={<FileTextOutlined />}>
              {t(done ? 'obligations.openReport' : 'obligations.writeReport')}
            </Button>
          </Link>
        </Space>
      )}
      {o.deliverableKind === 'self_assessment' && !o.exemptReason && (
        <Space wrap className="obligation-actions">
          <Link to="/cham-diem">
            <Button type={done ? 'default' : 'primary'} icon={<FormOutlined />}>
              {t('obligations.openAssessment')}
            </Button>
          </Link>
        </Space>
      )}
    </Card>
  );
}
