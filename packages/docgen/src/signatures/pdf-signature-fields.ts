// Finds the signature dictionaries of a PDF in its raw bytes. A PDF signature signs the whole file
// except its own /Contents string, and /ByteRange [a b c d] names the two signed stretches around
// it; the signature dictionary therefore lies in the file's own bytes (never in a compressed object
// stream), so reading the bytes finds every signature, including those of earlier revisions.

export interface PdfSignatureField {
  /** /ByteRange as written: [start1, length1, start2, length2]. */
  byteRange: [number, number, number, number];
  /** The DER bytes of the CMS signature from /Contents (trailing zero padding kept). */
  contents: Uint8Array;
  subFilter: string | null;
  /** /M: the signing time claimed by the signing application (not signed by the signature itself). */
  claimedTime: Date | null;
  name: string | null;
  reason: string | null;
  location: string | null;
  contactInfo: string | null;
  /** Problems with the dictionary itself (a malformed /ByteRange, /Contents outside the gap). */
  problems: string[];
}

const latin1 = new TextDecoder('latin1');

/** PDFDocEncoding for bytes below 0x80 is ASCII; the rest is close enough to Latin-1 for names. */
function decodeBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2)).normalize('NFC');
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3)).normalize('NFC');
  return latin1.decode(bytes);
}

function hexBytes(hex: string): Uint8Array {
  const clean = hex.replace(/[^0-9a-fA-F]/g, '');
  const even = clean.length % 2 === 0 ? clean : `${clean}0`;
  const out = new Uint8Array(even.length / 2);
  for (let i = 0; i < out.length; i += 1) out[i] = parseInt(even.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Reads a PDF literal string "(…)" starting at `text[start]` (escapes, nested parentheses, octal). */
function literalString(text: string, start: number): Uint8Array {
  const out: number[] = [];
  let depth = 0;
  for (let i = start; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    if (ch === 0x28 /* ( */) {
      if (depth > 0) out.push(ch);
      depth += 1;
    } else if (ch === 0x29 /* ) */) {
      depth -= 1;
      if (depth === 0) break;
      out.push(ch);
    } else if (ch === 0x5c /* \ */) {
      const next = text[i + 1] ?? '';
      const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
      if (next in escapes) {
        out.push(escapes[next]!);
        i += 1;
      } else if (/[0-7]/.test(next)) {
        const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4))![0];
        out.push(parseInt(octal, 8) & 0xff);
        i += octal.length;
      } else if (next === '\r' || next === '\n') {
        i += next === '\r' && text[i + 2] === '\n' ? 2 : 1; // a line continuation
      }
    } else {
      out.push(ch & 0xff);
    }
  }
  return Uint8Array.from(out);
}

/** The value of `/Key (…)` or `/Key <…>` in a dictionary's text. */
function stringEntry(dictionary: string, key: string): string | null {
  const m = new RegExp(`/${key}\\s*(\\(|<(?!<))`).exec(dictionary);
  if (!m) return null;
  const at = m.index + m[0].length - 1;
  if (m[1] === '(') return decodeBytes(literalString(dictionary, at));
  const end = dictionary.indexOf('>', at);
  return end < 0 ? null : decodeBytes(hexBytes(dictionary.slice(at + 1, end)));
}

/** "D:20250306143000+07'00'" → the instant; null when unreadable. */
export function parsePdfDate(text: string | null): Date | null {
  if (!text) return null;
  const m = /^D?:?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+-])?(\d{2})?'?(\d{2})?'?/.exec(text.trim());
  if (!m) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', sign, oh = '00', om = '00'] = m;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const offset = (Number(oh) * 60 + Number(om)) * 60_000;
  const date = new Date(sign === '+' ? utc - offset : sign === '-' ? utc + offset : utc);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Every signature dictionary of the file, in file order (oldest revision first). */
export function findSignatureFields(pdf: Uint8Array): PdfSignatureField[] {
  const text = latin1.decode(pdf);
  const fields: PdfSignatureField[] = [];
  const byteRangePattern = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;
  for (const match of text.matchAll(byteRangePattern)) {
    const byteRange = [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])] as [number, number, number, number];
    const [start1, length1, start2, length2] = byteRange;
    const problems: string[] = [];
    // The dictionary around it: from its object's start to its end (or a window for odd writers).
    const objectKeyword = text.lastIndexOf(' obj', match.index);
    const objectStart = objectKeyword >= 0 ? objectKeyword : Math.max(0, match.index - 4000);
    const endObject = text.indexOf('endobj', start2);
    const dictionary = text.slice(objectStart, endObject > 0 ? endObject : Math.min(text.length, start2 + 4000));
    // Signature value: exactly the gap between the two signed stretches, "<hex…>".
    const gap = text.slice(start1 + length1, start2);
    let contents: Uint8Array = new Uint8Array();
    if (start1 !== 0) problems.push('Vùng ký không bắt đầu từ đầu tệp.');
    if (start2 + length2 > pdf.length || start1 + length1 > start2)
      problems.push('Vùng ký (ByteRange) vượt quá kích thước tệp hoặc chồng lên nhau.');
    else if (!/^<[0-9a-fA-F\s]*>$/.test(gap)) problems.push('Giá trị chữ ký không nằm đúng khoảng trống giữa hai vùng ký.');
    else contents = hexBytes(gap.slice(1, -1));
    fields.push({
      byteRange,
      contents,
      subFilter: /\/SubFilter\s*\/([^\s/<>[\]()]+)/.exec(dictionary)?.[1] ?? null,
      claimedTime: parsePdfDate(stringEntry(dictionary, 'M')),
      name: stringEntry(dictionary, 'Name'),
      reason: stringEntry(dictionary, 'Reason'),
      location: stringEntry(dictionary, 'Location'),
      contactInfo: stringEntry(dictionary, 'ContactInfo'),
      problems,
    });
  }
  return fields;
}

/** The bytes the signature covers: the two stretches of /ByteRange, joined. */
export function signedBytes(pdf: Uint8Array, byteRange: readonly [number, number, number, number]): Uint8Array {
  const [start1, length1, start2, length2] = byteRange;
  const out = new Uint8Array(length1 + length2);
  out.set(pdf.subarray(start1, start1 + length1), 0);
  out.set(pdf.subarray(start2, start2 + length2), length1);
  return out;
}
