// Apart from the error catalogue, so the web client fills its own messages without loading every code.

/** Fills {placeholders} of a message template. */
export function formatMessage(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
}
