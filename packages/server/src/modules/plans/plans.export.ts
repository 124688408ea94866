// A plan as an official document (Decree 30/2020): the stored plan → the document model of
// @dvcq/docgen (builders for a plan and a unit's own plan) → Word. Pure: the use case loads the rows.
//
// A plan whose full text is stored (imported, or edited as a section tree) prints that text: the
// paragraphs before the numbered parts as written (legal bases, lead-in), the I./1./a)/- tree with
// numbers from its place in the tree, footnotes ("…2021 - 2025¹" with the note "1 Quyết định số …"),
// the closing ("Trên đây là …") once with "./.". A plan typed into the forms is composed from its
// structured parts. Anything missing prints a placeholder and the document is marked "DỰ THẢO".
import {
  buildPlanDocument,
  buildReminderLetter,
  buildUnitPlanDocument,
  documentGaps,
  renderDocx,
  tableRowCells,
  textBlocks,
  type Block,
  type DocumentModel,
  type Inline,
  type IssuerInput,
  type LegalBasis,
  type ListItem,
  type PlanDocumentInput,
  type RichText,
  type Section,
} from '@dvcq/docgen';
import { describeDeadline, hasInlineMarks, isLocalDate, parseInlineMarks, type LegalReference } from '@dvcq/domain';
import type { LegalBasisDto, PlanDetailDto, PlanSectionDto } from '@dvcq/shared';

/** What the export needs of a unit: its name and kind. */
export interface ExportUnit {
  name: string;
  kind: string;
}

export interface PlanExportContext {
  issuer: ExportUnit;
  /** From the root down, without the issuer. */
  ancestors: ExportUnit[];
  /** Names of the units the activities name (lead and coordinating), by id. */
  unitNames: ReadonlyMap<string, string>;
  /** The superior's plan a unit's plan implements. */
  parent?: { number: string | null; issuedOn: string | null; title: string; issuerName: string } | null;
}

const COLLECTIVE = /^(Ủy ban nhân dân|Hội đồng nhân dân)\s/iu;

/** A body issuing in its own name; a department or commune office gets the body it belongs to above it. */
export function issuerInput(issuer: ExportUnit, ancestors: ExportUnit[], place: string | null): IssuerInput {
  const collective = COLLECTIVE.exec(issuer.name)?.[1] ?? null;
  const parent = collective
    ? null
    : ([...ancestors].reverse().find((a) => ['province', 'district', 'department'].includes(a.kind))?.name ?? null);
  return {
    name: issuer.name,
    parent,
    place: place ?? 'Tây Ninh',
    collective: collective ? collective.charAt(0).toUpperCase() + collective.slice(1).toLowerCase() : null,
  };
}

// ---------------------------------------------------------------------------------------------------
// Legal bases

const KIND_BY_SYMBOL: [RegExp, string][] = [
  [/QĐ/u, 'Quyết định'],
  [/CT/u, 'Chỉ thị'],
  [/KL/u, 'Kết luận'],
  [/NQ/u, 'Nghị quyết'],
  [/NĐ/u, 'Nghị định'],
  [/TT/u, 'Thông tư'],
  [/KH/u, 'Kế hoạch'],
  [/HD/u, 'Hướng dẫn'],
  [/CV|\d+\/[A-ZĐ]+-/u, 'Công văn'],
  [/QH\d+/u, 'Luật'],
];

/** A stored citation {number, date, issuer, summary} in its written form: "Quyết định số 23-QĐ/TW ngày 30/7/2021 của …". */
export function legalReferenceOf(b: LegalBasisDto): LegalBasis {
  const number = b.number.trim();
  const symbol = number.replace(/^\d+\s*/u, '');
  // "Quyết định 23-QĐ/TW": a number typed with its kind keeps it.
  const typed = /^(\p{L}[\p{L} ]*?)\s+(?:số\s+)?(\d.*)$/u.exec(number);
  const kind = typed ? typed[1]! : (KIND_BY_SYMBOL.find(([re]) => re.test(symbol))?.[1] ?? 'Văn bản');
  const ref: LegalReference = {
    kind,
    number: typed ? typed[2]! : number,
    date: b.date && isLocalDate(b.date) ? b.date : null,
    issuer: b.issuer,
    subject: b.summary,
  };
  return ref;
}

// ---------------------------------------------------------------------------------------------------
// The section tree

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscriptOf = (n: number) => [...String(n)].map((d) => SUPERSCRIPT[Number(d)]).join('');
const FOOTNOTE_LINE = /^(\d{1,2})\s+(\p{Lu}.*)$/u;
const BULLETS = new Set(['-', '+', '•', '*']);

function paragraphsOf(text: string): string[] {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

const ENDS_SENTENCE = /[.;:!?”)…]$/u;
const CONTINUES = /^(?:\p{Ll}|\d{1,2}\/\d)/u;

/**
 * What reading a printed page leaves in a stored text, undone for printing:
 * - footnotes printed at the foot of a page ("1 Quyết định số …;") land between the lines of the
 *   paragraph the page break cut, or at the end of its first half: they are taken out for the
 *   superscripts ("…2021 - 2025¹") that call them;
 * - a paragraph cut by a page break continues on a line starting in lower case or with a date
 *   ("… ngày" / "14/8/2023 của …"): the halves are joined again;
 * - a space left before punctuation or inside quotes where emphasis markers stood ("28/3/2025 .", "“ Dân biết") is removed.
 * Returns the repaired tree and the notes by their superscript mark.
 */
export function repairReadingArtefacts(stored: readonly PlanSectionDto[]): { sections: PlanSectionDto[]; notes: Map<string, string> } {
  const texts: string[] = [];
  const walk = (list: readonly PlanSectionDto[]) => {
    for (const s of list) {
      texts.push(s.heading, s.text);
      walk(s.children);
    }
  };
  walk(stored);
  const joined = texts.join('\n');
  const notes = new Map<string, string>();
  for (let n = 1; n <= 30; n++) {
    const mark = superscriptOf(n);
    if (!joined.includes(mark)) continue;
    const m = new RegExp(`(?:^|\\s)${n} (\\p{Lu}[^\\n]*?[;.])$`, 'mu').exec(joined);
    if (m) notes.set(mark, m[1]!.trim());
  }
  const noteLines = [...notes.entries()].map(([mark, note]) => ({ n: [...mark].map((c) => SUPERSCRIPT.indexOf(c)).join(''), note }));
  const withoutNotes = (line: string): string => {
    let out = line;
    for (const { n, note } of noteLines) {
      const tail = ` ${n} ${note}`;
      if (out.trim() === tail.trim()) return '';
      if (out.endsWith(tail)) out = out.slice(0, -tail.length);
    }
    return out;
  };
  const tidy = (line: string) =>
    line
      .replace(/(\S) +([.,;:])(?=\s|$)/gu, '$1$2')
      .replace(/“\s+/gu, '“')
      .replace(/\s+”/gu, '”');
  const repair = (s: PlanSectionDto): PlanSectionDto => {
    const lines = [s.heading, ...paragraphsOf(s.text).filter((p, i) => !(i === 0 && p === s.heading.trim()))]
      .map(withoutNotes)
      .map((l) => l.trim());
    const merged: string[] = [];
    for (const line of lines) {
      const last = merged.length - 1;
      if (!line) {
        if (last < 0) merged.push('');
        continue;
      }
      const cut = last >= 0 && merged[last] && !ENDS_SENTENCE.test(merged[last]!) && CONTINUES.test(line);
      // A row of a pasted table ("xã Long An\t12") is never the second half of a cut paragraph.
      if (cut && !tableRowCells(line) && !tableRowCells(merged[last]!)) merged[last] = `${merged[last]} ${line}`;
      else merged.push(line);
    }
    const [heading = '', ...rest] = merged.map(tidy);
    return { label: s.label, heading, text: rest.join('\n'), children: s.children.map(repair) };
  };
  return { sections: stored.map(repair), notes };
}

/**
 * A section's text as printed: the editor's marks (**đậm**, *nghiêng*, [^chú thích]) become bold and
 * italic runs and footnotes (domain parseInlineMarks); superscript marks with a collected note become
 * footnotes too.
 */
function richText(text: string, notes: ReadonlyMap<string, string>): RichText {
  if (!hasInlineMarks(text)) return withReadNotes(text, notes);
  const out: Inline[] = [];
  for (const run of parseInlineMarks(text)) {
    if (!('text' in run)) out.push({ footnote: run.footnote });
    else if (run.bold || run.italic)
      out.push({ text: run.text, ...(run.bold ? { bold: true } : {}), ...(run.italic ? { italic: true } : {}) });
    else {
      const plain = withReadNotes(run.text, notes);
      if (typeof plain === 'string') out.push(plain);
      else out.push(...plain);
    }
  }
  return out;
}

/** Superscript marks with a collected note (a footnote read from a printed page) become footnotes. */
function withReadNotes(text: string, notes: ReadonlyMap<string, string>): RichText {
  if (!notes.size || ![...notes.keys()].some((mark) => text.includes(mark))) return text;
  const marks = [...notes.keys()].map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const out: Inline[] = [];
  for (const part of text.split(new RegExp(`(${marks.join('|')})`, 'u'))) {
    if (!part) continue;
    const note = notes.get(part);
    out.push(note ? { footnote: note } : part);
  }
  return out;
}

/** A short part ("Chế độ thông tin, báo cáo") is a heading; a sentence or a lead into a list is a clause. */
function isHeading(s: PlanSectionDto): boolean {
  const h = s.heading.trim();
  if (!h || h.length > 300 || h.endsWith(':')) return false;
  return !/[.;]$/u.test(h) || s.children.length > 0;
}

interface TreeContext {
  notes: ReadonlyMap<string, string>;
  /** Paragraphs that are footnote lines, dropped from the running text. */
  isNote: (p: string) => boolean;
}

/** Paragraphs in order; lines of cells pasted from Excel (or written with "|") print as a table. */
function paragraphBlocks(paragraphs: string[], ctx: TreeContext): Block[] {
  return textBlocks(
    paragraphs.filter((p) => !ctx.isNote(p)),
    (p) => richText(p, ctx.notes),
  );
}

/** A section's own paragraphs after its heading (the stored text may repeat the heading first). */
function restOf(s: PlanSectionDto): string[] {
  const paragraphs = paragraphsOf(s.text);
  if (paragraphs[0] && s.heading && paragraphs[0] === s.heading.trim()) paragraphs.shift();
  return paragraphs;
}

function bulletItem(s: PlanSectionDto, ctx: TreeContext): { item: ListItem; after: string[] } {
  const rest = restOf(s);
  const text = richText(s.heading.trim() || rest.shift() || '', ctx.notes);
  const nested = s.children.filter((c) => BULLETS.has(c.label));
  const item: ListItem = nested.length ? { text, items: nested.map((c) => bulletItem(c, ctx).item) } : text;
  return { item, after: rest };
}

/** Children in order: "- …" lines gather into lists (a paragraph after an item closes the list), numbered parts nest. */
function childrenOf(children: readonly PlanSectionDto[], ctx: TreeContext): { blocks: Block[]; sections: Section[] } {
  const blocks: Block[] = [];
  const sections: Section[] = [];
  let list: ListItem[] = [];
  const closeList = () => {
    if (list.length) blocks.push({ kind: 'list', items: list });
    list = [];
  };
  for (const c of children) {
    if (BULLETS.has(c.label)) {
      const { item, after } = bulletItem(c, ctx);
      list.push(item);
      const paragraphs = after.filter((p) => !ctx.isNote(p));
      if (paragraphs.length) {
        closeList();
        blocks.push(...paragraphBlocks(paragraphs, ctx));
      }
    } else {
      sections.push(sectionOf(c, ctx));
    }
  }
  closeList();
  return { blocks, sections };
}

function sectionOf(s: PlanSectionDto, ctx: TreeContext): Section {
  const { blocks, sections } = childrenOf(s.children, ctx);
  const own = paragraphBlocks(restOf(s), ctx);
  if (isHeading(s)) return { title: richText(s.heading.trim(), ctx.notes), blocks: [...own, ...blocks], children: sections };
  const lead = s.heading.trim() ? [{ kind: 'paragraph' as const, text: richText(s.heading.trim(), ctx.notes) }] : [];
  return { blocks: [...lead, ...own, ...blocks], children: sections };
}

const CLOSING = /^Trên đây là\b/u;

/** The closing paragraph ("Trên đây là kế hoạch …./.") wherever the reading left it, taken out of the tree. */
function takeClosing(sections: Section[]): string | null {
  const last = sections[sections.length - 1];
  if (!last) return null;
  const fromChildren = takeClosing([...(last.children ?? [])]);
  if (fromChildren !== null) {
    const children = [...(last.children ?? [])];
    sections[sections.length - 1] = { ...last, children: dropClosing(children) };
    return fromChildren;
  }
  const blocks = [...(last.blocks ?? [])];
  const tail = blocks[blocks.length - 1];
  if (tail?.kind === 'paragraph' && typeof tail.text === 'string' && CLOSING.test(tail.text)) {
    blocks.pop();
    sections[sections.length - 1] = { ...last, blocks };
    return tail.text.replace(/\s*\.\/\.\s*$/u, '.').replace(/\.\.$/u, '.');
  }
  return null;
}

function dropClosing(sections: Section[]): Section[] {
  takeClosing(sections);
  return sections;
}

/** The stored I./1./a)/- tree as document sections, its closing paragraph apart. */
export function planSections(stored: readonly PlanSectionDto[]): { sections: Section[]; closing: string | null } {
  const repaired = repairReadingArtefacts(stored);
  const notes = repaired.notes;
  const isNote = (p: string) => {
    const m = FOOTNOTE_LINE.exec(p);
    return !!m && notes.get(superscriptOf(Number(m[1]))) === m[2]!.trim();
  };
  const ctx: TreeContext = { notes, isNote };
  const sections = repaired.sections.map((s) => sectionOf(s, ctx));
  const closing = takeClosing(sections);
  return { sections, closing };
}

// ---------------------------------------------------------------------------------------------------
// The document

/** "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" as stored → the printed lines; nothing stored → placeholders. */
function signatureOf(plan: PlanDetailDto): DocumentModel['signature'] {
  const lines = (plan.signerTitle ?? '')
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  return { name: plan.signerName?.trim() || null, title: lines[lines.length - 1] ?? null, ...(lines.length ? { lines } : {}) };
}

function structuredInput(plan: PlanDetailDto, ctx: PlanExportContext): Partial<PlanDocumentInput> {
  const milestones = plan.milestones.filter((m) => !m.cancelled);
  return {
    purposes: plan.summary ? [plan.summary] : [],
    contentAreas: plan.contentAreas.map((c) => ({ title: c.title, text: c.description ?? null })),
    targets: plan.targets.map((t) => t.text),
    activities: plan.activities.map((a) => ({
      content: a.content,
      lead: a.leadUnitName ?? (a.leadUnitId ? (ctx.unitNames.get(a.leadUnitId) ?? null) : null) ?? a.leadText ?? null,
      coordinating: [
        ...a.coordinatingUnitIds.map((id) => ctx.unitNames.get(id)).filter((n): n is string => !!n),
        ...(a.coordinatingText ? [a.coordinatingText] : []),
      ],
      due: a.dueDate,
      output: a.expectedOutputs ?? null,
    })),
    reporting: milestones.map((m) => ({
      title: m.title,
      deadline: m.phrase || describeDeadline({ due: m.dueDate, inclusive: m.inclusive }),
    })),
  };
}

/** The plan's document model; a draft or an incomplete plan is marked "DỰ THẢO" with placeholders. */
export function planDocumentModel(plan: PlanDetailDto, ctx: PlanExportContext): DocumentModel {
  const issuer = issuerInput(ctx.issuer, ctx.ancestors, plan.place);
  const fromText = plan.sections.length ? planSections(plan.sections) : null;
  const preamble = plan.preamble.map((p) => p.trim()).filter(Boolean);
  const input: PlanDocumentInput = {
    issuer,
    signer: { name: plan.signerName, title: null },
    year: plan.year,
    title: plan.title,
    issuedOn: plan.issuedOn && isLocalDate(plan.issuedOn) ? plan.issuedOn : null,
    draft: plan.status === 'draft',
    legalBases: preamble.length ? [] : plan.legalBases.map(legalReferenceOf),
    ...(preamble.length ? { leadIn: null } : {}),
    ...(plan.recipients.length ? { recipients: plan.recipients } : {}),
    ...(fromText ? { sections: fromText.sections, closing: fromText.closing } : structuredInput(plan, ctx)),
  };
  const base =
    ctx.parent && plan.parentPlanId
      ? buildUnitPlanDocument({
          ...input,
          parentPlan: {
            kind: 'Kế hoạch',
            number: ctx.parent.number,
            date: ctx.parent.issuedOn && isLocalDate(ctx.parent.issuedOn) ? ctx.parent.issuedOn : null,
            issuer: ctx.parent.issuerName,
          },
          parentPlanTitle: ctx.parent.title,
        })
      : buildPlanDocument(input);
  const hasArchiveLine = plan.recipients.some((r) => /^\s*-?\s*lưu\b/iu.test(r));
  const model: DocumentModel = {
    ...base,
    number: plan.number?.trim() || base.number,
    signature: signatureOf(plan),
    ...(preamble.length ? { preamble: preamble.map((text) => ({ kind: 'paragraph' as const, text })) } : {}),
    ...(hasArchiveLine ? { archive: [] } : {}),
  };
  return documentGaps(model).length ? { ...model, draft: true } : model;
}

export const exportPlanDocx = (plan: PlanDetailDto, ctx: PlanExportContext): Promise<Buffer> => renderDocx(planDocumentModel(plan, ctx));

// ---------------------------------------------------------------------------------------------------
// The công văn đôn đốc

/** What a deadline's deliverable is called in running text. */
function deliverableText(m: PlanDetailDto['milestones'][number]): string {
  const title = m.title.trim();
  return title.charAt(0).toLocaleLowerCase('vi-VN') + title.slice(1);
}

/**
 * The reminder letter to the units still owing a deadline's deliverable at `asOf` (from live
 * compliance), issued by the plan's issuer; unsigned and unnumbered, it is a "DỰ THẢO".
 */
export function reminderLetterModel(
  plan: PlanDetailDto,
  ctx: PlanExportContext,
  milestone: PlanDetailDto['milestones'][number],
  behind: readonly { name: string; status: string }[],
  asOf: string,
  newDeadline: string | null,
): DocumentModel {
  const issuer = issuerInput(ctx.issuer, ctx.ancestors, plan.place);
  const model = buildReminderLetter({
    issuer,
    signer: { name: null, title: null },
    draft: true,
    deliverable: deliverableText(milestone),
    plan: {
      kind: 'Kế hoạch',
      number: plan.number,
      date: plan.issuedOn && isLocalDate(plan.issuedOn) ? plan.issuedOn : null,
      issuer: ctx.issuer.name,
    },
    planTitle: plan.title,
    deadlinePhrase: milestone.phrase || describeDeadline({ due: milestone.dueDate, inclusive: milestone.inclusive }),
    asOf: isLocalDate(asOf) ? asOf : milestone.dueDate,
    units: behind,
    newDeadline: newDeadline && isLocalDate(newDeadline) ? newDeadline : null,
  });
  return model;
}

export const reminderLetterDocx = (...args: Parameters<typeof reminderLetterModel>): Promise<Buffer> =>
  renderDocx(reminderLetterModel(...args));
