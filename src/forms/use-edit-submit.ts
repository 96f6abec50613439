// The save handler of a form over an existing object: it sends only the changed properties,
// computed against the conflict baseline; a change by someone else opens the form's conflict dialog.
import { useMemo } from 'react';
import type { SetErrorMessageOptions } from '../jmap/set-error-messages';
import type { Loaded, SaveResult } from '../jmap/save-object';
import type { FieldDescriptor } from '../schema/field-descriptor';
import { toWirePatch } from '../schema/wire-codec';
import { useConflictBaseline } from './conflict-baseline';
import type { SaveOutcome, SubmitChanges } from './save-outcome';
import { saveResultToOutcome } from './save-result-outcome';

type Model = Record<string, unknown>;

export interface EditSubmitOptions<O> {
  loaded: Loaded<O>;
  fields: readonly FieldDescriptor[];
  /** Must not change between renders: the form's values are memoized on `loaded` alone. */
  toModel: (loaded: Loaded<O>) => Model;
  /** Sends the patch if the form's properties are unchanged on the server since `base`. */
  save: (patch: Model, base: O, properties: readonly string[]) => Promise<SaveResult<O>>;
  errorOptions: SetErrorMessageOptions;
  /** The form error when the object is no longer on the server. */
  goneMessage: string;
}

/** The form's values and its onSubmit. */
export function useEditSubmit<O>({ loaded, fields, toModel, save, errorOptions, goneMessage }: EditSubmitOptions<O>) {
  const model = useMemo(() => toModel(loaded), [loaded]);
  const baseline = useConflictBaseline(loaded, fields, toModel);
  const properties = useMemo(() => fields.map((f) => f.name), [fields]);

  const onSubmit = async (next: Model, { resolvedConflict }: SubmitChanges): Promise<SaveOutcome> => {
    const base = baseline.baseFor(resolvedConflict === true);
    const patch = toWirePatch(fields, toModel(base), next);
    if (Object.keys(patch).length === 0) return { ok: true };
    const outcome = await save(patch, base.object, properties);
    return saveResultToOutcome(outcome, errorOptions, (server) =>
      server === null ? { ok: false, formError: goneMessage } : { ok: false, conflict: baseline.conflict(server, next) },
    );
  };
  return { model, onSubmit };
}
