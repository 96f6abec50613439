// A new milter: the schema's defaults, validated before anything is sent, a warning when another
// milter already has the same host and port; back to the list, which confirms the creation.
import { useMemo } from 'react';
import { SchemaForm } from '../../forms/schema-form';
import type { SaveOutcome } from '../../forms/save-outcome';
import { saveResultToOutcome } from '../../forms/save-result-outcome';
import type { MtaMilterCreate } from '../../jmap/object-types';
import { navigate } from '../../router/history';
import { Link } from '../../router/link';
import { mtaMilterSchema } from '../../schema/mta-milter';
import { fromWireObject, toWireCreate } from '../../schema/wire-codec';
import { milterErrorOptions, milterFields } from './milter-fields';
import { useCreateMilter } from './milter-mutations';
import { createdPath, MILTER_LIST_PATH } from './milter-paths';
import { useDuplicateWarnings } from './use-duplicate-warnings';

export function MilterCreateForm() {
  const create = useCreateMilter();
  const warnings = useDuplicateWarnings(null);
  const defaults = useMemo(() => ({ ...fromWireObject(milterFields, {}), hostname: '' }), []);

  const onSubmit = async (model: Record<string, unknown>): Promise<SaveOutcome> => {
    const wire = toWireCreate(milterFields, model) as MtaMilterCreate;
    const outcome = await create.mutateAsync(wire);
    if (outcome.kind === 'saved') void navigate(createdPath(outcome.loaded.object.id));
    return saveResultToOutcome(outcome, milterErrorOptions);
  };

  return (
    <SchemaForm
      id="milter"
      schema={mtaMilterSchema}
      defaultValues={defaults}
      mode="create"
      submitLabel="Create milter"
      onSubmit={onSubmit}
      warnings={warnings}
      actions={
        <Link to={MILTER_LIST_PATH} className="button button--secondary">
          Cancel
        </Link>
      }
    />
  );
}
