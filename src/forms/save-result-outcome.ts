// A save's result from the server (src/jmap/save-object) as the form engine's SaveOutcome.
import { describeJmapError } from '../jmap/errors';
import { setErrorToFieldErrors, type SetErrorMessageOptions } from '../jmap/set-error-messages';
import type { Loaded, SaveResult } from '../jmap/save-object';
import type { SaveOutcome } from './save-outcome';

/** `server` is the object as it is now, null when it no longer exists. */
export type ConflictToOutcome<O> = (server: Loaded<O> | null) => SaveOutcome;

// A create form has no baseline to compare with, so a conflict there is only reported.
const refused: ConflictToOutcome<unknown> = () => ({ ok: false, formError: 'The server refused the change.' });

export function saveResultToOutcome<O>(
  result: SaveResult<O>,
  errorOptions: SetErrorMessageOptions,
  onConflict: ConflictToOutcome<O> = refused,
): SaveOutcome {
  switch (result.kind) {
    case 'saved':
      return { ok: true };
    case 'rejected':
      return { ok: false, ...setErrorToFieldErrors(result.error, errorOptions) };
    case 'conflict':
      return onConflict(result.server);
    case 'failed':
      return { ok: false, formError: describeJmapError(result.error) };
  }
}
