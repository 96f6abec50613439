// What the server does to some strings before storing them (registry/src/schema/structs_impl.rs
// with types/string.rs validators): a spam rule's name and a spam tag's name are upper-cased with
// white space removed,
// a milter's hostname and the spam rules URL are trimmed (all white space is invalidPatch).
import type { SetError } from '../jmap/method-types';
import { invalidPatch } from './set-errors';

type Normaliser = (value: string) => string | { problem: string };

const trim: Normaliser = (value) => (value.trim() === '' ? { problem: 'String cannot be empty' } : value.trim());
const ruleName: Normaliser = (value) => value.toUpperCase().replace(/\s/g, '');

const NORMALISERS: Record<string, Record<string, Normaliser>> = {
  'x:SpamRule': { name: ruleName },
  'x:SpamTag': { tag: ruleName },
  'x:MtaMilter': { hostname: trim },
  'x:SpamSettings': { spamFilterRulesUrl: trim },
};

export function normaliseString(objectName: string, property: string, value: unknown): { ok: true; value: unknown } | { ok: false; error: SetError } {
  const normalise = NORMALISERS[objectName]?.[property];
  if (!normalise || typeof value !== 'string') return { ok: true, value };
  const out = normalise(value);
  return typeof out === 'string' ? { ok: true, value: out } : { ok: false, error: invalidPatch(out.problem, property) };
}
