// The one definition of an `x:` object: what it is on the wire (pure, shared with the sandbox) and
// how the console presents it (`screens`, plain data). The JMAP method map, the sandbox's generic
// handlers and the console's screens all read these definitions.
import type { z } from 'zod';
import { describeFields } from './describe-fields';
import type { FieldDescriptor } from './field-descriptor';
import type { VariantModel } from './wire-schema';

/**
 * plain: a collection of one shape (get/set/query). multiVariant: a collection whose objects carry
 * `@type`. singleton: one object, id "singleton" (get/set, no create, no query). createOnly: set
 * with create alone (actions). queue: a server-fed collection (get/set/query, never created).
 */
export type ObjectKind = 'plain' | 'multiVariant' | 'singleton' | 'createOnly' | 'queue';

/** What /query accepts on a real server: its indexed properties, compared exactly. */
export interface ObjectIndexes<F extends string = string, S extends string = string> {
  /** Filter conditions (string values compared exactly, or the queue's ranges). */
  filters: readonly F[];
  /** Properties a sort may name; any other is `unsupportedSort`. */
  sorts: readonly S[];
}

export interface ListColumn {
  property: string;
  label: string;
}

/** How the console presents the object: plain data, no components. */
export interface ObjectScreens {
  noun: { singular: string; plural: string };
  /** The list page's heading and the line under it (the server WebUI's list title, subtitle). */
  title?: string;
  subtitle?: string;
  /** The property that names one object to people (in headings and delete confirmations). */
  labelProperty?: string;
  /** Where its pages live, e.g. "/settings/spam-filter/scores". */
  basePath: string;
  columns: readonly ListColumn[];
  /** Its place in the menu, e.g. ['Settings', 'Spam Filter', 'Scores']. */
  menu: readonly string[];
}

export interface ObjectDefinition<
  N extends string = string,
  K extends ObjectKind = ObjectKind,
  W = unknown,
  C = unknown,
  F extends string = string,
  S extends string = string,
> {
  name: N;
  kind: K;
  /** Permissions are this prefix + Get, Create, Update, Destroy, Query. */
  permissionPrefix: string;
  /** The fields of a single-shape object (form model with `.meta()` descriptors). */
  model?: z.ZodObject;
  /** The variants of a multi-variant object, or an action's. */
  variants?: readonly VariantModel[];
  /** The object as /get returns it. */
  wire: z.ZodType<W>;
  /** What /set create takes (absent: create is refused). */
  create?: z.ZodType<C>;
  /** What `created[clientId]` holds when it is more than the id (actions with results). */
  created?: z.ZodType;
  indexes: ObjectIndexes<F, S>;
  /** A property whose value is unique (primaryKeyViolation on a clash). */
  uniqueKey?: string;
  screens?: ObjectScreens;
}

/** Keeps the literal types of a definition (name, kind, index names) for the method map. */
export function defineObject<const D extends ObjectDefinition>(definition: D): D {
  return definition;
}

/** A /query filter of a definition: its indexed properties, each compared with a string. */
export type IndexFilter<D extends { indexes: ObjectIndexes }> = Partial<Record<D['indexes']['filters'][number], string>>;

/** The described fields of an object, or of one of its variants. */
export function definitionFields(definition: ObjectDefinition, variant?: string): FieldDescriptor[] | undefined {
  if (definition.variants) {
    const found = definition.variants.find((v) => v.type === variant);
    return found ? describeFields(found.model) : undefined;
  }
  return definition.model ? describeFields(definition.model) : undefined;
}
