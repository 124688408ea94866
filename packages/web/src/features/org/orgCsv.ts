// The units CSV on the person's side: the template to fill in Excel, and reading what Excel saved.
import { t } from '../../i18n/index.ts';
import { saveBlob } from '../../api/files.ts';
import '../../i18n/vi/org.ts';

/** Downloads the CSV template (UTF-8 with BOM so Excel shows the diacritics). */
export function downloadUnitsTemplate(): void {
  const body = '\uFEFF' + t('import.templateHeader') + '\r\n' + t('import.templateExample') + '\r\n';
  saveBlob(new Blob([body], { type: 'text/csv;charset=utf-8' }), t('import.templateFileName'));
}

/**
 * Reads a CSV as text. Excel's "CSV UTF-8" has a BOM; older Excel on Vietnamese Windows writes
 * Windows-1258, which shows up as replacement characters when read as UTF-8, so fall back to it.
 */
export async function readCsv(file: File): Promise<string> {
  const bytes = await file.arrayBuffer();
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  if (!utf8.includes('\uFFFD')) return utf8;
  try {
    return new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  } catch {
    return utf8;
  }
}
