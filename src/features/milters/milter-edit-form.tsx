// An existing milter: saves send only the changed properties, after checking nobody else changed
// them since the milter was loaded (otherwise the form's conflict dialog opens).
import { SchemaForm } from '../../forms/schema-form';
import { Link } from '@tanstack/react-router';
import { useObjectEditForm } from '../../objects/use-object-form';
import { mtaMilterSchema } from '../../schema/mta-milter';
import { fromWireObject } from '../../schema/wire-codec';
import { milterErrorOptions, milterFields } from './milter-fields';
import { MILTER_LIST_PATH } from './milter-paths';
import { milterObject, type LoadedMilter } from './milter-queries';
import { useDuplicateWarnings } from './use-duplicate-warnings';

const toModel = (loaded: LoadedMilter) => fromWireObject(milterFields, loaded.object);

export function MilterEditForm({ loaded, readOnly }: { loaded: LoadedMilter; readOnly: boolean }) {
  const warnings = useDuplicateWarnings(loaded.object.id);
  const { defaultValues, onSubmit } = useObjectEditForm({
    def: milterObject,
    noun: 'milter',
    loaded,
    fields: milterFields,
    toModel,
    errorOptions: milterErrorOptions,
    goneMessage: 'This milter was deleted by someone else.',
  });

  return (
    <SchemaForm
      id="milter"
      schema={mtaMilterSchema}
      defaultValues={defaultValues}
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
