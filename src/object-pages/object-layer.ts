// The object layer for a definition known only at run time: the generic pages serve any listable,
// saveable type, which the method map cannot check for a name it does not know statically.
import type { ListableType, ObjectDef, SaveableType } from '../objects/object-def';
import { errorOptionsFor } from '../objects/error-options';
import type { SetErrorMessageOptions } from '../objects/set-error-messages';
import { definitionFields } from '../schema/define-object';
import type { FieldDescriptor } from '../schema/field-descriptor';
import type { ScreenDefinition } from './page-options';

/** The definition as the object layer takes it (the pages are only routed to listable types). */
export function layerDef(definition: ScreenDefinition): ObjectDef<ListableType & SaveableType> {
  return definition as unknown as ObjectDef<ListableType & SaveableType>;
}

/** The fields of the object, or of its variant `type`; empty for an unknown variant. */
export function fieldsOf(definition: ScreenDefinition, type?: string): readonly FieldDescriptor[] {
  return definitionFields(definition, type) ?? [];
}

export function errorOptions(definition: ScreenDefinition, fields: readonly FieldDescriptor[]): SetErrorMessageOptions {
  return errorOptionsFor(fields, definition.screens.noun.singular);
}

/** The variant of a multi-variant object named `type`, if there is one. */
export function variantOf(definition: ScreenDefinition, type: unknown) {
  return definition.variants?.find((v) => v.type === type);
}

/** The form model (zod object) of the object or of its variant. */
export function modelOf(definition: ScreenDefinition, type?: string) {
  return definition.variants ? variantOf(definition, type)?.model : definition.model;
}
