// Puts the server's per-field messages next to the fields of an antd form. Values stay as typed.
import type { FormInstance } from 'antd';
import { ApiError, errorMessage } from '../api/client.ts';

const CODE_FIELDS: Record<string, string> = {
  'user.username_taken': 'username',
  'org.code_taken': 'code',
  'auth.wrong_password': 'currentPassword',
  'auth.weak_password': 'newPassword',
  'auth.common_password': 'newPassword',
  'auth.same_password': 'newPassword',
};

export interface FormErrorResult {
  /** Message for an Alert above the form (the general message), or null when nothing to show. */
  summary: string | null;
}

/**
 * @param fieldNames top-level names of the form's fields; server messages for other paths go to the summary.
 * @param rename maps server field paths to form field names when they differ.
 */
export function applyServerErrors(
  form: FormInstance,
  error: unknown,
  fieldNames: readonly string[],
  rename: Record<string, string> = {},
): FormErrorResult {
  if (!(error instanceof ApiError)) return { summary: errorMessage(error) };
  const known = new Set(fieldNames);
  const fieldErrors: { name: (string | number)[]; errors: string[] }[] = [];
  // Some business errors name no field but clearly belong to one.
  const owner = CODE_FIELDS[error.code];
  if (owner && known.has(owner) && !Object.keys(error.fields).length) {
    form.setFields([{ name: owner, errors: [error.message] }]);
    return { summary: null };
  }
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(error.fields)) {
    const mapped = rename[path] ?? path;
    const name = mapped.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    const head = name[0];
    if (typeof head === 'string' && known.has(head)) fieldErrors.push({ name, errors: [message] });
    else unplaced.push(message);
  }
  if (fieldErrors.length) form.setFields(fieldErrors);
  // When every message sits next to its field, a banner repeating it only adds noise.
  const summary = fieldErrors.length && !unplaced.length ? null : [error.message, ...unplaced].join(' ');
  return { summary };
}
