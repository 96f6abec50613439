// An existing milter: saves send only the changed properties, after checking nobody else changed
// them since the milter was loaded (otherwise the form's conflict dialog opens).
import { SchemaForm } from '../../forms/schema-form';
import { useEditSubmit } from '../../forms/use-edit-submit';
import { Link } from '@tanstack/react-router';
import { mtaMilterSchema } from '../../schema/mta-milter';
import { fromWireObject } from '../../schema/wire-codec';
import { milterErrorOptions, milterFields } from './milter-fields';
import { useUpdateMilter } from './milter-mutations';
import { MILTER_LIST_PATH } from './milter-paths';
import type { LoadedMilter } from './milter-queries';
import { useDuplicateWarnings } from './use-duplicate-warnings';

const toModel = (loaded: LoadedMilter) => fromWireObject(milterFields, loaded.object as unknown as Record<string, unknown>);

export function MilterEditForm({ loaded, readOnly }: { loaded: LoadedMilter; readOnly: boolean }) {
  const update = useUpdateMilter();
  const warnings = useDuplicateWarnings(loaded.object.id);
  const { model, onSubmit } = useEditSubmit({
    loaded,
    fields: milterFields,
    toModel,
    save: (patch, base, properties) => update.mutateAsync({ id: base.id, patch, base, properties }),
    errorOptions: milterErrorOptions,
    goneMessage: 'This milter was deleted by someone else.',
  });

  return (
    <SchemaForm
      id="milter"
      schema={mtaMilterSchema}
      defaultValues={model}
      mode="edit"
      readOnly={readOnly}
      onSubmit={onSubmit}
      warnings={readOnly ? undefined : warnings}
      actions={
        <Link to={MILTER_LIST_PATH} className="button button--secondary">
          Back to milters
        </Link>
      }
    />
  );
}
