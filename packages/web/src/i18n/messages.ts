// The strings screens can show right now. Each area file under vi/ adds its own when a module that uses
// one of its keys is loaded, so an area's strings travel in the chunk of the screens that show them
// (issue 18: the sign-in form must not download every screen's words) while t() stays synchronous.
// strings.test.ts checks that every file using a key imports the key's area.
import type { MessageKey } from './vi.ts';

const messages: Partial<Record<MessageKey, string>> = {};

export function registerMessages(area: Partial<Record<MessageKey, string>>): void {
  Object.assign(messages, area);
}

/** The message of a key, or the key itself if its area was never loaded (a bug strings.test.ts prevents). */
export function lookupMessage(key: MessageKey): string {
  return messages[key] ?? key;
}
