// What the server does to some strings before storing them (registry/src/schema/structs_impl.rs
// with types/string.rs validators). A field whose definition declares `rewrites` (a spam rule's
// or a spam tag's name: upper-cased, white space removed) is stored in that form, the one the
// console shows while the person types. A milter's hostname and the spam rules URL are trimmed
// (all white space is invalidPatch); the console declares no rewrite for these, so they are listed here.
import type { FieldDescriptor } from '../../src/schema/field-descriptor';
import { storedForm } from '../../src/schema/stored-form';
import type { SetError } from '../jmap/method-types';
import { invalidPatch } from './set-errors';

type Normaliser = (value: string) => string | { problem: string };

const trim: Normaliser = (value) => (value.trim() === '' ? { problem: 'String cannot be empty' } : value.trim());

const TRIMMED: Record<string, Record<string, Normaliser>> = {
  'x:MtaMilter': { hostname: trim },
  'x:SpamSettings': { spamFilterRulesUrl: trim },
};

export function normaliseString(objectName: string, field: FieldDescriptor, value: unknown): { ok: true; value: unknown } | { ok: false; error: SetError } {
  if (typeof value !== 'string') return { ok: true, value };
  if (field.rewrites) return { ok: true, value: storedForm(value, field.rewrites) };
  const normalise = TRIMMED[objectName]?.[field.name];
  if (!normalise) return { ok: true, value };
  const out = normalise(value);
  return typeof out === 'string' ? { ok: true, value: out } : { ok: false, error: invalidPatch(out.problem, field.name) };
}
