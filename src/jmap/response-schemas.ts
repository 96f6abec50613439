// The one check of every method answer at the boundary: /get, /set and /query answers by their
// standard shapes (RFC 8620 §5, as Stalwart 0.16 sends them), /get lists by the object's schema.
// A mismatch becomes a message naming the method and the property, never a blank screen.
import { z } from 'zod';
import { wireObjectSchemas } from './wire-object-schemas';

const id = z.string();
const setError = z.looseObject({
  type: z.string(),
  description: z.string().nullish(),
  properties: z.array(z.string()).nullish(),
  validationErrors: z
    .array(z.looseObject({ type: z.string(), property: z.string(), value: z.unknown().optional(), required: z.number().optional() }))
    .nullish(),
});
const setErrors = z.record(z.string(), setError).nullish();

const queryResponse = z.looseObject({
  ids: z.array(id),
  position: z.number().int().nonnegative(),
  total: z.number().int().nonnegative().optional(),
  limit: z.number().int().nullish(),
});

const setResponse = z.looseObject({
  created: z.record(z.string(), z.looseObject({ id: id.optional() })).nullish(),
  updated: z.record(z.string(), z.unknown()).nullish(),
  destroyed: z.array(id).nullish(),
  notCreated: setErrors,
  notUpdated: setErrors,
  notDestroyed: setErrors,
});

function getResponse(type: string) {
  const object = (wireObjectSchemas[type] ?? z.looseObject({})).partial().extend({ id });
  return z.looseObject({ list: z.array(object), notFound: z.array(id).nullish() });
}

function schemaFor(method: string): z.ZodType | undefined {
  const [type = '', op] = method.split('/');
  if (op === 'get') return getResponse(type);
  if (op === 'set') return setResponse;
  if (op === 'query') return queryResponse;
  return undefined;
}

/** Undefined when the answer is as expected, else a sentence naming the method and property. */
export function checkMethodResponse(method: string, args: unknown): string | undefined {
  const schema = schemaFor(method);
  if (!schema) return undefined;
  const parsed = schema.safeParse(args);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length > 0 ? issue.path.map(String).join('/') : 'the answer';
  return `${method} answered an unexpected value at ${where}: ${issue.message}`;
}
