// Messages with markup: `<b>…</b>`, `<link>…</link>` in a string become the React elements the screen
// passes for each tag, so a sentence with a bold part or a link stays one translatable string.
import { Fragment, type ReactNode } from 'react';
import { formatMessage } from '@dvcq/shared';
import { messageTemplate, type MessageKey } from './index.ts';

type TagRenderer = (children: ReactNode) => ReactNode;

/** Splits a template on `<tag>…</tag>` (not nested); the parts are formatted separately, so a value
 * containing "<" is never read as markup. */
export function splitTags(template: string): { tag: string | null; text: string }[] {
  const parts: { tag: string | null; text: string }[] = [];
  const re = /<(\w+)>([\s\S]*?)<\/\1>/g;
  let pos = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    if (m.index > pos) parts.push({ tag: null, text: template.slice(pos, m.index) });
    parts.push({ tag: m[1]!, text: m[2]! });
    pos = m.index + m[0].length;
  }
  if (pos < template.length) parts.push({ tag: null, text: template.slice(pos) });
  return parts;
}

export function tRich(key: MessageKey, params: Record<string, string | number> = {}, tags: Record<string, TagRenderer> = {}): ReactNode {
  return splitTags(messageTemplate(key)).map((p, i) => {
    const text = formatMessage(p.text, params);
    const render = p.tag ? tags[p.tag] : undefined;
    return <Fragment key={i}>{render ? render(text) : text}</Fragment>;
  });
}
