// "Nhập từ tệp CSV": pick the file, see what it would change (errors per row), then write it.
import { useState } from 'react';
import { Alert, Button, Modal, Space, Table, Tag, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { formatNumberVi } from '@dvcq/domain';
import { UNIT_KIND_LABELS, type UnitKind } from '@dvcq/shared';
import type { ImportPreviewDto } from '../../api/types.ts';
import { t } from '../../i18n/index.ts';
import { useSave } from '../../lib/useSave.ts';
import { orgApi, orgKeys } from './orgApi.ts';
import { readCsv } from './orgCsv.ts';
import '../../i18n/vi/org.ts';

type Row = ImportPreviewDto['rows'][number];

export function ImportUnitsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [fileName, setFileName] = useState<string | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreviewDto | null>(null);

  const check = useSave({
    errorDisplay: 'summary',
    run: async (file: File) => {
      const text = await readCsv(file);
      setCsv(text);
      return orgApi.importCsv(text, false);
    },
    onSuccess: (res) => setPreview(res),
  });
  const apply = useSave({
    errorDisplay: 'summary',
    run: (text: string) => orgApi.importCsv(text, true),
    invalidate: [orgKeys.all],
    success: (res) => t('import.applied', { create: formatNumberVi(res.createCount), update: formatNumberVi(res.updateCount) }),
    onSuccess: () => close(),
  });

  const reset = () => {
    setFileName(null);
    setCsv(null);
    setPreview(null);
    check.clear();
    apply.clear();
  };
  const close = () => {
    reset();
    onClose();
  };

  const busy = check.pending || apply.pending;
  const error = check.summary ?? apply.summary;
  const canApply = !!preview && preview.errorCount === 0 && preview.createCount + preview.updateCount > 0;

  return (
    <Modal
      open={open}
      title={t('import.title')}
      width={960}
      onCancel={close}
      footer={
        <Space wrap>
          <Button onClick={close}>{t('common.close')}</Button>
          {canApply && csv && (
            <Button type="primary" loading={apply.pending} onClick={() => void apply.run(csv)}>
              {t('import.apply')}
            </Button>
          )}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('import.help')}</Typography.Paragraph>
      <Upload.Dragger
        accept=".csv,text/csv"
        multiple={false}
        showUploadList={false}
        beforeUpload={(file) => {
          reset();
          setFileName(file.name);
          void check.run(file);
          return false;
        }}
        disabled={busy}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('import.choose')}</p>
        {fileName && <p className="ant-upload-hint">{t('import.file', { name: fileName })}</p>}
      </Upload.Dragger>
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 16 }} />}
      {preview && (
        <div style={{ marginTop: 16 }}>
          <Alert
            type={preview.errorCount ? 'error' : 'success'}
            showIcon
            title={t('import.summary', {
              create: formatNumberVi(preview.createCount),
              update: formatNumberVi(preview.updateCount),
              errors: formatNumberVi(preview.errorCount),
            })}
            description={preview.errorCount ? t('import.hasErrors') : t('import.noErrors')}
            style={{ marginBottom: 12 }}
          />
          <Table<Row>
            rowKey="row"
            size="small"
            dataSource={preview.rows}
            pagination={preview.rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            scroll={{ x: 'max-content' }}
            rowClassName={(r) => (r.errors.length ? 'import-row-error' : '')}
            columns={[
              { title: t('import.row'), dataIndex: 'row', width: 64 },
              { title: t('org.code'), dataIndex: 'code' },
              { title: t('org.name'), dataIndex: 'name' },
              { title: t('org.parent'), dataIndex: 'parentCode' },
              {
                title: t('org.kind'),
                dataIndex: 'kind',
                render: (k: string) => (k in UNIT_KIND_LABELS ? UNIT_KIND_LABELS[k as UnitKind] : k),
              },
              {
                title: t('import.action'),
                dataIndex: 'action',
                render: (a: Row['action'], r) =>
                  r.errors.length ? null : (
                    <Tag color={a === 'create' ? 'green' : a === 'update' ? 'blue' : 'default'}>{t(`import.action.${a}`)}</Tag>
                  ),
              },
              {
                title: t('import.errors'),
                dataIndex: 'errors',
                width: 380,
                render: (errs: string[]) =>
                  errs.length ? (
                    <ul style={{ margin: 0, paddingInlineStart: 18, color: '#c62828', minWidth: 320, whiteSpace: 'normal' }}>
                      {errs.map((e, i) => (
                        <li key={i}>{e}</li>
                      ))}
                    </ul>
                  ) : null,
              },
            ]}
          />
        </div>
      )}
    </Modal>
  );
}
