// The section tree keeps every word of the body, in full, with diacritics restored for OCR text.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractDocument } from './extract.ts';
import type { Section } from './types.ts';

const FIX = fileURLToPath(new URL('../../../fixtures/seeds/', import.meta.url));

function allText(ss: Section[]): string {
  return ss.map((s) => `${s.text}\n${allText(s.children)}`).join('\n');
}

describe('full-text sections', () => {
  it('keeps long paragraphs whole and every word of the body', () => {
    const long = `Căn cứ tình hình thực tế, ${'các cơ quan tiếp tục thực hiện tốt công tác dân vận chính quyền, '.repeat(12)}như sau:`;
    const e = extractDocument(
      `KẾ HOẠCH\nThực hiện công tác dân vận năm 2025\n\n${long}\n\nI. MỤC ĐÍCH\n\n1. ${long}\n\nĐoạn tiếp theo không có số thứ tự.\n`,
    );
    expect(e.preamble[0]).toMatchObject({ kind: 'text', text: long });
    const clause = e.sections[0]!.children[0]!;
    expect(clause.heading).toBe(long);
    expect(clause.text).toBe(`${long}\nĐoạn tiếp theo không có số thứ tự.`);
  });

  it('holds every word of a real plan body', () => {
    const src = readFileSync(`${FIX}2025-KH-696-UBND-province-plan.txt`, 'utf8');
    const e = extractDocument(src);
    const words = (s: string): string[] =>
      s
        .replace(/\*/g, ' ')
        .split(/\s+/)
        .filter((w) => /\p{L}{3,}/u.test(w));
    const inTree = new Set(words(allText([...e.preamble, ...e.sections])));
    const body = src.slice(src.indexOf('Căn cứ'), src.indexOf('Nơi nhận'));
    const missing = words(body).filter((w) => !inTree.has(w) && !/^[IVX]+\.$/.test(w));
    expect(missing).toEqual([]);
  });

  it('gives OCR sections with diacritics restored', () => {
    const e = extractDocument(readFileSync(`${FIX}2023-KH-469-STTTT-plan-ocr.txt`, 'utf8'));
    expect(e.restoration).not.toBeNull();
    const text = allText(e.sections);
    expect(text).toMatch(/công tác dân vận chính quyền/);
    expect(e.restoration!.words.length).toBeGreaterThan(100);
    expect(e.restoration!.words[0]).toEqual(expect.objectContaining({ from: expect.any(String), to: expect.any(String) }));
  });
});
