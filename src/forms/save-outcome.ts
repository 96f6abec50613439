// What a screen's save handler answers, and how server errors are spread over the form's fields.
import { type FieldErrorOption, toFieldErrorOptions } from './schema-resolver';

export interface SubmitChanges {
  /** Top-level fields the person changed since the form was loaded or last saved. */
  dirtyFieldNames: string[];
  /** Set when the values come from the conflict dialog: they were chosen against the server's copy. */
  resolvedConflict?: boolean;
}

export interface SaveConflict {
  /** The server's current object, in form-model shape. */
  serverModel: Record<string, unknown>;
  /** Fields someone else changed since the form was loaded. */
  changedFields: string[];
  /** Fields the person changed since the form was loaded. */
  editedFields: string[];
}

export type SaveOutcome =
  | { ok: true }
  | { ok: false; fieldErrors?: Record<string, string>; pathErrors?: Record<string, string>; formError?: string }
  | { ok: false; conflict: SaveConflict };

export interface PlacedServerErrors {
  byField: Record<string, FieldErrorOption>;
  formError?: string;
}

/**
 * Server errors on shown fields go next to them; errors naming a field the form does not show are
 * kept in the form-level message so that nothing the server said is lost.
 */
export function placeServerErrors(
  outcome: { fieldErrors?: Record<string, string>; pathErrors?: Record<string, string>; formError?: string },
  shownFields: ReadonlySet<string>,
  labelOf: (name: string) => string,
): PlacedServerErrors {
  const fieldErrors: Record<string, string> = { ...outcome.fieldErrors };
  const pathErrors = outcome.pathErrors ?? {};
  // A path error alone still marks its field.
  for (const [path, message] of Object.entries(pathErrors)) fieldErrors[path.split('/')[0]] ??= message;
  const shown: Record<string, string> = {};
  const stray: string[] = [];
  for (const [name, message] of Object.entries(fieldErrors)) {
    if (shownFields.has(name)) shown[name] = message;
    else stray.push(`${labelOf(name)}: ${message}`);
  }
  const formError = [outcome.formError, ...stray].filter(Boolean).join(' ') || undefined;
  return { byField: toFieldErrorOptions({ fieldErrors: shown, pathErrors }, 'server'), formError };
}
