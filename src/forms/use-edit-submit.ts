// The save handler of a form over an existing object: it sends only the changed properties,
// computed against the conflict baseline; a change by someone else opens the form's conflict dialog.
import { useMemo } from 'react';
import type { FieldDescriptor } from '../schema/field-descriptor';
import { toWirePatch } from '../schema/wire-codec';
import { useConflictBaseline } from './conflict-baseline';
import type { SaveOutcome, SubmitChanges, UpdateAnswer } from './save-outcome';

type Model = Record<string, unknown>;

export interface EditSubmitOptions<L> {
  /** What the form was loaded from (the object as the server answered it). */
  loaded: L;
  fields: readonly FieldDescriptor[];
  /** Must not change between renders: the form's values are memoized on `loaded` alone. */
  toModel: (loaded: L) => Model;
  /** Sends the patch if the form's properties are unchanged on the server since `base`. */
  save: (patch: Model, base: L, properties: readonly string[]) => Promise<UpdateAnswer<L>>;
  /** The form error when the object is no longer on the server. */
  goneMessage: string;
}

/** The form's values and its onSubmit. */
export function useEditSubmit<L>({ loaded, fields, toModel, save, goneMessage }: EditSubmitOptions<L>) {
  const model = useMemo(() => toModel(loaded), [loaded]);
  const baseline = useConflictBaseline(loaded, fields, toModel);
  const properties = useMemo(() => fields.map((f) => f.name), [fields]);

  const onSubmit = async (next: Model, { resolvedConflict }: SubmitChanges): Promise<SaveOutcome> => {
    const base = baseline.baseFor(resolvedConflict === true);
    const patch = toWirePatch(fields, toModel(base), next);
    if (Object.keys(patch).length === 0) return { ok: true };
    const answer = await save(patch, base, properties);
    if (!('changedOnServer' in answer)) return answer;
    return answer.server === null ? { ok: false, formError: goneMessage } : { ok: false, conflict: baseline.conflict(answer.server, next) };
  };
  return { model, onSubmit };
}
