import { formatMessage } from '@dvcq/shared';
import { vi, type MessageKey } from './vi.ts';

export type { MessageKey } from './vi.ts';
export { AUDIT_ACTION_LABELS_VI, AUDIT_ENTITY_LABELS_VI, AUDIT_FIELD_LABELS_VI, AUDIT_HIDDEN_FIELDS } from './vi.ts';

const messages: Record<MessageKey, string> = vi;

/** Looks up a UI string and fills its {placeholders}. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return formatMessage(messages[key], params);
}

/** The raw message with its {placeholders} (and any <tag> markup, see rich.tsx). */
export function messageTemplate(key: MessageKey): string {
  return messages[key];
}
