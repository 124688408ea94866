// Writes every example document of the cycle as .docx (and .pdf with LibreOffice when it is
// installed) so the layout can be checked by eye.
// Usage: npx tsx packages/docgen/scripts/sample-documents.ts [output directory, default /tmp/dvcq-documents]
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderDocx } from '../src/docx/render-docx.ts';
import { CYCLE_DOCUMENTS } from '../src/examples/cycle-documents.ts';

async function main(): Promise<void> {
  const dir = process.argv[2] ?? '/tmp/dvcq-documents';
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (const [name, model] of Object.entries(CYCLE_DOCUMENTS)) {
    const file = join(dir, `${name}.docx`);
    await writeFile(file, await renderDocx(model));
    files.push(file);
  }
  console.log(`Đã ghi ${files.length} tệp .docx vào ${dir}`);
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, '.lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
      {
        stdio: 'ignore',
      },
    );
    console.log('Đã chuyển sang PDF bằng LibreOffice.');
  } catch {
    console.log('Không chạy được LibreOffice (soffice): chỉ có tệp .docx.');
  }
}

void main();
