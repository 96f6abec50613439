// What the object layer needs of an object's definition: its type name. Structural, so that a full
// catalog definition (defineObject: name, kind, schema, permissions, indexes, screens) fits as is.
import type { TypesWith } from '../jmap/methods';

/** Types that can be both read and written (x:Action is create-only and has no /get). */
export type SaveableType = Extract<TypesWith<'set'>, TypesWith<'get'>>;

/** Types whose objects can be listed by /query and read by /get. */
export type ListableType = Extract<TypesWith<'query'>, TypesWith<'get'>>;

export interface ObjectDef<T extends string = string> {
  readonly name: T;
}
