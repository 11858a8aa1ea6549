/**
 * What plugins report and how it becomes `status.message` (spec/admission.md §2.3).
 */
import type { FieldError } from '../field/field-error.js';
import { renderFieldError } from '../field/render.js';

/**
 * A plugin's error: a list of field errors (rendered `path: Type: detail`) or one plain text
 * (such as `internal error: admission request Resource field is unset`).
 */
export type PluginError = { readonly fields: readonly FieldError[] } | { readonly text: string };

/** A plain-text plugin error. */
export const textError = (text: string): PluginError => ({ text });

/** A plugin error of one field error. */
export const fieldError = (error: FieldError): PluginError => ({ fields: [error] });

/** A field-list plugin error, or undefined when the list is empty. */
export const fieldErrors = (fields: readonly FieldError[]): PluginError | undefined => (fields.length > 0 ? { fields } : undefined);

/**
 * The message of a denial: every error flattened in chain order, repeated texts dropped
 * (first kept); one text alone, several as `[a, b]`.
 * @param errors - the plugins' errors in chain order
 */
export function renderMessage(errors: readonly PluginError[]): string {
  const texts: string[] = [];
  for (const e of errors) {
    if ('text' in e) texts.push(e.text);
    else for (const f of e.fields) texts.push(renderFieldError(f));
  }
  const distinct = [...new Set(texts)];
  return distinct.length === 1 ? (distinct[0] as string) : `[${distinct.join(', ')}]`;
}
