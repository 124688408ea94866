// Decree 30 ends the text of a document with "./." right after its last word. The mark is added by
// the renderer, once, to whatever paragraph ends up last (closing paragraph, last clause, last list
// item), so callers never write it and it never appears twice.
import type { Block, DocumentModel, Inline, ListItem, RichText, Section } from './document-model.ts';
import { sectionHasContent } from './resolve.ts';

export const CLOSING_MARK = './.';

function endsWithMark(text: string): boolean {
  return text.trimEnd().endsWith(CLOSING_MARK);
}

/** "… thực hiện." → "… thực hiện./."; text already ending "./." is left alone. */
export function withClosingMark(text: RichText): RichText {
  if (typeof text === 'string') return endsWithMark(text) ? text : `${text.trimEnd().replace(/[\s.;:,]+$/u, '')}${CLOSING_MARK}`;
  const parts = [...text];
  for (let i = parts.length - 1; i >= 0; i -= 1) {
    const part = parts[i]!;
    if (typeof part !== 'string' && 'footnote' in part) break; // a note at the very end: the mark follows it
    const value = typeof part === 'string' ? part : part.text;
    if (value.trim() === '') continue;
    if (endsWithMark(value)) return text;
    const trimmed = value.trimEnd().replace(/[\s.;:,]+$/u, '');
    parts[i] = typeof part === 'string' ? trimmed : { ...part, text: trimmed };
    break;
  }
  return [...parts, CLOSING_MARK] as Inline[];
}

function markItems(items: readonly ListItem[]): ListItem[] | null {
  if (items.length === 0) return null;
  const last = items[items.length - 1]!;
  const rest = items.slice(0, -1);
  if (typeof last === 'string' || Array.isArray(last)) return [...rest, withClosingMark(last as RichText)];
  const object = last as Exclude<ListItem, RichText>;
  const nested = object.items && object.items.length > 0 ? markItems(object.items) : null;
  return nested ? [...rest, { ...object, items: nested }] : [...rest, { ...object, text: withClosingMark(object.text) }];
}

function markBlocks(blocks: readonly Block[]): Block[] | null {
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    const block = blocks[i]!;
    if (block.kind === 'orientation' || block.kind === 'pageBreak') continue;
    if (block.kind === 'table') return null;
    const replaced: Block | null =
      block.kind === 'paragraph'
        ? { ...block, text: withClosingMark(block.text) }
        : (() => {
            const items = markItems(block.items);
            return items ? { ...block, items } : null;
          })();
    if (!replaced) return null;
    return [...blocks.slice(0, i), replaced, ...blocks.slice(i + 1)];
  }
  return null;
}

function markSections(sections: readonly Section[]): Section[] | null {
  for (let i = sections.length - 1; i >= 0; i -= 1) {
    const section = sections[i]!;
    if (!sectionHasContent(section)) continue;
    const children = section.children ?? [];
    const markedChildren = children.some(sectionHasContent) ? markSections(children) : null;
    const replaced: Section | null = markedChildren
      ? { ...section, children: markedChildren }
      : children.some(sectionHasContent)
        ? null
        : (() => {
            const blocks = markBlocks(section.blocks ?? []);
            return blocks ? { ...section, blocks } : null;
          })();
    return replaced ? [...sections.slice(0, i), replaced, ...sections.slice(i + 1)] : null;
  }
  return null;
}

/** The model with "./." after the last word of its text (closing, else sections, else preamble). */
export function withEndOfTextMark(model: DocumentModel): DocumentModel {
  const closing = model.closing ?? [];
  if (closing.length > 0) {
    const marked = markBlocks(closing);
    return marked ? { ...model, closing: marked } : model;
  }
  const sections = model.sections ?? [];
  if (sections.some(sectionHasContent)) {
    const marked = markSections(sections);
    return marked ? { ...model, sections: marked } : model;
  }
  const preamble = markBlocks(model.preamble ?? []);
  return preamble ? { ...model, preamble } : model;
}
