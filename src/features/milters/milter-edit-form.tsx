// An existing milter: saves send only the changed properties, guarded by the state it was loaded
// at; a stateMismatch opens the form's conflict dialog (Reload or Overwrite).
import { useMemo } from 'react';
import { SchemaForm } from '../../forms/schema-form';
import type { SaveOutcome, SubmitChanges } from '../../forms/save-outcome';
import { describeJmapError, setErrorToFieldErrors } from '../../jmap/errors';
import { Link } from '../../router/link';
import { mtaMilterSchema } from '../../schema/mta-milter';
import { fromWireObject, toWirePatch } from '../../schema/wire-codec';
import { useConflictBaseline } from '../../forms/conflict-baseline';
import { milterErrorOptions, milterFields } from './milter-fields';
import { useUpdateMilter } from './milter-mutations';
import { MILTER_LIST_PATH } from './milter-paths';
import type { LoadedMilter } from './milter-queries';

const toModel = (loaded: LoadedMilter) => fromWireObject(milterFields, loaded.object as unknown as Record<string, unknown>);

export function MilterEditForm({ loaded, readOnly }: { loaded: LoadedMilter; readOnly: boolean }) {
  const update = useUpdateMilter();
  const model = useMemo(() => toModel(loaded), [loaded]);
  const baseline = useConflictBaseline(loaded, milterFields, toModel);

  const onSubmit = async (next: Record<string, unknown>, { force }: SubmitChanges): Promise<SaveOutcome> => {
    const base = baseline.baseFor(next, force === true);
    const patch = toWirePatch(milterFields, toModel(base), next);
    if (Object.keys(patch).length === 0) return { ok: true };
    const outcome = await update.mutateAsync({ id: base.object.id, patch, base, force: force === true });
    switch (outcome.kind) {
      case 'saved':
        return { ok: true };
      case 'rejected':
        return { ok: false, ...setErrorToFieldErrors(outcome.error, milterErrorOptions) };
      case 'conflict':
        if (outcome.server === null) return { ok: false, formError: 'This milter was deleted by someone else.' };
        return { ok: false, conflict: baseline.conflict(outcome.server) };
      case 'failed':
        return { ok: false, formError: describeJmapError(outcome.error) };
    }
  };

  return (
    <SchemaForm
      id="milter"
      schema={mtaMilterSchema}
      defaultValues={model}
      mode="edit"
      readOnly={readOnly}
      onSubmit={onSubmit}
      actions={
        <Link to={MILTER_LIST_PATH} className="button button--secondary">
          Back to milters
        </Link>
      }
    />
  );
}
