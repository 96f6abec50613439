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

/** A save that did not go through, as the form shows it. */
export type SaveRefusal = Exclude<SaveOutcome, { ok: true }>;

/** What a create answers the form: the object as the server stored it, or why not. */
export type CreateAnswer<O> = { ok: true; stored: O } | SaveRefusal;

/**
 * What an update answers the form: saved, refused, or changed by someone else since the form's base
 * (`server` is the loaded object as it is now, null when it no longer exists).
 */
export type UpdateAnswer<L> = { ok: true } | SaveRefusal | { ok: false; changedOnServer: true; server: L | null };

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
