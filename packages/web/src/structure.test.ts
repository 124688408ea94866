// The web client's module template, checked: one dialog per file, named for what it is, so the next
// feature copies the pattern rather than whichever neighbour it opens first. (Calls to the server outside
// api/ and <feature>Api.ts are refused by ESLint; visible text outside the locale files by strings.test.ts.)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = import.meta.dirname;

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, out);
    else if (name.endsWith('.tsx')) out.push(p);
  }
  return out;
}

describe('web client structure', () => {
  it('keeps each dialog in its own …Dialog.tsx file', () => {
    const problems: string[] = [];
    for (const path of files(SRC)) {
      const rel = relative(SRC, path);
      const text = readFileSync(path, 'utf8');
      const modals = text.match(/<Modal\b/g)?.length ?? 0;
      const isDialogFile = rel.endsWith('Dialog.tsx');
      if (modals > 0 && !isDialogFile) problems.push(`${rel}: a <Modal> belongs in its own …Dialog.tsx`);
      if (modals > 1) problems.push(`${rel}: ${modals} dialogs in one file`);
      if (isDialogFile) {
        const exported = text.match(/^export function \w+Dialog\b/gm)?.length ?? 0;
        if (modals !== 1 || exported !== 1) problems.push(`${rel}: a dialog file holds one exported …Dialog with one <Modal>`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('filters every searchable select through foldedSearch (diacritics, case and word order ignored)', () => {
    const problems: string[] = [];
    for (const path of files(SRC)) {
      const rel = relative(SRC, path);
      const text = readFileSync(path, 'utf8');
      // antd's own filter compares the raw label (or even the value): "huong" would not find "Hường".
      if (/optionFilterProp=/.test(text)) problems.push(`${rel}: optionFilterProp instead of showSearch={foldedSearch}`);
      if (/\bshowSearch(?![=\w'])/.test(text)) problems.push(`${rel}: a bare showSearch filters without folding`);
      for (const m of text.matchAll(/<Select\b[^>]*?mode="multiple"[^>]*>/gs))
        if (!/showSearch=/.test(m[0])) problems.push(`${rel}: a multiple select searches by value unless given showSearch={foldedSearch}`);
    }
    expect(problems).toEqual([]);
  });
});
