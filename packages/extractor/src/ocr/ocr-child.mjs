// OCR child process (plain JavaScript so that it starts without a TypeScript loader). The parent
// (ocr.ts) forks it with a heap limit, watches its memory and kills it on cancel or timeout; this
// process only recognises the page images it is sent and reports progress and results over IPC.
// Engine: tesseract.js (WebAssembly Tesseract) with the Vietnamese model of @tesseract.js-data/vie,
// both installed from the npm registry and used offline.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function bbox(b) {
  return [b.x0, b.y0, b.x1, b.y1];
}

async function run(msg) {
  const { createWorker } = require('tesseract.js');
  const vie = require('@tesseract.js-data/vie');
  const send = (m) => process.send?.(m);
  let page = 0;
  const worker = await createWorker('vie', 1, {
    langPath: vie.langPath,
    gzip: vie.gzip,
    cacheMethod: 'none',
    logger: (m) => {
      if (m.status === 'recognizing text') send({ type: 'progress', page, pages: msg.images.length, progress: m.progress });
    },
  });
  try {
    // Keep inter-word spaces as printed; assume a page of text (automatic layout).
    await worker.setParameters({ preserve_interword_spaces: '1' });
    for (page = 0; page < msg.images.length; page++) {
      const r = await worker.recognize(msg.images[page], {}, { text: true, blocks: true });
      const lines = [];
      for (const block of r.data.blocks ?? []) {
        for (const para of block.paragraphs ?? []) {
          for (const line of para.lines ?? []) {
            const words = (line.words ?? []).map((w) => ({ text: w.text, conf: w.confidence, bbox: bbox(w.bbox) }));
            if (words.length === 0) continue;
            lines.push({ text: words.map((w) => w.text).join(' '), conf: line.confidence, bbox: bbox(line.bbox), words });
          }
          lines.push(null); // paragraph break
        }
      }
      send({ type: 'page', index: page, lines, confidence: r.data.confidence });
    }
  } finally {
    await worker.terminate();
  }
}

process.on('message', (msg) => {
  if (msg?.type !== 'run') return;
  run(msg).then(
    () => process.send?.({ type: 'done' }, () => process.exit(0)),
    (e) => {
      process.send?.({ type: 'error', message: e instanceof Error ? e.message : String(e) }, () => process.exit(1));
    },
  );
});
