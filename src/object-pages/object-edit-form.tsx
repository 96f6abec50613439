// An existing object's form: the fields of the object (or of its variant); saves send only the
// changed properties, after the object layer's re-read conflict check.
import { useCallback, useMemo } from 'react';
import { SchemaForm } from '../forms/schema-form';
import type { Loaded } from '../objects/save-object';
import { useObjectEditForm } from '../objects/use-object-form';
import { PathLink } from '../router/path-link';
import { fromWireObject } from '../schema/wire-codec';
import type { z } from 'zod';
import { errorOptions, fieldsOf, layerDef } from './object-layer';
import { formId, type ObjectPageOverrides, type ObjectRow, type ScreenDefinition } from './page-options';

const noWarnings = () => () => ({});

export interface ObjectEditFormProps {
  definition: ScreenDefinition;
  overrides: ObjectPageOverrides;
  loaded: Loaded<ObjectRow>;
  schema: z.ZodObject;
  variant: string | undefined;
  readOnly: boolean;
}

export function ObjectEditForm({ definition, overrides, loaded, schema, variant, readOnly }: ObjectEditFormProps) {
  const { screens } = definition;
  const fields = useMemo(() => fieldsOf(definition, variant), [definition, variant]);
  const warnings = (overrides.useWarnings ?? noWarnings)(loaded.object.id);
  const toModel = useCallback((l: Loaded<ObjectRow>) => fromWireObject(fields, l.object), [fields]);
  const { defaultValues, onSubmit } = useObjectEditForm({
    def: layerDef(definition),
    noun: screens.noun.singular,
    loaded: loaded as never,
    fields,
    toModel: toModel as never,
    errorOptions: errorOptions(definition, fields),
    goneMessage: `This ${screens.noun.singular} was deleted by someone else.`,
  });

  return (
    <SchemaForm
      id={formId(screens)}
      schema={schema}
      defaultValues={defaultValues}
      mode="edit"
      readOnly={readOnly}
      onSubmit={onSubmit}
      warnings={readOnly || !overrides.useWarnings ? undefined : warnings}
      actions={
        <PathLink to={screens.basePath} className="button button--secondary">
          Back to {screens.noun.plural}
        </PathLink>
      }
    />
  );
}
