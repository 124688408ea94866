// How sure the reader is of what it read: a confidence per header field (an empty field says it was not
// found and stays empty), and for text that had lost its diacritics every restored word, each of which
// can be undone (and redone) before the draft is made.
import { Button, Card, Space, Tag, Tooltip, Typography } from 'antd';
import { t } from '../../i18n/index.ts';
import type { FieldEvidence, Restoration } from './importApi.ts';
import '../../i18n/vi/imports.ts';

const FIELDS = ['kind', 'number', 'issuedOn', 'place', 'issuer', 'title', 'year', 'signer'] as const;

function confidenceColor(c: number): string {
  if (c >= 0.8) return 'green';
  if (c >= 0.5) return 'gold';
  return 'red';
}

export function FieldConfidence({ fields, ocrConfidence }: { fields: Record<string, FieldEvidence>; ocrConfidence: number | null }) {
  return (
    <Card size="small" title={t('docImport.confidenceTitle')} style={{ marginBottom: 12 }} data-testid="field-confidence">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('docImport.confidenceHelp')}
      </Typography.Paragraph>
      <Space wrap>
        {FIELDS.filter((f) => fields[f]).map((f) => {
          const c = fields[f]!.confidence;
          return (
            <Tag key={f} color={c === null ? 'default' : confidenceColor(c)} data-testid={`confidence-${f}`}>
              {t(`docImport.field.${f}`)}: {c === null ? t('docImport.notFound') : `${Math.round(c * 100)}%`}
            </Tag>
          );
        })}
      </Space>
      {ocrConfidence !== null && (
        <div style={{ marginTop: 8 }}>
          <Typography.Text type="secondary">{t('docImport.ocrConfidence', { percent: Math.round(ocrConfidence) })}</Typography.Text>
        </div>
      )}
    </Card>
  );
}

/** The text with the restored words kept, except those undone (restored words keep their length). */
export function restoredText(original: string, restoration: Restoration, undone: ReadonlySet<number>): string {
  let out = restoration.text;
  restoration.words.forEach((w, i) => {
    if (undone.has(i)) out = out.slice(0, w.start) + original.slice(w.start, w.end) + out.slice(w.end);
  });
  return out;
}

export function RestoredWords({
  restoration,
  undone,
  onChange,
}: {
  restoration: Restoration;
  undone: ReadonlySet<number>;
  onChange: (next: Set<number>) => void;
}) {
  const toggle = (i: number) => {
    const next = new Set(undone);
    if (next.has(i)) next.delete(i);
    else next.add(i);
    onChange(next);
  };
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      data-testid="restored-words"
      title={t('docImport.restoredTitle', { count: restoration.words.length })}
      extra={
        <Space>
          <Button size="small" onClick={() => onChange(new Set(restoration.words.map((_, i) => i)))}>
            {t('docImport.undoAll')}
          </Button>
          <Button size="small" onClick={() => onChange(new Set())}>
            {t('docImport.redoAll')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('docImport.restoredHelp')}
      </Typography.Paragraph>
      <div className="restored-words">
        {restoration.words.map((w, i) => (
          <Tooltip key={`${w.start}-${i}`} title={`${w.from} → ${w.to} (${Math.round(w.confidence * 100)}%)`}>
            <Tag
              className="restored-word"
              color={undone.has(i) ? 'default' : w.confidence >= 0.8 ? 'blue' : 'orange'}
              style={{ cursor: 'pointer', textDecoration: undone.has(i) ? 'line-through' : undefined }}
              onClick={() => toggle(i)}
              data-testid="restored-word"
            >
              {undone.has(i) ? w.from : w.to}
            </Tag>
          </Tooltip>
        ))}
      </div>
    </Card>
  );
}
