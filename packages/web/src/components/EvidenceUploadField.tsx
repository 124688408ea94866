// The evidence field of a dialog: a button that stores the chosen file for the unit (useUnitFileUpload),
// the files stored so far, and the server's message when a file was refused.
import { Alert, Button, Space, Typography, Upload } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { StoredFile } from '../api/files.ts';
import type { UnitFileUpload } from '../lib/useUnitFileUpload.ts';

export const EVIDENCE_ACCEPT = '.pdf,.png,.jpg,.jpeg,.docx';

export function EvidenceUploadField({
  upload,
  label,
  existing = [],
}: {
  upload: UnitFileUpload;
  label: string;
  existing?: readonly Pick<StoredFile, 'id' | 'filename'>[];
}) {
  return (
    <Space orientation="vertical">
      <Upload
        accept={EVIDENCE_ACCEPT}
        showUploadList={false}
        beforeUpload={(f) => {
          void upload.upload(f);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={upload.uploading} disabled={!upload.ready}>
          {label}
        </Button>
      </Upload>
      {[...existing, ...upload.files].map((f) => (
        <Typography.Text key={f.id}>
          <PaperClipOutlined /> {f.filename}
        </Typography.Text>
      ))}
      {upload.error && <Alert type="error" showIcon title={upload.error} />}
    </Space>
  );
}
