// The neutral description of one field, built from a zod schema and its metadata.
// The sandbox validates wire values with it; the form engine picks widgets with it.

import type { StringRewrite } from './stored-form';

/** How a value travels on the wire (Stalwart 0.16 encodings). */
export type WireKind =
  | 'string'
  | 'text'
  | 'uri'
  | 'emailAddress'
  | 'ipAddress'
  | 'boolean'
  | 'integer'
  | 'unsignedInteger'
  | 'float'
  | 'size' // integer bytes
  | 'duration' // integer milliseconds, > 0
  | 'utcDateTime' // RFC 3339
  | 'enum'
  | 'set' // {"member": true}
  | 'expression' // {"match": {"0": {"if", "then"}}, "else"}
  | 'object'
  | 'map';

export type UpdateMode = 'mutable' | 'immutable' | 'serverSet';

export interface EnumOption {
  value: string;
  label: string;
}

export interface FieldDescriptor {
  name: string;
  kind: WireKind;
  label: string;
  description?: string;
  section?: string;
  placeholder?: string;
  nullable: boolean;
  /** Required on create: not nullable, no default, not server-set. */
  required: boolean;
  /** Default in wire form (what the server fills in when the field is omitted). */
  defaultValue?: unknown;
  min?: number;
  max?: number;
  /**
   * A ceiling the console keeps that the server does not check (beyond it the server would cut or
   * ignore the value): the form refuses more; the sandbox, like the server, accepts it.
   */
  consoleMax?: number;
  maxLength?: number;
  minItems?: number;
  /** Members of an enum, or of a set of enum values. */
  options?: EnumOption[];
  /** For a set: the kind of its members. */
  itemKind?: WireKind;
  update: UpdateMode;
  /** For an expression: the variable context its source is checked against. */
  expressionContext?: string;
  /** Widget override for the form engine (e.g. 'ladder'). */
  widget?: string;
  /** How the server rewrites a string before storing it (see stored-form.ts). */
  rewrites?: StringRewrite[];
}
