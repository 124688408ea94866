// "Sửa đổi, bổ sung": a numbered amendment with its reason; deadlines and targets are edited in place and
// only what changed is sent (the units' obligations follow the new deadlines).
import { Form, Input, Modal, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/client.ts';
import { SaveAlert } from '../../components/SaveAlert.tsx';
import { t } from '../../i18n/index.ts';
import { applyServerErrors } from '../../lib/forms.ts';
import { requiredText } from '../../lib/rules.ts';
import { useSave } from '../../lib/useSave.ts';
import { MilestonesList, TargetsList, syncMilestonePhrases } from './PlanForm.tsx';
import { formToInput, inputToForm, milestoneToInput, targetsToInput, type PlanFormValues } from './planForm.ts';
import { planKeys, planToInput, plansApi, type AmendPlanBody, type PlanDetailDto } from './plansApi.ts';
import '../../i18n/vi/plans.ts';

interface AmendValues {
  reason: string;
  milestones: PlanFormValues['milestones'];
  targets: PlanFormValues['targets'];
}

export function AmendPlanDialog({ open, plan, onClose }: { open: boolean; plan: PlanDetailDto; onClose: () => void }) {
  const [form] = Form.useForm<AmendValues>();
  const client = useQueryClient();
  const base = inputToForm(planToInput(plan));

  const save = useSave({
    form,
    invalidSummary: t('plans.form.fixErrors'),
    mapErrors: (e) => {
      const res = applyServerErrors(form, e, ['reason', 'milestones', 'targets']);
      return { summary: res.summary ?? (e instanceof ApiError && e.code === 'plan.version_conflict' ? e.message : null) };
    },
    run: (v: AmendValues) => {
      const before = formToInput(base);
      const milestones = (v.milestones ?? []).map(milestoneToInput);
      const targets = targetsToInput(v.targets);
      const body: AmendPlanBody = { reason: v.reason.trim(), expectedVersion: plan.version };
      if (JSON.stringify(milestones) !== JSON.stringify(before.milestones)) body.milestones = milestones;
      if (JSON.stringify(targets) !== JSON.stringify(before.targets)) body.targets = targets;
      return plansApi.amend(plan.id, body);
    },
    onSuccess: (saved) => {
      client.setQueryData(planKeys.detail(saved.id), saved);
    },
    invalidate: [planKeys.all],
    success: (saved) => t('plans.amended', { number: saved.amendmentCount }),
  });

  return (
    <Modal
      open={open}
      title={t('plans.amendTitle', { number: plan.amendmentCount + 1 })}
      okText={t('plans.amendSubmit')}
      onOk={async () => {
        if (await save.submit()) onClose();
      }}
      confirmLoading={save.pending}
      onCancel={onClose}
      width={960}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('plans.amendHelp')}</Typography.Paragraph>
      <SaveAlert save={save} />
      <Form<AmendValues>
        form={form}
        layout="vertical"
        initialValues={{ reason: '', milestones: base.milestones, targets: base.targets, year: plan.year } as AmendValues}
        onValuesChange={(changed) => syncMilestonePhrases(form, changed)}
      >
        <Form.Item
          label={t('plans.amendReason')}
          name="reason"
          rules={[requiredText(t('plans.amendReason')), { min: 5, message: t('plans.amendReasonMin') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        <MilestonesList form={form} />
        <div style={{ height: 16 }} />
        <TargetsList />
      </Form>
    </Modal>
  );
}
