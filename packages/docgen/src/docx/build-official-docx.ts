// The earlier flat API (OfficialDocument: headings, paragraphs and bullets in one list) kept as a
// thin adapter over the document model, so existing callers render through the one renderer and get
// its fixes: headings numbered from the tree ("đ)" after "d)"), long clauses printed as running text,
// "Lưu:" once, placeholders instead of errors for a missing number or signer.
import type { Document } from 'docx';
import type { Block, DocumentModel, Inline, ListItem, Section } from '../model/document-model.ts';
import { parseIsoDate } from '../vietnamese-format.ts';
import type { BodyBlock, HeadingBlock, OfficialDocument, RichText as LegacyRichText } from './official-document.ts';
import { documentToDocx, renderDocx } from './render-docx.ts';
import type { DocumentKindId } from '@dvcq/domain';
import { foldVietnamese } from '@dvcq/domain';

const KIND_BY_NAME: Record<string, DocumentKindId> = {
  'ke hoach': 'plan',
  'bao cao': 'report',
  'quyet dinh': 'decision',
  'thong bao': 'notice',
  'to trinh': 'submission',
  'huong dan': 'guidance',
  'chuong trinh': 'program',
  'cong van': 'official_letter',
};

function toInlines(text: LegacyRichText): string | Inline[] {
  return typeof text === 'string' ? text : text.map((run) => ({ ...run }));
}

function plain(text: LegacyRichText): string {
  return typeof text === 'string' ? text : text.map((run) => run.text).join('');
}

/** A bare ordinal ("I", "1", "a", "IV.", "đ)") is the tree's own number: the renderer prints it properly. */
function isBareOrdinal(label: string): boolean {
  return /^(?:[IVXLC]+|\d+|[a-zđ]{1,2})[.)]?$/u.test(label.trim());
}

/**
 * A "heading" that runs over 300 characters or holds a full stop followed by another sentence is a
 * clause written out (as imported plans store them), not a title: it prints as running text.
 */
function isClause(block: HeadingBlock): boolean {
  const text = plain(block.text).trim();
  return block.level > 1 && (text.length > 300 || /[.;]\s+\p{Lu}/u.test(text));
}

interface Tree {
  preamble: Block[];
  sections: Section[];
}

type MutableSection = Section & { blocks: Block[]; children: MutableSection[] };

/** Rebuilds the section tree from the flat list: a heading of level L opens a part under level L − 1. */
export function treeFromFlatBody(body: readonly BodyBlock[]): Tree {
  const tree: Tree = { preamble: [], sections: [] };
  const open: MutableSection[] = []; // open[level - 1]
  const target = (): Block[] => open[open.length - 1]?.blocks ?? tree.preamble;
  const addBlock = (block: Block) => target().push(block);
  for (const block of body) {
    switch (block.kind) {
      case 'heading': {
        const clause = isClause(block);
        const label = block.label === undefined || isBareOrdinal(block.label) ? null : block.label;
        const section: MutableSection = {
          ...(clause ? {} : { title: toInlines(block.text) }),
          ...(label !== null ? { label } : {}),
          blocks: clause ? [{ kind: 'paragraph', text: toInlines(block.text) }] : [],
          children: [],
        };
        const depth = Math.min(block.level, open.length + 1);
        open.length = depth - 1;
        (open[depth - 2]?.children ?? tree.sections).push(section);
        open.push(section);
        break;
      }
      case 'paragraph':
        addBlock({
          kind: 'paragraph',
          text: toInlines(block.text),
          ...(block.italic ? { italic: true } : {}),
          ...(block.centered ? { align: 'center' as const } : {}),
        });
        break;
      case 'bullet': {
        const blocks = target();
        const last = blocks[blocks.length - 1];
        const item: ListItem = toInlines(block.text);
        if (last?.kind === 'list') blocks[blocks.length - 1] = { ...last, items: [...last.items, item] };
        else blocks.push({ kind: 'list', items: [item] });
        break;
      }
      case 'table':
        addBlock({ ...block });
        break;
      case 'pageBreak':
        addBlock({ kind: 'pageBreak' });
        break;
      case 'sectionBreak':
        addBlock({ kind: 'orientation', orientation: block.orientation });
        break;
    }
  }
  return tree;
}

/** The model an OfficialDocument describes. */
export function modelFromOfficialDocument(doc: OfficialDocument): DocumentModel {
  const kind = KIND_BY_NAME[foldVietnamese(doc.docType)] ?? 'notice';
  const body = treeFromFlatBody(doc.body);
  const lines = [...doc.signature.authority, doc.signature.title].map((line) => line.trim()).filter(Boolean);
  return {
    kind,
    draft: doc.draft ?? false,
    ...(KIND_BY_NAME[foldVietnamese(doc.docType)] ? {} : { kindName: doc.docType }),
    issuer: {
      name: doc.issuer.nameInText ?? doc.issuer.name.replace(/\n/g, ' '),
      headerLines: doc.issuer.name.split('\n'),
      ...(doc.issuer.parent ? { parentLine: doc.issuer.parent } : {}),
      ...(doc.issuer.nameInText ? { nameInText: doc.issuer.nameInText } : {}),
    },
    number: doc.number,
    place: doc.place,
    issuedOn: doc.issuedOn,
    summary: doc.title,
    addressees: doc.recipientsTo ?? [],
    legalBases: doc.legalBases.map((text) => ({ text })),
    legalBasesForm: 'lines',
    preamble: body.preamble,
    sections: body.sections,
    recipients: doc.recipients,
    // An imported recipient list carries its own "Lưu: VT, …" line, more precise than the default "VT".
    archive: doc.archive && !(doc.archive.trim() === 'VT' && doc.recipients.some((r) => /^\s*-?\s*lưu\s*:/iu.test(r))) ? [doc.archive] : [],
    signature: { name: doc.signature.name, title: null, ...(lines.length > 0 ? { lines } : {}) },
    appendices: (doc.appendices ?? []).map((appendix) => {
      const tree = treeFromFlatBody(appendix.blocks);
      return {
        title: appendix.title,
        ...(appendix.reference !== undefined ? { reference: appendix.reference } : {}),
        ...(appendix.orientation ? { orientation: appendix.orientation } : {}),
        blocks: tree.preamble,
        sections: tree.sections,
      };
    }),
    ...(doc.layout ? { layout: doc.layout } : {}),
  };
}

/** Builds the Word document model (exposed for callers that want to post-process it). */
export function officialDocxDocument(doc: OfficialDocument): Document {
  parseIsoDate(doc.issuedOn); // a malformed date is a caller's bug: say so in Vietnamese
  return documentToDocx(modelFromOfficialDocument(doc));
}

/** Word (.docx) bytes of an official document laid out per Decree 30/2020/NĐ-CP. */
export async function buildOfficialDocx(doc: OfficialDocument): Promise<Buffer> {
  parseIsoDate(doc.issuedOn);
  return renderDocx(modelFromOfficialDocument(doc));
}
