// What the unit reads when its report is decided (the in-app notification, and the e-mail made from it):
// who decided, the general comment, and each section comment under the section's title, in the form's order.
import type { ReportFormSectionRow } from '../../db/schema.ts';

const DECIDER: Record<'returned' | 'accepted' | 'reopened', string> = {
  returned: 'Người trả lại',
  accepted: 'Người tiếp nhận',
  reopened: 'Người mở lại',
};

/** Notification bodies are capped; the link leads to the full comments. */
const MAX_BODY = 2000;

export function decisionNoticeBody(input: {
  decision: keyof typeof DECIDER;
  deciderName: string;
  comment: string | null;
  sectionComments: Record<string, string>;
  sections: readonly Pick<ReportFormSectionRow, 'code' | 'title'>[];
}): string {
  const known = input.sections.filter((s) => input.sectionComments[s.code]);
  const unknown = Object.keys(input.sectionComments).filter((code) => !input.sections.some((s) => s.code === code));
  const lines = [
    `${DECIDER[input.decision]}: ${input.deciderName}.`,
    ...(input.comment ? [`Ý kiến chung: ${input.comment}`] : []),
    ...(known.length + unknown.length ? ['Ý kiến theo từng mục:'] : []),
    ...known.map((s) => `- Mục “${s.title}”: ${input.sectionComments[s.code]}`),
    ...unknown.map((code) => `- Mục ${code}: ${input.sectionComments[code]}`),
  ];
  return lines.join('\n').slice(0, MAX_BODY);
}
