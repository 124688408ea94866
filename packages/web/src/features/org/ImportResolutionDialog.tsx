// "Nhập từ nghị quyết": upload a resolution (.docx, .pdf, .txt), see each unit it forms with the old units
// matched (or not), then take the proposal into the batch being drafted for preview and apply.
import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, Space, Table, Tag, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import type { ImportOrgBatchResponseDto } from '@dvcq/shared';
import { formatNumberVi } from '@dvcq/domain';
import { t } from '../../i18n/index.ts';
import { toIsoDate } from '../../lib/format.ts';
import { requiredChoice } from '../../lib/rules.ts';
import { useSave } from '../../lib/useSave.ts';
import { orgApi } from './orgApi.ts';
import { legalBasisText } from './restructuring.ts';
import { UnitTreeSelect } from './UnitTreeSelect.tsx';
import { DateInput, dayjsDateItem } from '../../components/DateInput.tsx';
import '../../i18n/vi/org.ts';

type Entry = ImportOrgBatchResponseDto['entries'][number];

interface Values {
  effectiveDate: Dayjs;
  parentId: string;
  codePrefix: string;
}

const RESOLUTION_EXTENSIONS = '.docx,.pdf,.txt,.doc';

export function ImportResolutionDialog({
  open,
  onClose,
  onUse,
}: {
  open: boolean;
  onClose: () => void;
  /** Takes the proposed batch into the editor. */
  onUse: (proposal: ImportOrgBatchResponseDto) => void;
}) {
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const [proposal, setProposal] = useState<ImportOrgBatchResponseDto | null>(null);
  const read = useSave({
    form,
    fields: ['effectiveDate', 'parentId', 'codePrefix'],
    errorDisplay: 'summary',
    run: (v: Values) =>
      orgApi.importResolution(file!, { effectiveDate: toIsoDate(v.effectiveDate)!, parentId: v.parentId, codePrefix: v.codePrefix }),
    onSuccess: (res) => setProposal(res),
  });

  const close = () => {
    setFile(null);
    setProposal(null);
    read.clear();
    onClose();
  };

  const submit = async () => {
    if (!file) {
      read.setSummary(t('restructure.chooseFileFirst'));
      return;
    }
    setProposal(null);
    await read.submit();
  };

  const matched = proposal ? proposal.entries.reduce((n, e) => n + e.sources.filter((s) => s.matchedUnitId).length, 0) : 0;

  return (
    <Modal
      open={open}
      title={t('restructure.importTitle')}
      width={1000}
      onCancel={close}
      destroyOnHidden
      footer={
        <Space wrap>
          <Button onClick={close}>{t('common.close')}</Button>
          <Button loading={read.pending} onClick={() => void submit()} type={proposal ? 'default' : 'primary'}>
            {t('restructure.importRead')}
          </Button>
          {proposal && (
            <Button
              type="primary"
              onClick={() => {
                onUse(proposal);
                close();
              }}
            >
              {t('restructure.importUse')}
            </Button>
          )}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('restructure.importHelp')}</Typography.Paragraph>
      <Upload.Dragger
        accept={RESOLUTION_EXTENSIONS}
        multiple={false}
        showUploadList={false}
        beforeUpload={(f) => {
          setFile(f);
          setProposal(null);
          read.clear();
          return false;
        }}
        disabled={read.pending}
        data-testid="resolution-upload"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('restructure.importChoose')}</p>
        {file && <p className="ant-upload-hint">{t('import.file', { name: file.name })}</p>}
      </Upload.Dragger>
      <Form form={form} layout="vertical" initialValues={{ codePrefix: 'XA' }} style={{ marginTop: 16 }}>
        <Space wrap style={{ width: '100%' }} styles={{ item: { minWidth: 220 } }}>
          <Form.Item
            {...dayjsDateItem}
            label={t('restructure.effectiveDate')}
            name="effectiveDate"
            rules={[requiredChoice(t('restructure.effectiveDate'))]}
          >
            <DateInput />
          </Form.Item>
          <Form.Item
            label={t('restructure.codePrefix')}
            name="codePrefix"
            rules={[{ pattern: /^[A-Za-z0-9._-]{1,30}$/, message: t('restructure.codePrefixRule') }]}
          >
            <Input maxLength={30} />
          </Form.Item>
        </Space>
        <Form.Item label={t('restructure.importParent')} name="parentId" rules={[requiredChoice(t('restructure.importParent'))]}>
          <UnitTreeSelect />
        </Form.Item>
      </Form>
      {read.summary && <Alert type="error" showIcon title={read.summary} style={{ marginBottom: 16 }} />}
      {proposal && (
        <div data-testid="resolution-proposal">
          <Alert
            type={proposal.unmatched.length ? 'warning' : 'success'}
            showIcon
            title={t('restructure.importSummary', {
              entries: formatNumberVi(proposal.entries.length),
              matched: formatNumberVi(matched),
              unmatched: formatNumberVi(proposal.unmatched.length),
              dissolved: formatNumberVi(proposal.dissolved.length),
            })}
            description={`${proposal.batch.title} — ${legalBasisText(proposal.batch.legalBasis)}`}
            style={{ marginBottom: 12 }}
          />
          <Table<Entry>
            rowKey="newUnitId"
            size="small"
            dataSource={proposal.entries}
            pagination={proposal.entries.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('restructure.importEntry'), render: (_, e) => `${e.kind} ${e.name}` },
              {
                title: t('restructure.importSources'),
                render: (_, e) => (
                  <Space wrap size={[4, 4]} style={{ maxWidth: 640 }}>
                    {e.sources.map((s, i) => (
                      <Tag key={i} color={s.matchedUnitId ? (s.ambiguous ? 'orange' : 'green') : 'red'}>
                        {`${s.kind} ${s.name}${s.qualifier ? ` (${s.qualifier})` : ''}${s.whole ? '' : ` — ${t('restructure.part')}`}`}
                        {s.matchedName ? ` → ${s.matchedName}` : ` — ${t('restructure.notMatched')}`}
                      </Tag>
                    ))}
                  </Space>
                ),
              },
            ]}
          />
          {proposal.dissolved.length > 0 && (
            <Typography.Paragraph style={{ marginTop: 12 }}>
              {t('restructure.importDissolved', { names: proposal.dissolved.map((d) => d.name).join(', ') })}
            </Typography.Paragraph>
          )}
        </div>
      )}
    </Modal>
  );
}
