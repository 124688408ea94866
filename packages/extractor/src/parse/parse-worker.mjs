// Document parsing worker (plain JavaScript so that it starts without a TypeScript loader). The parent
// (parse.ts) starts one per file with a V8 heap limit and a timeout; whatever a hostile .docx or .pdf
// does to the parser (a huge XML tree, a runaway page count) ends here, never in the server's thread.
// It receives { format, data, maxPages } messages, one at a time, and answers each with
// { ok: true, text } or { ok: false, code, params }. The parent keeps it warm between files.
import { parentPort } from 'node:worker_threads';

async function parseDocx(data) {
  const mammoth = (await import('mammoth')).default;
  try {
    const r = await mammoth.extractRawText({ buffer: Buffer.from(data.buffer, data.byteOffset, data.length) });
    return { ok: true, text: r.value };
  } catch (e) {
    return { ok: false, code: 'import.corrupt', message: String(e?.message ?? e) };
  }
}

async function parsePdf(data, maxPages) {
  const { getDocumentProxy, extractText } = await import('unpdf');
  try {
    const pdf = await getDocumentProxy(new Uint8Array(data));
    if (pdf.numPages > maxPages) return { ok: false, code: 'import.pdf_too_many_pages', params: { limit: maxPages } };
    const r = await extractText(pdf, { mergePages: false });
    return { ok: true, text: r.text.join('\n\n'), pages: pdf.numPages };
  } catch (e) {
    if (e?.name === 'PasswordException') return { ok: false, code: 'import.encrypted' };
    return { ok: false, code: 'import.corrupt', message: String(e?.message ?? e) };
  }
}

parentPort.on('message', async ({ format, data, maxPages }) => {
  const result = format === 'docx' ? await parseDocx(data) : await parsePdf(data, maxPages);
  parentPort.postMessage(result);
});
