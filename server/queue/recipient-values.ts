// Validation of the values a patch may put into a queued recipient.
import {
  DELIVERY_ERROR_TYPES,
  type QueueExpiry,
  type QueuedRecipient,
  type RecipientStatus,
} from './queued-message-types';
import { parseUtcDateTime } from './utc-date';

/** A value problem, reported as invalidPatch with the given description. */
export class PatchValueError extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function dateValue(v: unknown): number {
  const seconds = parseUtcDateTime(v);
  if (seconds === null) throw new PatchValueError('Invalid value for UTCDateTime property');
  return seconds;
}

export function unsignedValue(v: unknown): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
    throw new PatchValueError('Invalid value for unsigned integer property');
  }
  return v;
}

export function nullableString(v: unknown): string | null {
  if (v !== null && typeof v !== 'string') throw new PatchValueError('Invalid value for string property');
  return v;
}

export function objectValue(v: unknown): Record<string, unknown> {
  if (!isObject(v)) throw new PatchValueError('Invalid value for object property');
  return v;
}

export function expiryValue(v: unknown): QueueExpiry {
  const o = objectValue(v);
  if (o['@type'] === 'Ttl') {
    onlyKeys(o, ['@type', 'expiresAt']);
    return { kind: 'Ttl', expiresAt: dateValue(o.expiresAt) };
  }
  if (o['@type'] === 'Attempts') {
    onlyKeys(o, ['@type', 'expiresAttempts']);
    return { kind: 'Attempts', expiresAttempts: o.expiresAttempts === undefined ? 0 : unsignedValue(o.expiresAttempts) };
  }
  throw new PatchValueError('Invalid value for object property');
}

const RESPONSE_KEYS = ['responseHostname', 'responseCode', 'responseEnhanced', 'responseMessage'];
const ERROR_KEYS = ['errorType', 'errorMessage', 'errorCommand', ...RESPONSE_KEYS];

export function statusValue(v: unknown): RecipientStatus {
  const o = objectValue(v);
  const type = o['@type'];
  if (type === 'Scheduled') {
    onlyKeys(o, ['@type']);
    return { '@type': 'Scheduled' };
  }
  if (type === 'Completed') {
    onlyKeys(o, ['@type', ...RESPONSE_KEYS]);
    return { '@type': 'Completed', ...responseFields(o) };
  }
  if (type === 'TemporaryFailure' || type === 'PermanentFailure') {
    onlyKeys(o, ['@type', ...ERROR_KEYS]);
    if (!(DELIVERY_ERROR_TYPES as readonly unknown[]).includes(o.errorType)) {
      throw new PatchValueError('Invalid value for enum property');
    }
    const errorType = o.errorType as (typeof DELIVERY_ERROR_TYPES)[number];
    const out = { '@type': type, errorType, ...responseFields(o) } as RecipientStatus & Record<string, unknown>;
    for (const key of ['errorMessage', 'errorCommand'] as const) {
      const s = nullableString(o[key] ?? null);
      if (s !== null) out[key] = s;
    }
    return out;
  }
  throw new PatchValueError('Invalid value for object property');
}

function responseFields(o: Record<string, unknown>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const key of ['responseHostname', 'responseEnhanced', 'responseMessage']) {
    const s = nullableString(o[key] ?? null);
    if (s !== null) out[key] = s;
  }
  if (o.responseCode !== undefined && o.responseCode !== null) {
    const code = unsignedValue(o.responseCode);
    if (code < 100 || code > 599) throw new PatchValueError('Invalid value for unsigned integer property');
    out.responseCode = code;
  }
  return out;
}

function onlyKeys(o: Record<string, unknown>, allowed: string[]): void {
  for (const key of Object.keys(o)) if (!allowed.includes(key)) throw new PatchValueError('Invalid property');
}

/** The recipient fields a client may write, and how each value is read. */
export const MUTABLE_RECIPIENT_FIELDS = {
  status: (r: QueuedRecipient, v: unknown) => void (r.status = statusValue(v)),
  retryDue: (r: QueuedRecipient, v: unknown) => void (r.retryDue = dateValue(v)),
  retryCount: (r: QueuedRecipient, v: unknown) => void (r.retryCount = unsignedValue(v)),
  notifyDue: (r: QueuedRecipient, v: unknown) => void (r.notifyDue = dateValue(v)),
  notifyCount: (r: QueuedRecipient, v: unknown) => void (r.notifyCount = unsignedValue(v)),
  expires: (r: QueuedRecipient, v: unknown) => void (r.expires = expiryValue(v)),
  orcpt: (r: QueuedRecipient, v: unknown) => void (r.orcpt = nullableString(v)),
} as const;

export const READ_ONLY_RECIPIENT_FIELDS = ['queueName', 'flags'] as const;
