// Where a file being read stands: the upload, then the job on the server (waiting its turn, converting,
// OCR page by page, analysing), with a button that cancels it on the server.
import { Button, Progress, Typography } from 'antd';
import { t } from '../../i18n/index.ts';
import type { ImportJobProgress } from './importApi.ts';
import '../../i18n/vi/imports.ts';

export function jobStageText(p: ImportJobProgress): string {
  if (p.phase === 'upload') return p.uploadPercent < 100 ? t('docImport.uploading', { percent: p.uploadPercent }) : t('docImport.reading');
  const job = p.job;
  if (!job || !job.stage) return t('docImport.reading');
  if (job.stage === 'ocr' && job.pages)
    return t('docImport.stage.ocrPage', { page: Math.min(job.pages, (job.page ?? 0) + 1), pages: job.pages });
  return t(`docImport.stage.${job.stage}`);
}

export function ImportJobStatus({
  progress,
  fileName,
  cancelling,
  onCancel,
}: {
  progress: ImportJobProgress;
  fileName: string | null;
  cancelling: boolean;
  onCancel: () => void;
}) {
  const percent = progress.phase === 'upload' ? Math.round(progress.uploadPercent / 10) : Math.max(10, progress.job?.progress ?? 10);
  return (
    <div className="import-progress" data-testid="import-progress">
      <Progress percent={percent} status="active" />
      <Typography.Text type="secondary" data-testid="import-stage">
        {fileName ? `${t('docImport.file', { name: fileName })} · ` : ''}
        {cancelling ? t('docImport.cancelling') : jobStageText(progress)}
      </Typography.Text>
      <div>
        <Button size="small" onClick={onCancel} disabled={cancelling} style={{ marginTop: 8 }} data-testid="import-cancel">
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
