// "Nhắc hạn đã gửi": what the reminders told whom, when, through which channel, within the coordinator's
// subtree; and, for the plan picked at the top, its reminder schedule (ReminderSettingsCard).
import '../dashboards/dashboards.css';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, Card, Col, Empty, Form, Row, Select, Space, Typography } from 'antd';
import { matchesQuery } from '@dvcq/domain';
import {
  ROLE_LABELS,
  type ConclusionReminderLogEntryDto,
  type KpiReminderLogEntryDto,
  type ReminderLogEntryDto,
  type Role,
} from '@dvcq/shared';
import { errorMessage } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { showDate, showNumber } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { usePreferences } from '../notifications/notificationsApi.ts';
import { UnitTreeSelect } from '../org/UnitTreeSelect.tsx';
import { ReminderLogTable } from './ReminderLogTable.tsx';
import { ReminderSettingsCard } from './ReminderSettingsCard.tsx';
import { usePublishedPlans, useReminderLog } from './remindersApi.ts';
import '../../i18n/vi/reminders.ts';

export function ReminderLogPage() {
  usePageTitle(t('reminders.log.title'));
  const [params, setParams] = useSearchParams();
  const planId = params.get('planId') ?? undefined;
  const unitId = params.get('unitId') ?? undefined;
  const setParam = (k: string, v: string | undefined) =>
    setParams(
      (p) => {
        if (v) p.set(k, v);
        else p.delete(k);
        return p;
      },
      { replace: true },
    );
  const plans = usePublishedPlans();
  const log = useReminderLog({ planId, unitId });
  const prefs = usePreferences({ staleTime: 60_000 });
  const emailAvailable = prefs.data?.emailAvailable ?? true;
  const planOptions = useMemo(
    () =>
      (plans.data ?? []).map((p) => ({
        value: p.id,
        label: t('reminders.log.planOption', {
          number: p.number ? t('reminders.log.planNumber', { number: p.number }) : t('reminders.log.planNoNumber'),
          title: p.title,
        }),
        search: `${p.number ?? ''} ${p.title} ${p.issuerName}`,
      })),
    [plans.data],
  );
  const pickedNumber = plans.data?.find((p) => p.id === planId)?.number ?? t('reminders.settings.planPicked');

  return (
    <div className="page reminder-log-page">
      <Typography.Title level={1} className="page-title">
        {t('reminders.log.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('reminders.log.help')}</Typography.Paragraph>

      <Card className="dashboard-card no-print" style={{ marginBottom: 16 }}>
        <Form layout="vertical">
          <Row gutter={[16, 0]}>
            <Col xs={24} md={14}>
              <Form.Item label={t('reminders.log.plan')} htmlFor="reminder-plan" style={{ marginBottom: 8 }}>
                <Select
                  id="reminder-plan"
                  aria-label={t('reminders.log.plan')}
                  allowClear
                  showSearch={{ filterOption: (input, o) => matchesQuery(String(o?.search ?? ''), input) }}
                  loading={plans.isLoading}
                  placeholder={t('reminders.log.allPlans')}
                  options={planOptions}
                  value={planId ?? null}
                  onChange={(v: string | null | undefined) => setParam('planId', v ?? undefined)}
                  style={{ width: '100%' }}
                  notFoundContent={t('reminders.log.noPlans')}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item label={t('reminders.log.unit')} htmlFor="reminder-unit" style={{ marginBottom: 8 }}>
                <UnitTreeSelect
                  id="reminder-unit"
                  aria-label={t('reminders.log.unitLabel')}
                  placeholder={t('reminders.log.allUnits')}
                  value={unitId}
                  onChange={(v: string | null | undefined) => setParam('unitId', v ?? undefined)}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
        {plans.error && <Alert type="error" showIcon title={errorMessage(plans.error)} />}
      </Card>

      {planId && (
        <div style={{ marginBottom: 16 }}>
          <ReminderSettingsCard planId={planId} title={t('reminders.settings.planTitle', { number: pickedNumber })} />
        </div>
      )}

      <Card
        className="dashboard-card"
        title={
          <Space wrap>
            <span>{t('reminders.log.entries')}</span>
            {log.data && (
              <Typography.Text type="secondary">
                {log.data.total > log.data.items.length
                  ? t('reminders.log.countShown', { total: showNumber(log.data.total), shown: showNumber(log.data.items.length) })
                  : t('reminders.log.count', { total: showNumber(log.data.total) })}
              </Typography.Text>
            )}
          </Space>
        }
      >
        {!emailAvailable && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('reminders.log.noSmtp')} />}
        {log.error ? (
          <Alert type="error" showIcon title={errorMessage(log.error)} />
        ) : (
          <ReminderLogTable<ReminderLogEntryDto>
            testId="reminder-log"
            loading={log.isLoading}
            entries={log.data?.items ?? []}
            emailAvailable={emailAvailable}
            itemTitle="reminders.log.item"
            item={(r) => ({
              text: r.title,
              detail: `${r.planNumber ? `${t('reminders.log.itemPlan', { number: r.planNumber })} · ` : ''}${t('reminders.log.itemDue', {
                deadline: r.deadlineText || showDate(r.dueDate),
              })}`,
            })}
            roleOf={(r) => ROLE_LABELS[r.role as Role] ?? r.role}
            inAppOf={(r) => r.inApp}
            scrollX={1000}
            empty={<Empty description={planId || unitId ? t('reminders.log.emptyFiltered') : t('reminders.log.empty')} />}
          />
        )}
      </Card>

      {!planId && (log.data?.conclusions.length ?? 0) > 0 && (
        <Card
          className="dashboard-card"
          style={{ marginTop: 16 }}
          title={
            <Space wrap>
              <span>{t('reminders.log.conclusions')}</span>
              <Typography.Text type="secondary">
                {t('reminders.log.count', { total: showNumber(log.data!.conclusionTotal) })}
              </Typography.Text>
            </Space>
          }
        >
          <ReminderLogTable<ConclusionReminderLogEntryDto>
            testId="conclusion-reminder-log"
            entries={log.data!.conclusions}
            emailAvailable={emailAvailable}
            itemTitle="reminders.log.conclusion"
            item={(r) => ({ text: r.content, detail: t('reminders.log.itemDue', { deadline: showDate(r.dueDate) }) })}
            scrollX={900}
          />
        </Card>
      )}

      {!planId && (log.data?.kpiRows.length ?? 0) > 0 && (
        <Card
          className="dashboard-card"
          style={{ marginTop: 16 }}
          title={
            <Space wrap>
              <span>{t('reminders.log.kpiRows')}</span>
              <Typography.Text type="secondary">{t('reminders.log.count', { total: showNumber(log.data!.kpiTotal) })}</Typography.Text>
            </Space>
          }
        >
          <ReminderLogTable<KpiReminderLogEntryDto>
            testId="kpi-reminder-log"
            entries={log.data!.kpiRows}
            emailAvailable={emailAvailable}
            itemTitle="reminders.log.kpiRow"
            item={(r) => ({ text: r.sentence, detail: t('reminders.log.kpiPeriodEnd', { date: showDate(r.periodEnd) }) })}
            scrollX={900}
          />
        </Card>
      )}
    </div>
  );
}
