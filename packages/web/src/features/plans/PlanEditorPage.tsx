// "Soạn kế hoạch" (new draft) and "Sửa bản nháp". On any error the form keeps what was typed; server
// messages sit next to their fields; a version conflict offers to reload or to save over it.
import { useMemo, useState } from 'react';
import { Alert, App, Button, Form, Result, Skeleton, Space, Typography } from 'antd';
import { ArrowLeftOutlined, SaveOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { yearInProvince } from '@dvcq/domain';
import { errorMessage } from '../../api/client.ts';
import { SaveAlert } from '../../components/SaveAlert.tsx';
import { t } from '../../i18n/index.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { useSave } from '../../lib/useSave.ts';
import { unitsWithRole } from '../auth/roles.ts';
import { useCurrentUser } from '../auth/session.ts';
import { PlanForm, type MilestoneFlag } from './PlanForm.tsx';
import { PLAN_FORM_FIELDS, applyPlanServerErrors, formToInput, inputToForm, type PlanFormValues } from './planForm.ts';
import { planKeys, planToInput, plansApi, usePlan, type PlanDetailDto } from './plansApi.ts';
import '../../i18n/vi/plans.ts';

export function PlanEditorPage() {
  const { planId } = useParams();
  const plan = usePlan(planId);
  usePageTitle(planId ? t('plans.editTitle') : t('plans.createTitle'));
  if (planId && plan.isLoading) return <Skeleton active />;
  if (planId && (plan.isError || !plan.data)) return <Result status="warning" title={errorMessage(plan.error)} />;
  if (plan.data && plan.data.status !== 'draft') {
    return (
      <Result
        status="info"
        title={t('plans.notDraft')}
        extra={
          <Link to={`/ke-hoach/${plan.data.id}`}>
            <Button>{t('plans.backToPlan')}</Button>
          </Link>
        }
      />
    );
  }
  return <PlanEditor key={plan.data?.id ?? 'new'} existing={plan.data ?? null} />;
}

function flagsOf(plan: PlanDetailDto | null): Record<string, MilestoneFlag[]> {
  const out: Record<string, MilestoneFlag[]> = {};
  for (const m of plan?.milestones ?? []) if (m.flags.length) out[m.id] = m.flags;
  return out;
}

function PlanEditor({ existing }: { existing: PlanDetailDto | null }) {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { modal } = App.useApp();
  const [form] = Form.useForm<PlanFormValues>();
  const [version, setVersion] = useState(existing?.version ?? 0);
  const [flagsById, setFlagsById] = useState(() => flagsOf(existing));

  const initialValues = useMemo(() => {
    if (existing) return inputToForm(planToInput(existing));
    const issuer = unitsWithRole(user, ['coordinator', 'officer'])[0]?.unitId ?? '';
    const year = yearInProvince(new Date());
    return inputToForm({ issuerUnitId: issuer, year, title: '', place: t('plans.defaultPlace'), cascadeLeadDays: 5 });
  }, [existing, user]);

  const save = useSave({
    form,
    invalidSummary: t('plans.form.fixErrors'),
    mapErrors: (e) => applyPlanServerErrors(form, e, PLAN_FORM_FIELDS),
    run: async (values: PlanFormValues & { overrideVersion?: number }) => {
      const input = formToInput(values);
      if (!existing) return plansApi.create(input);
      const { issuerUnitId: _issuer, parentPlanId: _parent, ...body } = input;
      return plansApi.update(existing.id, { ...body, expectedVersion: values.overrideVersion ?? version });
    },
    onSuccess: (saved) => {
      client.setQueryData(planKeys.detail(saved.id), saved);
      setVersion(saved.version);
      setFlagsById(flagsOf(saved));
    },
    invalidate: [planKeys.all],
    success: (saved) => {
      const warnings = saved.milestones.flatMap((m) => m.flags);
      return warnings.length ? t('plans.savedWithWarnings', { count: warnings.length }) : t('plans.saved');
    },
  });
  const saveAndOpen = async () => {
    const saved = await save.submit();
    if (saved) navigate(`/ke-hoach/${saved.id}`);
  };

  const reloadLatest = () => {
    if (!existing) return;
    modal.confirm({
      title: t('plans.conflict.reloadConfirm'),
      okText: t('plans.conflict.reload'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const latest = await plansApi.get(existing.id);
        client.setQueryData(planKeys.detail(latest.id), latest);
        form.setFieldsValue(inputToForm(planToInput(latest)));
        setVersion(latest.version);
        setFlagsById(flagsOf(latest));
        save.clear();
      },
    });
  };

  const overwrite = async () => {
    if (!existing) return;
    let latest: PlanDetailDto;
    try {
      latest = await plansApi.get(existing.id);
    } catch (e) {
      save.setSummary(errorMessage(e));
      return;
    }
    // What is on screen goes over the latest version (it passed the form's checks before the conflict).
    setVersion(latest.version);
    const saved = await save.run({ ...(form.getFieldsValue(true) as PlanFormValues), overrideVersion: latest.version });
    if (saved) navigate(`/ke-hoach/${saved.id}`);
  };

  const backTo = existing ? `/ke-hoach/${existing.id}` : '/ke-hoach';
  return (
    <div className="page plan-editor">
      <Link to={backTo} className="back-link">
        <ArrowLeftOutlined /> {existing ? t('plans.backToPlan') : t('plans.backToList')}
      </Link>
      <Typography.Title level={1} className="page-title">
        {existing ? t('plans.editTitle') : t('plans.createTitle')}
      </Typography.Title>
      {existing?.parentPlanId && <Alert type="info" showIcon title={t('plans.derivedHint')} style={{ marginBottom: 16 }} />}
      <SaveAlert
        save={save}
        action={
          <Space orientation="vertical" size={4}>
            <Button size="small" onClick={reloadLatest}>
              {t('plans.conflict.reload')}
            </Button>
            <Button size="small" type="primary" onClick={() => void overwrite()}>
              {t('plans.conflict.overwrite')}
            </Button>
          </Space>
        }
      />
      <PlanForm form={form} initialValues={initialValues} issuerLocked={!!existing} flagsById={flagsById} editSections />
      <div className="plan-form-actions">
        <Link to={backTo}>
          <Button>{t('common.cancel')}</Button>
        </Link>
        <Button type="primary" icon={<SaveOutlined />} loading={save.pending} onClick={() => void saveAndOpen()}>
          {existing ? t('plans.saveDraft') : t('plans.createDraft')}
        </Button>
      </div>
    </div>
  );
}
