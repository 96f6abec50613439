// A new object: the schema's defaults (text fields start empty), validated before anything is sent;
// once created, its page says so and shows what the server stored.
import { useMemo } from 'react';
import type { z } from 'zod';
import { SchemaForm } from '../forms/schema-form';
import { useObjectCreateForm } from '../objects/use-object-form';
import { PathLink } from '../router/path-link';
import { fromWireObject } from '../schema/wire-codec';
import { errorOptions, fieldsOf, layerDef } from './object-layer';
import { formId, objectPath, type ObjectPageOverrides, type ScreenDefinition } from './page-options';

const TEXT_KINDS = new Set(['string', 'text', 'uri', 'emailAddress', 'ipAddress']);
const noWarnings = () => () => ({});

export interface ObjectCreateFormProps {
  definition: ScreenDefinition;
  overrides: ObjectPageOverrides;
  schema: z.ZodObject;
  /** The variant being created, for a multi-variant object. */
  variant?: string;
}

export function ObjectCreateForm({ definition, overrides, schema, variant }: ObjectCreateFormProps) {
  const { screens } = definition;
  const fields = useMemo(() => fieldsOf(definition, variant), [definition, variant]);
  const warnings = (overrides.useWarnings ?? noWarnings)(null);
  const defaults = useMemo(() => {
    const model = fromWireObject(fields, {});
    for (const field of fields) if (TEXT_KINDS.has(field.kind) && model[field.name] === undefined && !field.nullable) model[field.name] = '';
    return model;
  }, [fields]);
  const onSubmit = useObjectCreateForm({
    def: layerDef(definition),
    fields,
    ...(variant ? { extra: { '@type': variant } } : {}),
    pathOf: (created) => objectPath(screens, created.id),
    noun: screens.noun.singular,
    errorOptions: errorOptions(definition, fields),
  });

  return (
    <SchemaForm
      id={formId(screens)}
      schema={schema}
      defaultValues={defaults}
      mode="create"
      submitLabel={`Create ${screens.noun.singular}`}
      onSubmit={onSubmit}
      warnings={overrides.useWarnings ? warnings : undefined}
      actions={
        <PathLink to={screens.basePath} className="button button--secondary">
          Cancel
        </PathLink>
      }
    />
  );
}
