// Every string a person sees comes from the locale files through t(): this test reads the client's
// source (TypeScript's parser, no guessing with regular expressions) and fails on Vietnamese text outside
// i18n/vi/, on visible text without a key, on keys that do not exist or are never used, on a key defined
// twice, and on {placeholders} a call does not fill.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { VI_AREAS, vi } from './vi.ts';

const SRC = join(import.meta.dirname, '..');
const LOCALE_DIR = join(SRC, 'i18n', 'vi');
const LOCALE_FILE = join(SRC, 'i18n', 'vi.ts');

/** Letters only Vietnamese (in this code base) writes: precomposed with diacritics, or combining marks. */
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]|\p{M}/iu;
const LETTER = /\p{L}/u;

/** Attributes and option properties whose text is shown (or read aloud) to a person. */
const VISIBLE_PROPS = new Set([
  'title',
  'label',
  'placeholder',
  'aria-label',
  'alt',
  'okText',
  'cancelText',
  'description',
  'extra',
  'help',
  'tooltip',
  'content',
  'emptyText',
  'notFoundContent',
  'checkedChildren',
  'unCheckedChildren',
  'suffix',
  'addonAfter',
  'addonBefore',
  'message',
  'text',
]);

/**
 * Text allowed outside the locale files, each with the reason. An entry that no longer matches anything
 * fails the test, so the list only shrinks.
 */
const ALLOWED: { file: string; text: string; reason: string }[] = [];

interface Source {
  path: string;
  rel: string;
  file: ts.SourceFile;
}

function sources(): Source[] {
  const out: Source[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (path !== LOCALE_DIR) walk(path);
      } else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && path !== LOCALE_FILE) {
        const text = readFileSync(path, 'utf8');
        out.push({
          path,
          rel: relative(SRC, path).split(sep).join('/'),
          file: ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, name.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS),
        });
      }
    }
  };
  walk(SRC);
  return out;
}

const SOURCES = sources();

function visit(node: ts.Node, fn: (n: ts.Node) => void): void {
  fn(node);
  node.forEachChild((c) => visit(c, fn));
}

const where = (s: Source, n: ts.Node) => `${s.rel}:${s.file.getLineAndCharacterOfPosition(n.getStart(s.file)).line + 1}`;

function propName(n: ts.Node): string | null {
  if (ts.isJsxAttribute(n)) return n.name.getText();
  if (ts.isPropertyAssignment(n) && (ts.isIdentifier(n.name) || ts.isStringLiteral(n.name))) return n.name.text;
  return null;
}

/** The attribute or property a string is the value of (`placeholder="…"`, `{ title: '…' }`), if any. */
function ownerProp(n: ts.Node): string | null {
  let p = n.parent;
  if (p && ts.isJsxExpression(p)) p = p.parent;
  return p ? propName(p) : null;
}

function isModuleSpecifier(n: ts.Node): boolean {
  const p = n.parent;
  return (
    !!p &&
    (ts.isImportDeclaration(p) ||
      ts.isExportDeclaration(p) ||
      (ts.isCallExpression(p) && p.expression.kind === ts.SyntaxKind.ImportKeyword))
  );
}

interface Found {
  at: string;
  rel: string;
  text: string;
}

function literalTexts(): Found[] {
  const found: Found[] = [];
  for (const s of SOURCES) {
    visit(s.file, (n) => {
      let text: string | null = null;
      if (ts.isJsxText(n)) text = LETTER.test(n.text) ? n.text.trim() : null;
      else if (
        ts.isStringLiteral(n) ||
        ts.isNoSubstitutionTemplateLiteral(n) ||
        ts.isTemplateHead(n) ||
        ts.isTemplateMiddle(n) ||
        ts.isTemplateTail(n)
      ) {
        if (isModuleSpecifier(n) || n.text in vi) return; // a key, e.g. in a table typed MessageKey
        const visibleProp = VISIBLE_PROPS.has(ownerProp(n) ?? '');
        if (VIETNAMESE.test(n.text) || (visibleProp && LETTER.test(n.text))) text = n.text;
      }
      if (text !== null) found.push({ at: where(s, n), rel: s.rel, text });
    });
  }
  return found;
}

/** Calls that take a message key first: t(), tRich(), messageTemplate(). */
const KEY_FUNCTIONS = new Set(['t', 'tRich', 'messageTemplate']);

interface KeyUse {
  at: string;
  /** A literal key, or a pattern for a template literal such as `import.action.${a}`. */
  key?: string;
  pattern?: RegExp;
  /** Property names of an object-literal second argument (undefined: none given or not checkable). */
  params?: Set<string> | 'unknown';
}

function keyUses(): KeyUse[] {
  const uses: KeyUse[] = [];
  for (const s of SOURCES) {
    visit(s.file, (n) => {
      if (!ts.isCallExpression(n) || !ts.isIdentifier(n.expression) || !KEY_FUNCTIONS.has(n.expression.text)) return;
      const [arg, paramsArg] = n.arguments;
      if (!arg) return;
      let params: KeyUse['params'];
      if (paramsArg) {
        if (
          ts.isObjectLiteralExpression(paramsArg) &&
          paramsArg.properties.every((p) => ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p))
        )
          params = new Set(paramsArg.properties.map((p) => (p.name as ts.Identifier).text));
        else params = 'unknown';
      }
      const at = where(s, n);
      if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) uses.push({ at, key: arg.text, params });
      else if (ts.isTemplateExpression(arg)) {
        const parts = [arg.head.text, ...arg.templateSpans.map((sp) => sp.literal.text)].map((p) =>
          p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
        );
        uses.push({ at, pattern: new RegExp(`^${parts.join('[\\w-]+')}$`), params });
      } else if (ts.isConditionalExpression(arg)) {
        for (const branch of [arg.whenTrue, arg.whenFalse]) if (ts.isStringLiteral(branch)) uses.push({ at, key: branch.text, params });
      }
      // Anything else is typed as MessageKey, so TypeScript already checks it.
    });
  }
  return uses;
}

const placeholders = (message: string) => new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));

describe('web client strings', () => {
  it('has no Vietnamese or other visible text outside the locale files', () => {
    const found = literalTexts();
    const allowed = (f: Found) => ALLOWED.some((a) => a.file === f.rel && f.text.includes(a.text));
    const offending = found.filter((f) => !allowed(f)).map((f) => `${f.at}: ${JSON.stringify(f.text)}`);
    expect(offending, 'put these strings in i18n/vi/*.ts and call t()').toEqual([]);
    const stale = ALLOWED.filter((a) => !found.some((f) => f.rel === a.file && f.text.includes(a.text))).map((a) => `${a.file}: ${a.text}`);
    expect(stale, 'these allowed strings are gone: remove them from ALLOWED').toEqual([]);
  });

  it('the scanner sees what it must refuse', () => {
    const probe = ts.createSourceFile(
      'probe.tsx',
      `const a = 'Đã lưu'; const b = <Button>In</Button>; const c = <Input placeholder="vd: abc" />; const d = { title: 'Note' };` +
        ` import x from './Sở.ts'; const e = /chậm nhất/; const f = { dataIndex: 'title' };`,
      ts.ScriptTarget.Latest,
      true,
      ts.ScriptKind.TSX,
    );
    const seen: string[] = [];
    visit(probe, (n) => {
      if (ts.isJsxText(n) && LETTER.test(n.text)) seen.push(n.text.trim());
      else if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && !isModuleSpecifier(n)) {
        if (VIETNAMESE.test(n.text) || (VISIBLE_PROPS.has(ownerProp(n) ?? '') && LETTER.test(n.text))) seen.push(n.text);
      }
    });
    // A regular expression, an import path and a data key are not shown to anyone.
    expect(seen).toEqual(['Đã lưu', 'In', 'vd: abc', 'Note']);
  });

  it('uses only keys that exist, with the placeholders each message needs', () => {
    const keys = new Set(Object.keys(vi));
    const problems: string[] = [];
    for (const u of keyUses()) {
      if (u.key !== undefined) {
        if (!keys.has(u.key)) {
          problems.push(`${u.at}: no key "${u.key}"`);
          continue;
        }
        if (u.params === 'unknown') continue;
        const needed = placeholders(vi[u.key as keyof typeof vi]);
        const given = u.params ?? new Set<string>();
        for (const p of needed) if (!given.has(p)) problems.push(`${u.at}: "${u.key}" needs {${p}}`);
        for (const p of given) if (!needed.has(p)) problems.push(`${u.at}: "${u.key}" has no {${p}}`);
      } else if (u.pattern && ![...keys].some((k) => u.pattern!.test(k))) problems.push(`${u.at}: no key matches ${u.pattern}`);
    }
    expect(problems).toEqual([]);
  });

  it('defines each key once and uses every key it defines', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const [area, messages] of Object.entries(VI_AREAS)) {
      for (const key of Object.keys(messages)) {
        const before = seen.get(key);
        if (before) duplicates.push(`${key} in ${before} and ${area}`);
        seen.set(key, area);
      }
    }
    expect(duplicates).toEqual([]);

    // A key counts as used when it appears as a string in the source (t('…'), a typed table of keys) or
    // matches a computed key such as t(`import.action.${a}`).
    const strings = new Set<string>();
    for (const s of SOURCES) visit(s.file, (n) => (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && strings.add(n.text));
    const patterns = keyUses().flatMap((u) => (u.pattern ? [u.pattern] : []));
    const unused = Object.keys(vi).filter((k) => !strings.has(k) && !patterns.some((p) => p.test(k)));
    expect(unused, 'remove these keys or use them').toEqual([]);
  });

  it('each file loads the areas whose keys it uses (t() is synchronous, strings load with their screens)', () => {
    const areaOf = new Map<string, string>();
    for (const [area, messages] of Object.entries(VI_AREAS)) for (const key of Object.keys(messages)) areaOf.set(key, area);
    const patternsByFile = new Map<string, RegExp[]>();
    for (const u of keyUses()) {
      const file = u.at.slice(0, u.at.lastIndexOf(':'));
      if (u.pattern) patternsByFile.set(file, [...(patternsByFile.get(file) ?? []), u.pattern]);
    }
    const problems: string[] = [];
    for (const s of SOURCES) {
      if (s.path.startsWith(join(SRC, 'i18n') + sep)) continue;
      const keys = new Set<string>();
      visit(s.file, (n) => (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && areaOf.has(n.text) && keys.add(n.text));
      for (const p of patternsByFile.get(s.rel) ?? []) for (const k of areaOf.keys()) if (p.test(k)) keys.add(k);
      // The shared words are loaded by i18n/index.ts itself.
      const needed = new Set([...keys].map((k) => areaOf.get(k)!).filter((a) => a !== 'common'));
      const imported = new Set(
        s.file.statements.flatMap((st) =>
          ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)
            ? [/\/i18n\/vi\/(\w+)\.ts$/.exec(st.moduleSpecifier.text)?.[1]].filter((a) => a !== undefined)
            : [],
        ),
      );
      for (const a of needed) if (!imported.has(a)) problems.push(`${s.rel}: import '…/i18n/vi/${a}.ts'`);
      for (const a of imported) if (!needed.has(a)) problems.push(`${s.rel}: uses no key of i18n/vi/${a}.ts`);
    }
    expect(problems).toEqual([]);
  });

  it('every message is NFC text without stray spaces', () => {
    const bad = Object.entries(vi)
      .filter(([, m]) => m !== m.normalize('NFC') || /^\s|\s$| {2}/.test(m))
      .map(([k]) => k);
    expect(bad).toEqual([]);
  });
});
