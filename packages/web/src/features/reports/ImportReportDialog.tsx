// "Nhập từ tệp báo cáo": the officer picks the unit's report file (.docx, .pdf, a scan or a photo); it is
// read on the server as an import job (progress, cancel), and what was read is shown before anything
// changes: the narrative of each content area with the form section it goes to, and each figure with
// its cut-off date and the indicator it fills. "Điền vào bản nháp" puts them into the draft, where the
// officer checks them like anything typed; what matched nothing is listed and left out.
import { useState } from 'react';
import { Alert, List, Modal, Space, Tag, Typography, Upload, type ButtonProps } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import type { ReportFormDto } from '@dvcq/shared';
import { t } from '../../i18n/index.ts';
import { showDate } from '../../lib/format.ts';
import { IMPORT_EXTENSIONS, MAX_IMPORT_BYTES, type ImportedReport } from '../imports/importApi.ts';
import { ImportJobStatus } from '../imports/ImportJobStatus.tsx';
import { useImportJob } from '../imports/useImportJob.ts';
import '../../i18n/vi/imports.ts';
import '../../i18n/vi/reports.ts';

export function ImportReportDialog({
  open,
  obligationId,
  form,
  onCancel,
  onApply,
}: {
  open: boolean;
  obligationId: string;
  form: ReportFormDto;
  onCancel: () => void;
  onApply: (proposal: ImportedReport['proposal']) => void;
}) {
  const job = useImportJob();
  const [fileName, setFileName] = useState<string | null>(null);
  const [result, setResult] = useState<ImportedReport | null>(null);

  const start = async (file: File) => {
    setResult(null);
    setFileName(file.name);
    const ext = file.name.toLowerCase().slice(file.name.lastIndexOf('.'));
    if (!IMPORT_EXTENSIONS.includes(ext)) return job.setError(t('docImport.unsupported'));
    if (file.size > MAX_IMPORT_BYTES) return job.setError(t('docImport.tooLarge'));
    const done = await job.run(file, { kind: 'report', obligationId });
    if (done?.reportResult) setResult(done.reportResult);
  };
  const close = () => {
    if (job.busy) job.cancel();
    setResult(null);
    job.setError(null);
    onCancel();
  };
  const sectionTitle = (code: string | null) => form.sections.find((s) => s.code === code)?.title;
  const indicatorName = (code: string | null) => form.indicators.find((i) => i.code === code)?.name;
  const filled = result ? Object.keys(result.proposal.sections).length + Object.keys(result.proposal.values).length : 0;

  return (
    <Modal
      open={open}
      width={860}
      title={t('reports.import.title')}
      okText={t('reports.import.apply')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !result || filled === 0, 'data-testid': 'report-import-apply' } as ButtonProps}
      onCancel={close}
      onOk={() => {
        if (!result) return;
        onApply(result.proposal);
        setResult(null);
      }}
    >
      <Typography.Paragraph type="secondary">{t('reports.import.help')}</Typography.Paragraph>
      {!job.busy && (
        <Upload.Dragger
          accept={IMPORT_EXTENSIONS.join(',')}
          showUploadList={false}
          multiple={false}
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
      )}
      {job.progress && <ImportJobStatus progress={job.progress} fileName={fileName} cancelling={job.cancelling} onCancel={job.cancel} />}
      {job.error && <Alert type="error" showIcon style={{ marginTop: 12 }} title={t('docImport.failedTitle')} description={job.error} />}
      {result && (
        <div data-testid="report-import-result" style={{ marginTop: 12 }}>
          <Alert
            type={filled > 0 ? 'success' : 'warning'}
            showIcon
            style={{ marginBottom: 12 }}
            title={t('reports.import.found', {
              areas: Object.keys(result.proposal.sections).length,
              figures: Object.keys(result.proposal.values).length,
            })}
            description={
              result.proposal.cutOffDate
                ? t('reports.import.cutOff', { date: showDate(result.proposal.cutOffDate) })
                : t('reports.import.noCutOff')
            }
          />
          {result.restoration && result.restoration.words.length > 0 && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('reports.import.restored', { count: result.restoration.words.length })}
            />
          )}
          <Typography.Title level={5}>{t('reports.import.areas')}</Typography.Title>
          <List
            size="small"
            dataSource={result.areas}
            renderItem={(a) => (
              <List.Item>
                <Space direction="vertical" size={0} style={{ width: '100%' }}>
                  <Space wrap>
                    <Typography.Text strong>{a.heading}</Typography.Text>
                    {a.sectionCode ? <Tag color="green">{sectionTitle(a.sectionCode)}</Tag> : <Tag>{t('reports.import.noMatch')}</Tag>}
                  </Space>
                  <Typography.Text type="secondary" ellipsis>
                    {a.narrative}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
          <Typography.Title level={5}>{t('reports.import.figures')}</Typography.Title>
          <List
            size="small"
            dataSource={result.indicators}
            renderItem={(f) => (
              <List.Item>
                <Space wrap>
                  <Typography.Text>{f.text}</Typography.Text>
                  {f.asOf && <Tag>{t('reports.import.asOf', { date: showDate(f.asOf) })}</Tag>}
                  {f.indicatorCode ? <Tag color="green">{indicatorName(f.indicatorCode)}</Tag> : <Tag>{t('reports.import.noMatch')}</Tag>}
                </Space>
              </List.Item>
            )}
          />
        </div>
      )}
    </Modal>
  );
}
