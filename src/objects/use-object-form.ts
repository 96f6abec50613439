// What the form engine needs to edit or create one object: the default values and an onSubmit that
// answers a SaveOutcome. The saving (re-read conflict check, read-back after create) and the wording
// of server errors happen here; the form engine (src/forms) knows nothing of the server.
import { useCreateSubmit } from '../forms/use-create-submit';
import { useEditSubmit } from '../forms/use-edit-submit';
import type { ObjectOf } from '../jmap/methods';
import type { Id } from '../schema/wire-types';
import type { FieldDescriptor } from '../schema/field-descriptor';
import { objectMutations } from './object-mutations';
import type { ObjectDef, SaveableType } from './object-def';
import type { CreateOf, Loaded, Noun } from './save-object';
import { toCreateAnswer, toUpdateAnswer } from './save-result-outcome';
import type { SetErrorMessageOptions } from './set-error-messages';

type Model = Record<string, unknown>;

export interface ObjectEditFormOptions<T extends SaveableType> {
  def: ObjectDef<T>;
  /** How messages name the object ("milter", or { plural: "settings" }). */
  noun: Noun;
  loaded: Loaded<ObjectOf<T>>;
  /** The id saves go to (a singleton's fixed id); default: the loaded object's id. */
  id?: Id;
  fields: readonly FieldDescriptor[];
  /** Must not change between renders. */
  toModel: (loaded: Loaded<ObjectOf<T>>) => Model;
  errorOptions: SetErrorMessageOptions;
  /** The form error when the object is no longer on the server. */
  goneMessage: string;
}

/** `defaultValues` and `onSubmit` for a SchemaForm over an existing object. */
export function useObjectEditForm<T extends SaveableType>(options: ObjectEditFormOptions<T>) {
  const { def, noun, loaded, fields, toModel, errorOptions, goneMessage } = options;
  const update = objectMutations(def).useUpdate(noun);
  const id = options.id ?? (loaded.object as { id: Id }).id;
  const { model, onSubmit } = useEditSubmit({
    loaded,
    fields,
    toModel,
    save: async (patch, base, properties) =>
      toUpdateAnswer(await update.mutateAsync({ id, patch, base: base.object, properties }), errorOptions),
    goneMessage,
  });
  return { defaultValues: model, onSubmit };
}

export interface ObjectCreateFormOptions<T extends SaveableType> {
  def: ObjectDef<T>;
  /** Names the object in messages and is the creation id ("milter"). */
  noun: string;
  fields: readonly FieldDescriptor[];
  /** Properties sent besides the form's own, e.g. a rule's `@type`. */
  extra?: Model;
  /** The page of the new object, opened once it is stored. */
  pathOf: (created: { id: Id }) => string;
  errorOptions: SetErrorMessageOptions;
}

/** `onSubmit` for a SchemaForm that creates an object. */
export function useObjectCreateForm<T extends SaveableType>({ def, noun, fields, extra, pathOf, errorOptions }: ObjectCreateFormOptions<T>) {
  const create = objectMutations(def).useCreate(noun);
  return useCreateSubmit<{ id: Id }>({
    fields,
    ...(extra ? { extra } : {}),
    // The form's wire object is checked by the schema the form validated against.
    create: async (wire) => toCreateAnswer((await create.mutateAsync(wire as CreateOf<T>)) as never, errorOptions),
    pathOf,
    noun,
  });
}
