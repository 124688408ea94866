// Writes /tmp/sample-plan.docx from the 696/KH-UBND model so the layout can be checked by eye
// (e.g. libreoffice --headless --convert-to pdf --outdir /tmp /tmp/sample-plan.docx).
// Usage: npx tsx packages/docgen/scripts/sample-plan.ts [output.docx]
import { writeFile } from 'node:fs/promises';
import { buildOfficialDocx } from '../src/docx/build-official-docx.ts';
import { plan696 } from '../src/examples/plan-696.ts';

const output = process.argv[2] ?? '/tmp/sample-plan.docx';
const bytes = await buildOfficialDocx(plan696);
await writeFile(output, bytes);
console.log(`Đã ghi ${output} (${bytes.length} bytes)`);
