// A minimal PDF writer for scanned pages: one JPEG per page (DCTDecode, no re-encoding), page size
// from the image size at the given resolution. Enough to produce image-only PDFs like a scanner's.

function jpegSize(buf: Uint8Array): { width: number; height: number; components: number } {
  let i = 2;
  while (i + 9 < buf.length) {
    if (buf[i] !== 0xff) {
      i++;
      continue;
    }
    const marker = buf[i + 1]!;
    const len = (buf[i + 2]! << 8) | buf[i + 3]!;
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: (buf[i + 5]! << 8) | buf[i + 6]!, width: (buf[i + 7]! << 8) | buf[i + 8]!, components: buf[i + 9]! };
    }
    i += 2 + len;
  }
  throw new Error('not a JPEG image');
}

/** A PDF whose pages are the given JPEG images (no text layer). */
export function jpegsToPdf(jpegs: Uint8Array[], dpi = 200): Buffer {
  const chunks: Buffer[] = [];
  const offsets: number[] = [];
  let pos = 0;
  const write = (b: Buffer | string): void => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    chunks.push(buf);
    pos += buf.length;
  };
  const obj = (n: number, body: () => void): void => {
    offsets[n] = pos;
    write(`${n} 0 obj\n`);
    body();
    write('\nendobj\n');
  };
  write('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  const n = jpegs.length;
  // 1: catalog, 2: pages, then per page: page, image, content
  const kids = jpegs.map((_, k) => `${3 + k * 3} 0 R`).join(' ');
  obj(1, () => write('<< /Type /Catalog /Pages 2 0 R >>'));
  obj(2, () => write(`<< /Type /Pages /Kids [${kids}] /Count ${n} >>`));
  jpegs.forEach((jpg, k) => {
    const { width, height, components } = jpegSize(jpg);
    const w = (width * 72) / dpi;
    const h = (height * 72) / dpi;
    const pageN = 3 + k * 3;
    obj(pageN, () =>
      write(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w.toFixed(2)} ${h.toFixed(2)}] /Resources << /XObject << /Im0 ${pageN + 1} 0 R >> >> /Contents ${pageN + 2} 0 R >>`,
      ),
    );
    obj(pageN + 1, () => {
      const cs = components === 1 ? '/DeviceGray' : components === 4 ? '/DeviceCMYK' : '/DeviceRGB';
      write(
        `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace ${cs} /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpg.length} >>\nstream\n`,
      );
      write(Buffer.from(jpg.buffer, jpg.byteOffset, jpg.length));
      write('\nendstream');
    });
    const content = `q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} 0 0 cm /Im0 Do Q`;
    obj(pageN + 2, () => write(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`));
  });
  const xref = pos;
  const size = 3 + n * 3;
  write(`xref\n0 ${size}\n0000000000 65535 f \n`);
  for (let k = 1; k < size; k++) write(`${String(offsets[k] ?? 0).padStart(10, '0')} 00000 n \n`);
  write(`trailer\n<< /Size ${size} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(chunks);
}
