// The one check of every method answer at the boundary: /get, /set and /query answers by their
// standard shapes (RFC 8620 §5, as Stalwart 0.16 sends them), /get lists by the object's schema.
// A mismatch becomes a message naming the method and the property, never a blank screen.
import { z } from 'zod';
import { catalog, isObjectName } from '../catalog';

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

/**
 * An object of a /get list: its wire schema with every property optional (a /get with `properties`
 * returns only those); unknown properties pass, as a newer server may add some.
 */
function listedObject(type: string): z.ZodType {
  const wire: z.ZodType = isObjectName(type) ? catalog[type].wire : z.object({});
  if (wire instanceof z.ZodObject) return wire.partial().extend({ id });
  if (!(wire instanceof z.ZodDiscriminatedUnion)) return wire;
  // Variants: every variant's properties, so that a wrong value is named, not "no variant matched".
  const shapes = (wire.options as z.ZodObject[]).map((o) => o.shape);
  return z.object(Object.assign({}, ...shapes)).partial().extend({ id, '@type': z.string().optional() });
}

function getResponse(type: string) {
  return z.looseObject({ list: z.array(listedObject(type)), notFound: z.array(id).nullish() });
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
