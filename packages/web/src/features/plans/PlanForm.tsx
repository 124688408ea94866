// The body of the plan editor, shared by "Soạn kế hoạch", "Sửa bản nháp" and the import review screen
// (the editor also edits the full text's section tree: SectionTreeEditor).
// Every list (căn cứ, nội dung, chỉ tiêu, nhiệm vụ, mốc hạn) is a Form.List, so server messages such as
// `milestones.0.dueDate` land next to the right field and nothing typed is lost on an error.
import type { ReactNode } from 'react';
import { Alert, Button, Card, Col, Form, Input, InputNumber, Radio, Row, Select, Space, Typography } from 'antd';
import type { ColProps, FormInstance } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { DELIVERABLE_KINDS, DELIVERABLE_KIND_LABELS } from '@dvcq/shared';
import { t } from '../../i18n/index.ts';
import { yearInProvince } from '@dvcq/domain';
import { showDate } from '../../lib/format.ts';
import { DateInput, dayjsDateItem } from '../../components/DateInput.tsx';
import { requiredChoice, requiredText } from '../../lib/rules.ts';
import { UnitTreeSelect } from '../org/UnitTreeSelect.tsx';
import { COMPARATOR_LABELS, unitKindOptions } from './labels.tsx';
import { autoPhrase, isAutoPhrase, lastDayOf, periodOptions, type MilestoneFormValue, type PlanFormValues } from './planForm.ts';
import { UnitMultiSelect } from './UnitMultiSelect.tsx';
import { SectionTreeEditor } from './SectionTreeEditor.tsx';
import { foldedSearch } from '../../lib/foldedSearch.ts';
import '../../i18n/vi/plans.ts';

export interface MilestoneFlag {
  code: string;
  severity: 'error' | 'warning';
  message: string;
}

export interface PlanFormProps {
  form: FormInstance<PlanFormValues>;
  initialValues: PlanFormValues;
  issuerLocked?: boolean;
  /** Server warnings per milestone id (from the last save). */
  flagsById?: Record<string, MilestoneFlag[]>;
  /** Import review: a control that shows where a field came from in the source text. */
  source?: (path: string, compact?: boolean) => ReactNode;
  /** The form sits in a narrow column (import review): fewer fields per row. */
  narrow?: boolean;
  /** Import review: the user moved into a field (e.g. `milestones.2`). */
  onFocusPath?: (path: string) => void;
  /** Rendered above the first card (e.g. the import's unmatched-unit warnings). */
  extraTop?: ReactNode;
  /** The plan editor: the full text's I./1./a)/- tree is edited too (the import review keeps it as read). */
  editSections?: boolean;
}

const required = requiredText;
const requiredSelect = requiredChoice;
const comparatorOptions = Object.entries(COMPARATOR_LABELS).map(([value, label]) => ({ value, label }));
const deliverableOptions = DELIVERABLE_KINDS.map((k) => ({ value: k, label: DELIVERABLE_KIND_LABELS[k] }));

function SectionHead({ title, hint, extra }: { title: string; hint?: string; extra?: ReactNode }) {
  return (
    <div className="plan-form-head">
      <div>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {hint && <Typography.Text type="secondary">{hint}</Typography.Text>}
      </div>
      {extra}
    </div>
  );
}

function ItemBox({
  index,
  label,
  onRemove,
  path,
  source,
  onFocusPath,
  children,
}: {
  index: number;
  label: string;
  onRemove: () => void;
  path: string;
  source?: PlanFormProps['source'];
  onFocusPath?: PlanFormProps['onFocusPath'];
  children: ReactNode;
}) {
  return (
    <div className="plan-item" data-path={path} onFocusCapture={() => onFocusPath?.(path)}>
      <div className="plan-item-head">
        <Typography.Text strong>
          {label} {index + 1}
        </Typography.Text>
        <Space size={4}>
          {source?.(path)}
          <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('plans.form.remove')}>
            {t('plans.form.remove')}
          </Button>
        </Space>
      </div>
      {children}
    </div>
  );
}

/** How a deadline is judged, under its fields: the last allowed day and what the wording means. */
function MilestoneHint({ form, index, flagsById }: { form: FormInstance; index: number; flagsById?: Record<string, MilestoneFlag[]> }) {
  const m = Form.useWatch(['milestones', index], form) as MilestoneFormValue | undefined;
  const flags = (m?.id && flagsById?.[m.id]) || [];
  const last = m ? lastDayOf(m.dueDate, m.inclusive) : null;
  return (
    <>
      {last && m?.dueDate && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('plans.deadline.lastDay', { date: showDate(last) })}
          description={
            m.inclusive
              ? t('plans.deadline.inclusiveHelp', { date: showDate(m.dueDate.format('YYYY-MM-DD')) })
              : t('plans.deadline.exclusiveHelp', { date: showDate(m.dueDate.format('YYYY-MM-DD')), last: showDate(last) })
          }
        />
      )}
      {flags.map((f) => (
        <Alert key={f.code} type={f.severity === 'error' ? 'error' : 'warning'} showIcon title={f.message} style={{ marginBottom: 12 }} />
      ))}
    </>
  );
}

function PeriodFields({ form, index }: { form: FormInstance; index: number }) {
  const kind = Form.useWatch(['milestones', index, 'deliverableKind'], form);
  const periodYear = Form.useWatch(['milestones', index, 'periodYear'], form) as number | null | undefined;
  const planYear = Form.useWatch('year', form) as number | undefined;
  const year = periodYear ?? planYear ?? yearInProvince(new Date());
  if (kind !== 'period_report') return null;
  return (
    <Row gutter={12}>
      <Col xs={24} sm={14}>
        <Form.Item label={t('plans.milestone.period')} name={[index, 'periodKind']} rules={[requiredSelect(t('plans.milestone.period'))]}>
          <Select options={periodOptions(Number(year))} placeholder={t('plans.milestone.periodPlaceholder')} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={10}>
        <Form.Item label={t('plans.milestone.periodYear')} name={[index, 'periodYear']}>
          <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** Chỉ tiêu as a Form.List named `targets` (plan editor and amendment form). */
export function TargetsList({ source, onFocusPath }: Pick<PlanFormProps, 'source' | 'onFocusPath'>) {
  return (
    <Form.List name="targets">
      {(fields, { add, remove }) => (
        <>
          <SectionHead
            title={t('plans.tab.targets')}
            hint={t('plans.form.targetsHint')}
            extra={
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ text: '', comparator: '>=', value: null, unit: 'percent', unitKinds: [] })}
              >
                {t('plans.form.addTarget')}
              </Button>
            }
          />
          {fields.length === 0 && <Typography.Text type="secondary">{t('plans.form.emptyList')}</Typography.Text>}
          {fields.map((f) => (
            <ItemBox
              key={f.key}
              index={f.name}
              label={t('plans.form.target')}
              onRemove={() => remove(f.name)}
              path={`targets.${f.name}`}
              source={source}
              onFocusPath={onFocusPath}
            >
              <Form.Item label={t('plans.target.text')} name={[f.name, 'text']} rules={[required(t('plans.target.text'))]}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
              </Form.Item>
              <Row gutter={12}>
                <Col xs={12} sm={6}>
                  <Form.Item label={t('plans.target.comparator')} name={[f.name, 'comparator']}>
                    <Select options={comparatorOptions} allowClear />
                  </Form.Item>
                </Col>
                <Col xs={12} sm={6}>
                  <Form.Item label={t('plans.target.value')} name={[f.name, 'value']}>
                    <InputNumber min={0} style={{ width: '100%' }} decimalSeparator="," />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item label={t('plans.target.unit')} name={[f.name, 'unit']}>
                    <Radio.Group
                      optionType="button"
                      options={[
                        { value: 'percent', label: t('plans.target.percent') },
                        { value: 'count', label: t('plans.target.count') },
                      ]}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24}>
                  <Form.Item label={t('plans.target.unitKinds')} name={[f.name, 'unitKinds']} style={{ marginBottom: 0 }}>
                    <Select
                      mode="multiple"
                      showSearch={foldedSearch}
                      options={unitKindOptions}
                      placeholder={t('plans.target.unitKindsPlaceholder')}
                    />
                  </Form.Item>
                </Col>
              </Row>
            </ItemBox>
          ))}
        </>
      )}
    </Form.List>
  );
}

/** Mốc hạn as a Form.List named `milestones` (plan editor and amendment form). */
export function MilestonesList({
  form,
  flagsById,
  source,
  onFocusPath,
  narrow,
}: Pick<PlanFormProps, 'flagsById' | 'source' | 'onFocusPath' | 'narrow'> & { form: FormInstance }) {
  return (
    <Form.List name="milestones">
      {(fields, { add, remove }) => (
        <>
          <SectionHead
            title={t('plans.tab.milestones')}
            hint={t('plans.form.milestonesHint')}
            extra={
              <Button
                icon={<PlusOutlined />}
                onClick={() =>
                  add({
                    title: '',
                    dueDate: null,
                    inclusive: true,
                    phrase: '',
                    deliverableKind: 'unit_plan',
                    periodKind: null,
                    periodYear: form.getFieldValue('year') ?? null,
                    unitKinds: ['department', 'district'],
                    unitIds: [],
                  } satisfies MilestoneFormValue)
                }
              >
                {t('plans.form.addMilestone')}
              </Button>
            }
          />
          {fields.length === 0 && <Typography.Text type="secondary">{t('plans.form.emptyList')}</Typography.Text>}
          {fields.map((f) => (
            <ItemBox
              key={f.key}
              index={f.name}
              label={t('plans.form.milestone')}
              onRemove={() => remove(f.name)}
              path={`milestones.${f.name}`}
              source={source}
              onFocusPath={onFocusPath}
            >
              <Form.Item name={[f.name, 'id']} hidden>
                <Input />
              </Form.Item>
              <Form.Item label={t('plans.milestone.title')} name={[f.name, 'title']} rules={[required(t('plans.milestone.title'))]}>
                <Input maxLength={500} placeholder={t('plans.milestone.titlePlaceholder')} />
              </Form.Item>
              <Row gutter={12}>
                <Col xs={24} sm={narrow ? 24 : 12}>
                  <Form.Item
                    label={t('plans.milestone.dueDate')}
                    name={[f.name, 'dueDate']}
                    rules={[requiredSelect(t('plans.milestone.dueDate'))]}
                    {...dayjsDateItem}
                  >
                    <DateInput />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={narrow ? 24 : 12}>
                  <Form.Item label={t('plans.milestone.kind')} name={[f.name, 'inclusive']}>
                    <Radio.Group
                      optionType="button"
                      className="nowrap-radio"
                      options={[
                        { value: true, label: t('plans.deadline.inclusive') },
                        { value: false, label: t('plans.deadline.exclusive') },
                      ]}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24}>
                  <Form.Item label={t('plans.milestone.phrase')} name={[f.name, 'phrase']} extra={t('plans.milestone.phraseHint')}>
                    <Input maxLength={500} />
                  </Form.Item>
                </Col>
              </Row>
              <MilestoneHint form={form} index={f.name} flagsById={flagsById} />
              <Row gutter={12}>
                <Col xs={24} md={12}>
                  <Form.Item
                    label={t('plans.milestone.deliverable')}
                    name={[f.name, 'deliverableKind']}
                    rules={[requiredSelect(t('plans.milestone.deliverable'))]}
                  >
                    <Select options={deliverableOptions} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <PeriodFields form={form} index={f.name} />
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item label={t('plans.milestone.unitKinds')} name={[f.name, 'unitKinds']} extra={t('plans.milestone.audienceHint')}>
                    <Select
                      mode="multiple"
                      showSearch={foldedSearch}
                      options={unitKindOptions}
                      placeholder={t('plans.milestone.unitKindsPlaceholder')}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item label={t('plans.milestone.unitIds')} name={[f.name, 'unitIds']}>
                    <UnitMultiSelect />
                  </Form.Item>
                </Col>
              </Row>
            </ItemBox>
          ))}
        </>
      )}
    </Form.List>
  );
}

/** A phrase the user has not reworded follows the date and "chậm nhất"/"trước ngày". Call from onValuesChange. */
export function syncMilestonePhrases(form: FormInstance, changed: { milestones?: unknown }): void {
  const changedMilestones = changed.milestones as (Partial<MilestoneFormValue> | undefined)[] | undefined;
  if (!Array.isArray(changedMilestones)) return;
  changedMilestones.forEach((c, i) => {
    if (!c || !('dueDate' in c || 'inclusive' in c)) return;
    const m = form.getFieldValue(['milestones', i]) as MilestoneFormValue | undefined;
    if (!m || !isAutoPhrase(m.phrase)) return;
    const phrase = autoPhrase(m.dueDate, m.inclusive);
    if (phrase !== m.phrase) form.setFieldValue(['milestones', i, 'phrase'], phrase);
  });
}

export function PlanForm({
  form,
  initialValues,
  issuerLocked,
  flagsById,
  source,
  onFocusPath,
  extraTop,
  narrow,
  editSections,
}: PlanFormProps) {
  // antd columns follow the viewport; in a narrow column, stack what would sit three to a row.
  const c = (p: ColProps): ColProps => (narrow ? { xs: 24, sm: typeof p.md === 'number' && p.md <= 12 ? 12 : 24 } : p);
  const contentAreas = Form.useWatch('contentAreas', form) as PlanFormValues['contentAreas'] | undefined;
  const areaOptions = (contentAreas ?? []).filter((c) => c?.code).map((c) => ({ value: c.code, label: `${c.code}. ${c.title ?? ''}` }));

  const onValuesChange = (changed: Partial<PlanFormValues>) => syncMilestonePhrases(form, changed);

  const meta = (name: string) => (source ? <span className="plan-source-inline">{source(name, true)}</span> : null);
  const focus = (path: string) => (onFocusPath ? { onFocus: () => onFocusPath(path) } : {});

  return (
    <Form<PlanFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onValuesChange={onValuesChange}
      scrollToFirstError={{ behavior: 'smooth', block: 'center' }}
      className="plan-form"
    >
      {extraTop}
      <Card className="plan-form-card">
        <SectionHead title={t('plans.form.metadata')} />
        <Row gutter={16}>
          <Col {...c({ xs: 24, md: 16 })}>
            <Form.Item
              label={
                <>
                  {t('plans.issuer')} {meta('issuer')}
                </>
              }
              name="issuerUnitId"
              rules={[requiredSelect(t('plans.issuer'))]}
            >
              <UnitTreeSelect disabled={issuerLocked} allowClear={false} />
            </Form.Item>
          </Col>
          <Col {...c({ xs: 24, md: 8 })}>
            <Form.Item
              label={
                <>
                  {t('plans.year')} {meta('year')}
                </>
              }
              name="year"
              rules={[requiredSelect(t('plans.year'))]}
            >
              <InputNumber min={2000} max={2100} style={{ width: '100%' }} {...focus('year')} />
            </Form.Item>
          </Col>
          <Col {...c({ xs: 24, md: 8 })}>
            <Form.Item
              label={
                <>
                  {t('plans.number')} {meta('number')}
                </>
              }
              name="number"
              extra={t('plans.form.numberHint')}
            >
              <Input maxLength={50} placeholder={t('plans.numberExample')} {...focus('number')} />
            </Form.Item>
          </Col>
          <Col {...c({ xs: 24, sm: 12, md: 8 })}>
            <Form.Item
              label={
                <>
                  {t('plans.issuedOn')} {meta('issuedOn')}
                </>
              }
              name="issuedOn"
              {...dayjsDateItem}
            >
              <DateInput {...focus('issuedOn')} />
            </Form.Item>
          </Col>
          <Col {...c({ xs: 24, sm: 12, md: 8 })}>
            <Form.Item
              label={
                <>
                  {t('plans.place')} {meta('place')}
                </>
              }
              name="place"
            >
              <Input maxLength={100} placeholder={t('plans.placeExample')} {...focus('place')} />
            </Form.Item>
          </Col>
          <Col {...c({ xs: 24 })}>
            <Form.Item
              label={
                <>
                  {t('plans.titleField')} {meta('title')}
                </>
              }
              name="title"
              rules={[required(t('plans.titleField'))]}
            >
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} {...focus('title')} />
            </Form.Item>
          </Col>
          <Col {...c({ xs: 24 })}>
            <Form.Item label={t('plans.summary')} name="summary">
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
            </Form.Item>
          </Col>
          <Col {...c({ xs: 24, md: 12 })}>
            <Form.Item
              label={
                <>
                  {t('plans.signerName')} {meta('signer')}
                </>
              }
              name="signerName"
            >
              <Input maxLength={200} {...focus('signer')} />
            </Form.Item>
          </Col>
          <Col {...c({ xs: 24, md: 12 })}>
            <Form.Item label={t('plans.signerTitle')} name="signerTitle">
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={300} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card className="plan-form-card">
        <Form.List name="legalBases">
          {(fields, { add, remove }) => (
            <>
              <SectionHead
                title={t('plans.tab.legalBases')}
                hint={t('plans.form.legalBasesHint')}
                extra={
                  <Button icon={<PlusOutlined />} onClick={() => add({ number: '', date: null, issuer: null, summary: null })}>
                    {t('plans.form.addLegalBasis')}
                  </Button>
                }
              />
              {fields.length === 0 && <Typography.Text type="secondary">{t('plans.form.emptyList')}</Typography.Text>}
              {fields.map((f) => (
                <ItemBox
                  key={f.key}
                  index={f.name}
                  label={t('plans.form.legalBasis')}
                  onRemove={() => remove(f.name)}
                  path={`legalBases.${f.name}`}
                  source={source}
                  onFocusPath={onFocusPath}
                >
                  <Row gutter={12}>
                    <Col xs={24} sm={12} md={6}>
                      <Form.Item label={t('plans.legal.number')} name={[f.name, 'number']} rules={[required(t('plans.legal.number'))]}>
                        <Input maxLength={100} placeholder={t('plans.legalNumberExample')} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={12} md={6}>
                      <Form.Item label={t('plans.legal.date')} name={[f.name, 'date']} {...dayjsDateItem}>
                        <DateInput />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={12}>
                      <Form.Item label={t('plans.legal.issuer')} name={[f.name, 'issuer']}>
                        <Input maxLength={300} placeholder={t('plans.legal.issuerPlaceholder')} />
                      </Form.Item>
                    </Col>
                    <Col xs={24}>
                      <Form.Item label={t('plans.legal.summary')} name={[f.name, 'summary']} style={{ marginBottom: 0 }}>
                        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
                      </Form.Item>
                    </Col>
                  </Row>
                </ItemBox>
              ))}
            </>
          )}
        </Form.List>
      </Card>

      <Card className="plan-form-card">
        <Form.List name="contentAreas">
          {(fields, { add, remove }) => (
            <>
              <SectionHead
                title={t('plans.form.contentAreas')}
                hint={t('plans.form.contentAreasHint')}
                extra={
                  <Button icon={<PlusOutlined />} onClick={() => add({ code: String(fields.length + 1), title: '', description: null })}>
                    {t('plans.form.addContentArea')}
                  </Button>
                }
              />
              {fields.length === 0 && <Typography.Text type="secondary">{t('plans.form.emptyList')}</Typography.Text>}
              {fields.map((f) => (
                <ItemBox
                  key={f.key}
                  index={f.name}
                  label={t('plans.form.contentArea')}
                  onRemove={() => remove(f.name)}
                  path={`contentAreas.${f.name}`}
                  source={source}
                  onFocusPath={onFocusPath}
                >
                  <Row gutter={12}>
                    <Col xs={6} sm={4}>
                      <Form.Item label={t('plans.content.code')} name={[f.name, 'code']} rules={[required(t('plans.content.code'))]}>
                        <Input maxLength={20} />
                      </Form.Item>
                    </Col>
                    <Col xs={18} sm={20}>
                      <Form.Item label={t('plans.content.title')} name={[f.name, 'title']} rules={[required(t('plans.content.title'))]}>
                        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
                      </Form.Item>
                    </Col>
                    <Col xs={24}>
                      <Form.Item label={t('plans.content.description')} name={[f.name, 'description']} style={{ marginBottom: 0 }}>
                        <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={20000} />
                      </Form.Item>
                    </Col>
                  </Row>
                </ItemBox>
              ))}
            </>
          )}
        </Form.List>
      </Card>

      <Card className="plan-form-card">
        <TargetsList source={source} onFocusPath={onFocusPath} />
      </Card>

      <Card className="plan-form-card">
        <Form.List name="activities">
          {(fields, { add, remove }) => (
            <>
              <SectionHead
                title={t('plans.tab.activities')}
                hint={t('plans.form.activitiesHint')}
                extra={
                  <Button icon={<PlusOutlined />} onClick={() => add({ content: '', coordinatingUnitIds: [], appliesToKinds: [] })}>
                    {t('plans.form.addActivity')}
                  </Button>
                }
              />
              {fields.length === 0 && <Typography.Text type="secondary">{t('plans.form.emptyList')}</Typography.Text>}
              {fields.map((f) => (
                <ItemBox
                  key={f.key}
                  index={f.name}
                  label={t('plans.form.activity')}
                  onRemove={() => remove(f.name)}
                  path={`activities.${f.name}`}
                  source={source}
                  onFocusPath={onFocusPath}
                >
                  <Form.Item label={t('plans.activity.content')} name={[f.name, 'content']} rules={[required(t('plans.activity.content'))]}>
                    <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={20000} />
                  </Form.Item>
                  <Row gutter={12}>
                    <Col xs={24} md={12}>
                      <Form.Item label={t('plans.activity.lead')} name={[f.name, 'leadUnitId']}>
                        <UnitTreeSelect placeholder={t('plans.activity.leadPlaceholder')} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={12}>
                      <Form.Item label={t('plans.activity.leadText')} name={[f.name, 'leadText']} extra={t('plans.activity.leadTextHint')}>
                        <Input maxLength={500} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={12}>
                      <Form.Item label={t('plans.activity.coordinating')} name={[f.name, 'coordinatingUnitIds']}>
                        <UnitMultiSelect />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={12}>
                      <Form.Item label={t('plans.activity.coordinatingText')} name={[f.name, 'coordinatingText']}>
                        <Input maxLength={1000} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={12}>
                      <Form.Item label={t('plans.activity.outputs')} name={[f.name, 'expectedOutputs']}>
                        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={6}>
                      <Form.Item label={t('plans.activity.due')} name={[f.name, 'dueDate']} {...dayjsDateItem}>
                        <DateInput />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={6}>
                      <Form.Item label={t('plans.activity.budget')} name={[f.name, 'budgetSource']}>
                        <Input maxLength={500} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={12}>
                      <Form.Item label={t('plans.activity.contentArea')} name={[f.name, 'contentAreaCode']} style={{ marginBottom: 0 }}>
                        <Select options={areaOptions} allowClear placeholder={t('plans.activity.contentAreaPlaceholder')} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={12}>
                      <Form.Item label={t('plans.activity.appliesTo')} name={[f.name, 'appliesToKinds']} style={{ marginBottom: 0 }}>
                        <Select mode="multiple" showSearch={foldedSearch} options={unitKindOptions} />
                      </Form.Item>
                    </Col>
                  </Row>
                </ItemBox>
              ))}
            </>
          )}
        </Form.List>
      </Card>

      {editSections && (
        <Card className="plan-form-card">
          <SectionHead title={t('plans.sections.title')} hint={t('plans.sections.hint')} />
          <Form.Item name="sections" noStyle>
            <SectionTreeEditor />
          </Form.Item>
        </Card>
      )}

      <Card className="plan-form-card">
        <MilestonesList form={form} flagsById={flagsById} source={source} onFocusPath={onFocusPath} narrow={narrow} />
        <Row gutter={16} style={{ marginTop: 16 }}>
          <Col xs={24} md={8}>
            <Form.Item label={t('plans.cascadeLeadDays')} name="cascadeLeadDays" extra={t('plans.cascadeLeadDaysHint')}>
              <InputNumber min={0} max={60} style={{ width: '100%' }} suffix={t('plans.days')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item label={t('plans.recipients')} name="recipientsText" extra={t('plans.recipientsHint')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
    </Form>
  );
}
