// Issue #6: upload a plan document, review what was read next to the source text, correct it, and
// create a draft plan. Nothing is published here.
import { useCallback, useMemo, useState } from 'react';
import { Alert, Button, Card, Form, Grid, Space, Tabs, Tag, Tooltip, Typography, Upload } from 'antd';
import type { FormInstance } from 'antd';
import { AimOutlined, ArrowLeftOutlined, FileAddOutlined, InboxOutlined, ReloadOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { SaveAlert } from '../../components/SaveAlert.tsx';
import { t } from '../../i18n/index.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { useSave } from '../../lib/useSave.ts';
import { unitsWithRole } from '../auth/roles.ts';
import { useCurrentUser } from '../auth/session.ts';
import { UnitTreeSelect } from '../org/UnitTreeSelect.tsx';
import { PlanForm } from '../plans/PlanForm.tsx';
import { PLAN_FORM_FIELDS, applyPlanServerErrors, formToInput, inputToForm, type PlanFormValues } from '../plans/planForm.ts';
import { planKeys, plansApi } from '../plans/plansApi.ts';
import { IMPORT_EXTENSIONS, MAX_IMPORT_BYTES, sourceSpans, type ImportedPlan, type Span } from './importApi.ts';
import { ImportJobStatus } from './ImportJobStatus.tsx';
import { FieldConfidence, RestoredWords, restoredText } from './ReadingQuality.tsx';
import { SourceText } from './SourceText.tsx';
import { useImportJob } from './useImportJob.ts';
import '../../i18n/vi/imports.ts';
import '../../i18n/vi/plans.ts';

export function ImportPage() {
  usePageTitle(t('docImport.title'));
  const [result, setResult] = useState<{ res: ImportedPlan; fileName: string } | null>(null);
  return (
    <div className="page import-page">
      <Link to="/ke-hoach?tab=danh-sach" className="back-link">
        <ArrowLeftOutlined /> {t('plans.backToList')}
      </Link>
      <Typography.Title level={1} className="page-title">
        {t('docImport.title')}
      </Typography.Title>
      {result ? (
        <Review
          key={result.fileName + result.res.text.length}
          res={result.res}
          fileName={result.fileName}
          onRestart={() => setResult(null)}
        />
      ) : (
        <UploadStep onDone={(res, fileName) => setResult({ res, fileName })} />
      )}
    </div>
  );
}

function UploadStep({ onDone }: { onDone: (res: ImportedPlan, fileName: string) => void }) {
  const user = useCurrentUser();
  const [issuer, setIssuer] = useState<string | undefined>(() => unitsWithRole(user, ['coordinator', 'officer'])[0]?.unitId);
  const [fileName, setFileName] = useState<string | null>(null);
  const job = useImportJob();
  const { error, setError } = job;

  const start = async (file: File) => {
    setError(null);
    setFileName(file.name);
    const ext = file.name.toLowerCase().slice(file.name.lastIndexOf('.'));
    if (!IMPORT_EXTENSIONS.includes(ext)) {
      setError(t('docImport.unsupported'));
      return;
    }
    if (file.size > MAX_IMPORT_BYTES) {
      setError(t('docImport.tooLarge'));
      return;
    }
    if (!issuer) return;
    const done = await job.run(file, { kind: 'plan', issuerUnitId: issuer });
    if (done?.planResult) onDone(done.planResult as ImportedPlan, file.name);
  };

  const busy = job.busy;
  return (
    <Card className="import-upload">
      <Typography.Paragraph>{t('docImport.help')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('docImport.issuer')} required>
          <UnitTreeSelect value={issuer} onChange={(v) => setIssuer(v)} allowClear={false} disabled={busy} />
        </Form.Item>
      </Form>
      <Upload.Dragger
        accept={IMPORT_EXTENSIONS.join(',')}
        showUploadList={false}
        multiple={false}
        disabled={busy || !issuer}
        beforeUpload={(file) => {
          void start(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('docImport.drop')}</p>
        <p className="ant-upload-hint">{t('docImport.formats')}</p>
      </Upload.Dragger>
      {job.progress && <ImportJobStatus progress={job.progress} fileName={fileName} cancelling={job.cancelling} onCancel={job.cancel} />}
      {error && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 16 }}
          title={t('docImport.failedTitle')}
          description={
            <>
              {fileName && <div>{t('docImport.file', { name: fileName })}</div>}
              <div>{error}</div>
            </>
          }
        />
      )}
    </Card>
  );
}

type SourcedForm = PlanFormValues & Record<string, unknown>;

function withSources(res: ImportedPlan): PlanFormValues {
  const v = inputToForm(res.proposal);
  const tag = <T extends object>(list: T[], prefix: string) => list.map((item, i) => ({ ...item, _src: `${prefix}:${i}` }));
  return {
    ...v,
    legalBases: tag(v.legalBases, 'ref'),
    targets: tag(v.targets, 'target'),
    activities: tag(v.activities, 'activity'),
    milestones: tag(v.milestones, 'deadline'),
  };
}

function Review({ res, fileName, onRestart }: { res: ImportedPlan; fileName: string; onRestart: () => void }) {
  const [form] = Form.useForm<PlanFormValues>();
  const navigate = useNavigate();
  const client = useQueryClient();
  const screens = Grid.useBreakpoint();
  const narrow = screens.lg === undefined ? window.innerWidth < 992 : !screens.lg;
  const [pane, setPane] = useState<'form' | 'text'>('form');
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [resolved, setResolved] = useState<Record<string, string>>({});
  const [undone, setUndone] = useState<Set<number>>(() => new Set());
  const shownText = useMemo(() => (res.restoration ? restoredText(res.text, res.restoration, undone) : res.text), [res, undone]);

  const initialValues = useMemo(() => withSources(res), [res]);
  // The same number from the same issuer already in the system (e.g. the plan was entered by hand).
  const existing = useQuery({
    queryKey: planKeys.list({ q: res.extraction.number ?? '', year: res.proposal.year, issuerUnitId: res.proposal.issuerUnitId }),
    queryFn: () => plansApi.list({ q: res.extraction.number ?? '', year: res.proposal.year, issuerUnitId: res.proposal.issuerUnitId }),
    enabled: !!res.extraction.number,
    select: (list) => list.filter((p) => p.number === res.extraction.number),
  });
  const spansByKey = useMemo(() => sourceSpans(res), [res]);
  const allSpans = useMemo(() => [...spansByKey.values()].flat(), [spansByKey]);
  const active = useMemo<Span[]>(() => (activeKey ? (spansByKey.get(activeKey) ?? []) : []), [activeKey, spansByKey]);

  const keyFor = useCallback(
    (path: string): string | null => {
      const parts = path.split('.');
      if (parts.length === 1) return spansByKey.get(path)?.length ? path : null;
      const src = (form as FormInstance).getFieldValue([parts[0], Number(parts[1]), '_src']) as string | undefined;
      return src && spansByKey.get(src)?.length ? src : null;
    },
    [form, spansByKey],
  );

  const show = useCallback(
    (path: string) => {
      const key = keyFor(path);
      if (!key) return;
      setActiveKey(key);
      if (narrow) setPane('text');
    },
    [keyFor, narrow],
  );

  const source = useCallback(
    (path: string, compact?: boolean) => {
      const key = keyFor(path);
      if (!key) return null;
      if (compact) {
        return (
          <Tooltip title={t('docImport.showSource')}>
            <Button
              size="small"
              type={activeKey === key ? 'primary' : 'text'}
              icon={<AimOutlined />}
              aria-label={t('docImport.showSource')}
              onClick={(e) => {
                e.preventDefault();
                show(path);
              }}
              data-testid={`source-${path}`}
              className="source-btn"
            />
          </Tooltip>
        );
      }
      return (
        <Button
          size="small"
          type={activeKey === key ? 'primary' : 'link'}
          icon={<AimOutlined />}
          onClick={(e) => {
            e.preventDefault();
            show(path);
          }}
          data-testid={`source-${path}`}
          className="source-btn"
        >
          {t('docImport.showSource')}
        </Button>
      );
    },
    [keyFor, activeKey, show],
  );

  const onFocusPath = useCallback(
    (path: string) => {
      if (narrow) return; // on a phone, focusing a field must not switch away from it
      const key = keyFor(path);
      if (key) setActiveKey(key);
    },
    [keyFor, narrow],
  );

  const resolveUnit = (name: string, unitId: string | undefined) => {
    setResolved((r) => ({ ...r, [name]: unitId ?? '' }));
    const acts = (form.getFieldValue('activities') as SourcedForm['activities']) ?? [];
    form.setFieldValue(
      'activities',
      acts.map((a) => {
        const originallyNamed = (a as { _unmatched?: string })._unmatched ?? (a.leadText === name && !a.leadUnitId ? name : undefined);
        if (originallyNamed !== name) return a;
        return unitId
          ? { ...a, leadUnitId: unitId, leadText: null, _unmatched: name }
          : { ...a, leadUnitId: null, leadText: name, _unmatched: name };
      }),
    );
  };

  const create = useSave({
    form,
    invalidSummary: t('plans.form.fixErrors'),
    mapErrors: (e) => applyPlanServerErrors(form, e, PLAN_FORM_FIELDS),
    run: (values: PlanFormValues) => plansApi.create(formToInput(values)),
    onSuccess: (plan) => {
      client.setQueryData(planKeys.detail(plan.id), plan);
    },
    invalidate: [planKeys.all],
    success: t('docImport.created'),
    onError: () => setPane('form'),
  });
  const createDraft = async () => {
    const plan = await create.submit();
    if (plan) navigate(`/ke-hoach/${plan.id}`);
    else setPane('form');
  };

  const e = res.extraction;
  const header = (
    <>
      {existing.data?.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('docImport.exists', { number: e.number ?? '' })}
          description={
            <>
              <div>{t('docImport.existsHelp')}</div>
              <Link to={`/ke-hoach/${existing.data[0]!.id}`}>
                <Button size="small" style={{ marginTop: 8 }}>
                  {t('docImport.openExisting')}
                </Button>
              </Link>
            </>
          }
        />
      ) : null}
      <Alert
        type="success"
        showIcon
        style={{ marginBottom: 12 }}
        title={t('docImport.found', {
          number: e.number ?? t('plans.noNumber'),
          deadlines: e.deadlines.length,
          targets: e.targets.length,
          activities: res.proposal.activities?.length ?? 0,
        })}
        description={t('docImport.reviewHelp')}
      />
      {res.ocr && <Alert type="warning" showIcon title={t('docImport.ocr')} style={{ marginBottom: 12 }} />}
      {res.fields && <FieldConfidence fields={res.fields} ocrConfidence={res.ocrConfidence ?? null} />}
      {res.restoration && res.restoration.words.length > 0 && (
        <RestoredWords restoration={res.restoration} undone={undone} onChange={setUndone} />
      )}
      {res.unmatchedUnits.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('docImport.unmatched', { count: res.unmatchedUnits.length })}
          description={
            <div data-testid="unmatched-units">
              <Typography.Paragraph style={{ marginBottom: 8 }}>{t('docImport.unmatchedHelp')}</Typography.Paragraph>
              {res.unmatchedUnits.map((name) => (
                <div key={name} className="unmatched-row">
                  <Tag color="orange" className="unmatched-name">
                    {name}
                  </Tag>
                  <UnitTreeSelect
                    value={resolved[name] || undefined}
                    onChange={(v) => resolveUnit(name, v)}
                    placeholder={t('docImport.pickUnit')}
                  />
                </div>
              ))}
            </div>
          }
        />
      )}
    </>
  );

  const formPane = (
    <div className="import-form-pane">
      <SaveAlert save={create} style={{ marginBottom: 12 }} />
      <PlanForm form={form} initialValues={initialValues} source={source} onFocusPath={onFocusPath} extraTop={header} narrow={!narrow} />
      <div className="plan-form-actions">
        <Button icon={<ReloadOutlined />} onClick={onRestart}>
          {t('docImport.another')}
        </Button>
        <Button type="primary" icon={<FileAddOutlined />} loading={create.pending} onClick={() => void createDraft()}>
          {t('docImport.create')}
        </Button>
      </div>
    </div>
  );
  const textPane = (
    <Card
      size="small"
      className="import-text-pane"
      title={
        <Space>
          {t('docImport.source')}
          <Typography.Text type="secondary">{fileName}</Typography.Text>
        </Space>
      }
    >
      <SourceText text={shownText} spans={allSpans} active={active} />
    </Card>
  );

  if (narrow) {
    return (
      <Tabs
        activeKey={pane}
        onChange={(k) => setPane(k as 'form' | 'text')}
        items={[
          { key: 'form', label: t('docImport.formTab'), children: formPane },
          { key: 'text', label: t('docImport.textTab'), children: textPane },
        ]}
      />
    );
  }
  return (
    <div className="import-review" data-testid="import-review">
      <div className="import-review-text">{textPane}</div>
      <div className="import-review-form">{formPane}</div>
    </div>
  );
}
