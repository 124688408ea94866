import { useState } from 'react';
import { Alert, App, Button, Modal, Space, Table, Tag, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { formatNumberVi } from '@dvcq/domain';
import { UNIT_KIND_LABELS, type UnitKind } from '@dvcq/shared';
import { api, errorMessage } from '../../api/client.ts';
import type { ImportPreviewDto } from '../../api/types.ts';
import { t } from '../../i18n/index.ts';
import { orgKeys } from './orgApi.ts';

export const TEMPLATE_HEADER = 'Mã đơn vị,Tên đơn vị,Mã đơn vị cấp trên,Loại đơn vị,Tên viết tắt,Ngày hiệu lực';
const TEMPLATE_EXAMPLE = 'TN.SNV.VP,Văn phòng Sở Nội vụ,TN.SNV,"Phòng, trung tâm trực thuộc",VP Sở Nội vụ,01/01/2025';

/** Downloads the CSV template (UTF-8 with BOM so Excel shows the diacritics). */
export function downloadTemplate(): void {
  const blob = new Blob(['\uFEFF' + TEMPLATE_HEADER + '\r\n' + TEMPLATE_EXAMPLE + '\r\n'], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = 'mau-danh-sach-don-vi.csv';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Reads a CSV as text. Excel's "CSV UTF-8" has a BOM; older Excel on Vietnamese Windows writes
 * Windows-1258, which shows up as replacement characters when read as UTF-8, so fall back to it.
 */
async function readCsv(file: File): Promise<string> {
  const bytes = await file.arrayBuffer();
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  if (!utf8.includes('\uFFFD')) return utf8;
  try {
    return new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  } catch {
    return utf8;
  }
}

type Row = ImportPreviewDto['rows'][number];

export function ImportUnitsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [fileName, setFileName] = useState<string | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreviewDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const client = useQueryClient();
  const { message } = App.useApp();

  const reset = () => {
    setFileName(null);
    setCsv(null);
    setPreview(null);
    setError(null);
  };

  const check = async (file: File) => {
    reset();
    setFileName(file.name);
    setBusy(true);
    try {
      const text = await readCsv(file);
      setCsv(text);
      setPreview(await api.post<ImportPreviewDto>('/api/org-units/import', { csv: text, apply: false }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const apply = async () => {
    if (!csv) return;
    setBusy(true);
    setError(null);
    try {
      const res = await api.post<ImportPreviewDto>('/api/org-units/import', { csv, apply: true });
      await client.invalidateQueries({ queryKey: orgKeys.all });
      void message.success(t('import.applied', { create: formatNumberVi(res.createCount), update: formatNumberVi(res.updateCount) }));
      reset();
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const canApply = !!preview && preview.errorCount === 0 && preview.createCount + preview.updateCount > 0;

  return (
    <Modal
      open={open}
      title={t('import.title')}
      width={960}
      onCancel={() => {
        reset();
        onClose();
      }}
      footer={
        <Space wrap>
          <Button
            onClick={() => {
              reset();
              onClose();
            }}
          >
            {t('common.close')}
          </Button>
          {canApply && (
            <Button type="primary" loading={busy} onClick={() => void apply()}>
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
          void check(file);
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
              { title: t('org.kind'), dataIndex: 'kind', render: (k: string) => (k in UNIT_KIND_LABELS ? UNIT_KIND_LABELS[k as UnitKind] : k) },
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
