// A new milter: the schema's defaults, validated before anything is sent, a warning when another
// milter already has the same host and port; once created, its page says so and shows what the
// server stored.
import { useMemo } from 'react';
import { SchemaForm } from '../../forms/schema-form';
import { useCreateSubmit } from '../../forms/use-create-submit';
import type { MtaMilterCreate } from '../../jmap/object-types';
import { Link } from '@tanstack/react-router';
import { mtaMilterSchema } from '../../schema/mta-milter';
import { fromWireObject } from '../../schema/wire-codec';
import { milterErrorOptions, milterFields } from './milter-fields';
import { useCreateMilter } from './milter-mutations';
import { MILTER_LIST_PATH, milterPath } from './milter-paths';
import { useDuplicateWarnings } from './use-duplicate-warnings';

export function MilterCreateForm() {
  const create = useCreateMilter();
  const warnings = useDuplicateWarnings(null);
  const defaults = useMemo(() => ({ ...fromWireObject(milterFields, {}), hostname: '' }), []);
  const onSubmit = useCreateSubmit({
    fields: milterFields,
    create: (wire) => create.mutateAsync(wire as unknown as MtaMilterCreate),
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
