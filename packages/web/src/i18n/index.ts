import { formatMessage } from '@dvcq/shared';
import { lookupMessage } from './messages.ts';
import type { MessageKey } from './vi.ts';
// The shared words (app name, buttons, loading) are on every screen; other areas register themselves
// when a screen using them loads (messages.ts).
import './vi/common.ts';

export type { MessageKey } from './vi.ts';

/** Looks up a UI string and fills its {placeholders}. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return formatMessage(lookupMessage(key), params);
}

/** The raw message with its {placeholders} (and any <tag> markup, see rich.tsx). */
export function messageTemplate(key: MessageKey): string {
  return lookupMessage(key);
}
