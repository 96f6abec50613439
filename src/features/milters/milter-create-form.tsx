// A new milter: the schema's defaults, validated before anything is sent, a warning when another
// milter already has the same host and port; once created, its page says so and shows what the
// server stored.
import { useMemo } from 'react';
import { SchemaForm } from '../../forms/schema-form';
import { Link } from '@tanstack/react-router';
import { useObjectCreateForm } from '../../objects/use-object-form';
import { mtaMilterSchema } from '../../schema/mta-milter';
import { fromWireObject } from '../../schema/wire-codec';
import { milterErrorOptions, milterFields } from './milter-fields';
import { MILTER_LIST_PATH, milterPath } from './milter-paths';
import { milterObject } from './milter-queries';
import { useDuplicateWarnings } from './use-duplicate-warnings';

export function MilterCreateForm() {
  const warnings = useDuplicateWarnings(null);
  const defaults = useMemo(() => ({ ...fromWireObject(milterFields, {}), hostname: '' }), []);
  const onSubmit = useObjectCreateForm({
    def: milterObject,
    fields: milterFields,
    pathOf: (milter) => milterPath(milter.id),
    noun: 'milter',
    errorOptions: milterErrorOptions,
  });

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
