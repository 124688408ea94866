// Dialogs on the plan page: Ban hành / Ký và nộp (same fields), Sửa đổi bổ sung, Đăng ký lịch, Miễn nghĩa vụ.
import { useEffect, useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Progress, Space, Typography, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { CopyOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, api, errorMessage } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { applyServerErrors } from '../../lib/forms.ts';
import { DATE_FORMAT, toIsoDate, todayInProvince } from '../../lib/format.ts';
import { MilestonesList, TargetsList, syncMilestonePhrases } from './PlanForm.tsx';
import { formToInput, inputToForm, milestoneToInput, targetsToInput, type PlanFormValues } from './planForm.ts';
import { planKeys, planToInput, uploadSignedFile, type PlanDetailDto, type UploadedFile } from './plansApi.ts';

interface SignValues {
  number: string;
  issuedOn: Dayjs;
  signerName: string;
  signerTitle?: string;
}

/** "Ban hành" (coordinator publishes) and "Ký và nộp" (unit leader signs and submits its derived plan). */
export function SignModal({ open, plan, mode, onClose }: { open: boolean; plan: PlanDetailDto; mode: 'publish' | 'submit'; onClose: () => void }) {
  const [form] = Form.useForm<SignValues>();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [summary, setSummary] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [file, setFile] = useState<UploadedFile | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);

  const upload = async (f: File) => {
    setUploadError(null);
    setProgress(0);
    try {
      setFile(await uploadSignedFile(plan.issuerUnitId, f, setProgress));
    } catch (e) {
      setUploadError(errorMessage(e));
    } finally {
      setProgress(null);
    }
  };

  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    setSummary(null);
    try {
      const body = {
        number: v.number.trim(),
        issuedOn: toIsoDate(v.issuedOn),
        signerName: v.signerName.trim(),
        signerTitle: v.signerTitle?.trim() || null,
        signedFileId: file?.id ?? null,
        expectedVersion: plan.version,
      };
      const saved = await api.post<PlanDetailDto>(`/api/plans/${plan.id}/${mode === 'publish' ? 'publish' : 'submit'}`, body);
      client.setQueryData(planKeys.detail(saved.id), saved);
      await client.invalidateQueries({ queryKey: planKeys.all });
      await client.invalidateQueries({ queryKey: ['obligations'] });
      void message.success(mode === 'publish' ? t('plans.published') : t('plans.submitted'));
      onClose();
    } catch (e) {
      setSummary(applyServerErrors(form, e, ['number', 'issuedOn', 'signerName', 'signerTitle'], { signedFileId: 'file' }).summary);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={mode === 'publish' ? t('plans.publishTitle') : t('plans.submitTitle')}
      okText={mode === 'publish' ? t('plans.action.publish') : t('plans.action.submit')}
      onOk={() => void submit().catch(() => undefined)}
      confirmLoading={saving}
      okButtonProps={{ disabled: progress !== null }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{mode === 'publish' ? t('plans.publishHelp') : t('plans.submitHelp')}</Typography.Paragraph>
      {summary && <Alert type="error" showIcon title={summary} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ number: plan.number ?? '', issuedOn: todayInProvince(), signerName: plan.signerName ?? '', signerTitle: plan.signerTitle ?? '' }}
      >
        <Form.Item label={t('plans.number')} name="number" rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('plans.number').toLowerCase() }) }]}>
          <Input maxLength={50} placeholder={mode === 'publish' ? '696/KH-UBND' : '60/KH-STTTT'} />
        </Form.Item>
        <Form.Item label={t('plans.issuedOn')} name="issuedOn" rules={[{ required: true, message: t('common.requiredSelect', { field: t('plans.issuedOn').toLowerCase() }) }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('plans.signerName')} name="signerName" rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('plans.signerName').toLowerCase() }) }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('plans.signerTitle')} name="signerTitle">
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={300} placeholder={t('plans.signerTitlePlaceholder')} />
        </Form.Item>
        <Form.Item label={t('plans.signedFile')} extra={t('plans.signedFileHint')}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Upload
              accept=".pdf,.docx,.doc"
              showUploadList={false}
              beforeUpload={(f) => {
                void upload(f);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={progress !== null}>
                {file ? t('plans.signedFileReplace') : t('plans.signedFileChoose')}
              </Button>
            </Upload>
            {progress !== null && <Progress percent={progress} size="small" />}
            {file && (
              <Typography.Text>
                <PaperClipOutlined /> {file.filename}
              </Typography.Text>
            )}
            {uploadError && <Alert type="error" showIcon title={uploadError} />}
          </Space>
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface AmendValues {
  reason: string;
  milestones: PlanFormValues['milestones'];
  targets: PlanFormValues['targets'];
}

/** "Sửa đổi, bổ sung": a numbered amendment with its reason; milestones and targets are edited in place. */
export function AmendModal({ open, plan, onClose }: { open: boolean; plan: PlanDetailDto; onClose: () => void }) {
  const [form] = Form.useForm<AmendValues>();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [summary, setSummary] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const base = inputToForm(planToInput(plan));

  const submit = async () => {
    try {
      await form.validateFields();
    } catch {
      setSummary(t('plans.form.fixErrors'));
      return;
    }
    const v = form.getFieldsValue(true) as AmendValues;
    setSaving(true);
    setSummary(null);
    try {
      const before = formToInput(base);
      const milestones = (v.milestones ?? []).map(milestoneToInput);
      const targets = targetsToInput(v.targets);
      const body: Record<string, unknown> = { reason: v.reason.trim(), expectedVersion: plan.version };
      if (JSON.stringify(milestones) !== JSON.stringify(before.milestones)) body.milestones = milestones;
      if (JSON.stringify(targets) !== JSON.stringify(before.targets)) body.targets = targets;
      const saved = await api.post<PlanDetailDto>(`/api/plans/${plan.id}/amend`, body);
      client.setQueryData(planKeys.detail(saved.id), saved);
      await client.invalidateQueries({ queryKey: planKeys.all });
      void message.success(t('plans.amended', { number: saved.amendmentCount }));
      onClose();
    } catch (e) {
      const res = applyServerErrors(form, e, ['reason', 'milestones', 'targets']);
      setSummary(res.summary ?? (e instanceof ApiError && e.code === 'plan.version_conflict' ? e.message : null));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('plans.amendTitle', { number: plan.amendmentCount + 1 })}
      okText={t('plans.amendSubmit')}
      onOk={() => void submit()}
      confirmLoading={saving}
      onCancel={onClose}
      width={960}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('plans.amendHelp')}</Typography.Paragraph>
      {summary && <Alert type="error" showIcon title={summary} style={{ marginBottom: 16 }} />}
      <Form<AmendValues>
        form={form}
        layout="vertical"
        initialValues={{ reason: '', milestones: base.milestones, targets: base.targets, year: plan.year } as AmendValues}
        onValuesChange={(changed) => syncMilestonePhrases(form, changed)}
      >
        <Form.Item
          label={t('plans.amendReason')}
          name="reason"
          rules={[
            { required: true, whitespace: true, message: t('common.required', { field: t('plans.amendReason').toLowerCase() }) },
            { min: 5, message: t('plans.amendReasonMin') },
          ]}
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

/** Personal .ics subscription: the URL with a copy button and how to add it in common calendars. */
export function CalendarModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    if (!open || url) return;
    setLoading(true);
    setError(null);
    api
      .post<{ url: string }>('/api/calendar-feed', {})
      .then((r) => setUrl(r.url.startsWith('http') ? r.url : `${window.location.origin}${r.url}`))
      .catch((e: unknown) => setError(errorMessage(e)))
      .finally(() => setLoading(false));
  }, [open, url]);

  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      void message.success(t('common.copied'));
    } catch {
      void message.warning(t('common.copyFailed'));
    }
  };

  return (
    <Modal open={open} title={t('plans.calendarTitle')} onCancel={onClose} footer={<Button onClick={onClose}>{t('common.close')}</Button>}>
      <Typography.Paragraph>{t('plans.calendarHelp')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {loading && <Typography.Text type="secondary">{t('common.loading')}</Typography.Text>}
      {url && (
        <Space.Compact style={{ width: '100%', marginBottom: 12 }}>
          <Input readOnly value={url} onFocus={(e) => e.target.select()} data-testid="calendar-url" />
          <Button icon={<CopyOutlined />} onClick={() => void copy()}>
            {t('common.copy')}
          </Button>
        </Space.Compact>
      )}
      <ul className="calendar-steps">
        <li>{t('plans.calendarGoogle')}</li>
        <li>{t('plans.calendarOutlook')}</li>
        <li>{t('plans.calendarPhone')}</li>
      </ul>
      <Typography.Text type="secondary">{t('plans.calendarPrivate')}</Typography.Text>
    </Modal>
  );
}

/** Coordinator exempts one unit from one obligation, with a reason. */
export function ExemptModal({ obligation, onClose, onDone }: { obligation: { id: string; unitName: string; title: string } | null; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const { message } = App.useApp();
  const [summary, setSummary] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    if (!obligation) return;
    const v = await form.validateFields();
    setSaving(true);
    setSummary(null);
    try {
      await api.post(`/api/obligations/${obligation.id}/exempt`, { reason: v.reason.trim() });
      void message.success(t('plans.exempted', { unit: obligation.unitName }));
      onDone();
      onClose();
    } catch (e) {
      setSummary(applyServerErrors(form, e, ['reason']).summary);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open={!!obligation}
      title={t('plans.exemptTitle', { unit: obligation?.unitName ?? '' })}
      okText={t('plans.exempt')}
      onOk={() => void submit().catch(() => undefined)}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{obligation?.title}</Typography.Paragraph>
      {summary && <Alert type="error" showIcon title={summary} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical">
        <Form.Item
          label={t('plans.exemptReason')}
          name="reason"
          rules={[
            { required: true, whitespace: true, message: t('common.required', { field: t('plans.exemptReason').toLowerCase() }) },
            { min: 5, message: t('plans.amendReasonMin') },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
