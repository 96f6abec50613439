// A save's result from the server (save-object.ts) as the answer the form engine takes: the wording
// of transport errors and of SetErrors, per field, happens here, not in the form engine.
import type { CreateAnswer, SaveRefusal, UpdateAnswer } from '../forms/save-outcome';
import { describeJmapError } from '../jmap/describe-jmap-error';
import type { Loaded, SaveResult } from './save-object';
import { setErrorToFieldErrors, type SetErrorMessageOptions } from './set-error-messages';

type Unsaved<O> = Exclude<SaveResult<O>, { kind: 'saved' }>;

function refusal<O>(result: Exclude<Unsaved<O>, { kind: 'conflict' }>, errorOptions: SetErrorMessageOptions): SaveRefusal {
  return result.kind === 'rejected'
    ? { ok: false, ...setErrorToFieldErrors(result.error, errorOptions) }
    : { ok: false, formError: describeJmapError(result.error) };
}

/** An edit form's answer; a conflict carries the server's copy for the form's dialog. */
export function toUpdateAnswer<O>(result: SaveResult<O>, errorOptions: SetErrorMessageOptions): UpdateAnswer<Loaded<O>> {
  if (result.kind === 'saved') return { ok: true };
  if (result.kind === 'conflict') return { ok: false, changedOnServer: true, server: result.server };
  return refusal(result, errorOptions);
}

/** A create form's answer. A create has no baseline, so a conflict cannot happen: it is only reported. */
export function toCreateAnswer<O>(result: SaveResult<O>, errorOptions: SetErrorMessageOptions): CreateAnswer<O> {
  if (result.kind === 'saved') return { ok: true, stored: result.loaded.object };
  if (result.kind === 'conflict') return { ok: false, formError: 'The server refused the change.' };
  return refusal(result, errorOptions);
}
