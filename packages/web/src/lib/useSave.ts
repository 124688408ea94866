// The one way a screen saves: the API call runs with a loading state; on success the listed queries are
// refreshed and a Vietnamese confirmation is shown; on failure nothing typed is lost, the server's
// per-field messages sit next to their fields (antd forms) or are handed to the editor (`fieldErrors`),
// and the general message goes to an alert above the form (`summary`) or to a toast.
import { useRef, useState } from 'react';
import { App } from 'antd';
import type { FormInstance } from 'antd';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { ApiError, errorMessage } from '../api/client.ts';
import { applyServerErrors } from './forms.ts';

export interface SaveOptions<TVars, TResult> {
  /** The API call (from the feature's `<feature>Api.ts`). */
  run: (vars: TVars) => Promise<TResult>;
  /** The antd form whose fields receive the server's per-field messages; `submit()` validates it first. */
  form?: FormInstance;
  /** Top-level names of the form's fields; server messages for other paths go to the summary. */
  fields?: readonly string[];
  /** Server field paths → form field names where they differ. */
  rename?: Record<string, string> | ((error: ApiError) => Record<string, string>);
  /** Replaces the default mapping of errors onto the form (e.g. the plan form scrolls to the first one). */
  mapErrors?: (error: unknown) => { summary: string | null };
  /** Summary shown when `submit()` finds invalid fields (the fields show their own messages anyway). */
  invalidSummary?: string;
  /** Where the general message goes: an alert the screen renders from `summary`, or a toast. */
  errorDisplay?: 'summary' | 'toast';
  /** Runs first after success: update caches, close the dialog, navigate. */
  onSuccess?: (result: TResult, vars: TVars) => void | Promise<void>;
  /** Queries to refresh after success (awaited, so lists show the change when the message appears). */
  invalidate?: readonly QueryKey[];
  /** Confirmation toast; a function may return null for none. */
  success?: string | ((result: TResult, vars: TVars) => string | null);
  /** Seconds the confirmation stays (antd default: 3). */
  successDuration?: number;
  /** Runs after the error has been shown (e.g. fetch the latest version after a conflict). */
  onError?: (error: unknown) => void;
}

export interface Save<TVars, TResult> {
  /** Calls the API; resolves with the result, or undefined after a failure (already shown). Never rejects. */
  run: (vars: TVars) => Promise<TResult | undefined>;
  /** Validates the form, then runs with all its values (`getFieldsValue(true)`). */
  submit: () => Promise<TResult | undefined>;
  pending: boolean;
  /** The general message of the last failure (when `errorDisplay` is 'summary'). */
  summary: string | null;
  setSummary: (summary: string | null) => void;
  /** The last failure was a version conflict (someone else saved first): offer to reload. */
  conflict: boolean;
  /** The server's per-field messages of the last failure, keyed by field path. */
  fieldErrors: Record<string, string>;
  /** Forget the last failure. */
  clear: () => void;
}

/** Someone else saved the record since it was read (409 with a `…version_conflict` code). */
export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && error.code.endsWith('version_conflict');
}

export function useSave<TVars = void, TResult = unknown>(options: SaveOptions<TVars, TResult>): Save<TVars, TResult> {
  const { message } = App.useApp();
  const client = useQueryClient();
  const latest = useRef(options);
  latest.current = options;
  const [summary, setSummary] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const mutation = useMutation<TResult, unknown, TVars>({ mutationFn: (vars) => latest.current.run(vars) });

  const clear = () => {
    setSummary(null);
    setConflict(false);
    setFieldErrors({});
  };

  const showError = (error: unknown) => {
    const o = latest.current;
    const api = error instanceof ApiError ? error : null;
    setConflict(isVersionConflict(error));
    setFieldErrors(api?.fields ?? {});
    let general: string | null;
    if (o.mapErrors) general = o.mapErrors(error).summary;
    else if (o.form) {
      const rename = api && typeof o.rename === 'function' ? o.rename(api) : (o.rename as Record<string, string> | undefined);
      general = applyServerErrors(o.form, error, o.fields ?? [], rename ?? {}).summary;
    } else general = errorMessage(error);
    const display = o.errorDisplay ?? (o.form ? 'summary' : 'toast');
    if (display === 'summary') setSummary(general);
    else if (general) void message.error(general);
    o.onError?.(error);
  };

  const run = async (vars: TVars): Promise<TResult | undefined> => {
    clear();
    try {
      const result = await mutation.mutateAsync(vars);
      const o = latest.current;
      await o.onSuccess?.(result, vars);
      if (o.invalidate?.length) await Promise.all(o.invalidate.map((queryKey) => client.invalidateQueries({ queryKey })));
      const text = typeof o.success === 'function' ? o.success(result, vars) : o.success;
      if (text) void message.success(text, o.successDuration);
      return result;
    } catch (error) {
      showError(error);
      return undefined;
    }
  };

  const submit = async (): Promise<TResult | undefined> => {
    const form = latest.current.form;
    if (!form) throw new Error('useSave: submit() needs a form');
    try {
      await form.validateFields();
    } catch {
      setSummary(latest.current.invalidSummary ?? null);
      return undefined;
    }
    return run(form.getFieldsValue(true) as TVars);
  };

  return { run, submit, pending: mutation.isPending, summary, setSummary, conflict, fieldErrors, clear };
}
