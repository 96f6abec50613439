// Applies one x:QueuedMessage/set update, following Stalwart's queued_message_set: the patch is
// applied to a copy of the message (whose nextRetry starts unset, so only an explicit nextRetry
// reschedules), then the copy is merged back: recipients missing from it are canceled, the
// writable recipient fields are taken over, nextRetry moves every recipient that has not failed
// permanently, and a status patched to Scheduled requeues.
import type { ValidationError } from '../jmap/method-types';
import { cloneRecipient, mergeDraft, type Draft } from './patch-merge';
import type { QueuedMessage, QueuedRecipient } from './queued-message-types';
import {
  dateValue,
  MUTABLE_RECIPIENT_FIELDS,
  nullableString,
  objectValue,
  PatchValueError,
  READ_ONLY_RECIPIENT_FIELDS,
} from './recipient-values';

export interface PatchFailure {
  type: 'invalidPatch' | 'invalidProperties' | 'validationFailed';
  description: string;
  properties: string[];
  validationErrors?: ValidationError[];
}

export type PatchResult =
  | { ok: true; outcome: 'unchanged' | 'saved' | 'removed'; message: QueuedMessage }
  | { ok: false; error: PatchFailure };

const READ_ONLY = new Set(['id', 'createdAt', 'blobId', 'returnPath', 'size', 'flags', 'receivedFromIp', 'receivedViaPort', 'nextNotify']);

class PatchError extends Error {
  constructor(readonly failure: PatchFailure) {
    super(failure.description);
  }
}

const fail = (type: PatchFailure['type'], description: string, path: string): never => {
  throw new PatchError({ type, description, properties: [path] });
};

/** JSON pointer segments of a patch key ("~1" is "/", "~0" is "~"). */
export function pointerSegments(key: string): string[] {
  return key.split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `now` is Unix seconds; a nextRetry in the past means "now" (the UI sends 2000-01-01). */
export function applyQueuePatch(original: QueuedMessage, patch: Record<string, unknown>, now: number): PatchResult {
  const draft: Draft = {
    envId: original.envId,
    priority: original.priority,
    nextRetry: null,
    recipients: new Map(original.recipients.map((r) => [r.address, cloneRecipient(r)])),
  };
  try {
    for (const [key, value] of Object.entries(patch)) applyKey(draft, original, key, value);
  } catch (err) {
    if (err instanceof PatchError) return { ok: false, error: err.failure };
    throw err;
  }
  return mergeDraft(original, draft, now);
}

function applyKey(draft: Draft, original: QueuedMessage, key: string, value: unknown): void {
  const path = pointerSegments(key);
  const [head, ...rest] = path;
  try {
    if (head === 'recipients') return applyRecipients(draft, original, rest, value, key);
    if (READ_ONLY.has(head as string)) return fail('invalidPatch', 'Cannot modify read-only property', key);
    if (rest.length > 0) return fail('invalidPatch', 'Invalid property', key);
    switch (head) {
      case 'nextRetry':
        draft.nextRetry = value === null ? null : dateValue(value);
        return;
      case 'envId':
        draft.envId = nullableString(value);
        return;
      case 'priority':
        draft.priority = priorityValue(value, key);
        return;
      default:
        return fail('invalidPatch', 'Invalid property', key);
    }
  } catch (err) {
    if (err instanceof PatchValueError) return fail('invalidPatch', err.message, key);
    throw err;
  }
}

// The server never range-checks a queued message's priority (registry/mapping/queued_message.rs).
function priorityValue(value: unknown, _key: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new PatchValueError('Invalid value for integer property');
  return value;
}

function applyRecipients(draft: Draft, original: QueuedMessage, rest: string[], value: unknown, key: string): void {
  if (rest.length === 0) {
    // The whole map: addresses left out are canceled, the others take the given values.
    const map = objectValue(value);
    const next = new Map<string, QueuedRecipient>();
    for (const [address, rcptValue] of Object.entries(map)) {
      const current = draft.recipients.get(address) ?? originalRecipient(original, address);
      if (!current) return missingRecipient(address, `recipients/${escape(address)}`);
      next.set(address, replaceRecipient(current, rcptValue, `recipients/${escape(address)}`));
    }
    draft.recipients = next;
    return;
  }
  const [address, field, ...deeper] = rest as [string, ...string[]];
  const rcptPath = `recipients/${escape(address)}`;
  const current = draft.recipients.get(address);
  if (!current) return missingRecipient(address, rcptPath);
  if (field === undefined) {
    if (value === null) draft.recipients.delete(address);
    else draft.recipients.set(address, replaceRecipient(current, value, rcptPath));
    return;
  }
  if ((READ_ONLY_RECIPIENT_FIELDS as readonly string[]).includes(field)) {
    return fail('invalidPatch', 'Cannot modify read-only property', key);
  }
  if (!isMutableRecipientField(field)) return fail('invalidPatch', 'Invalid property', key);
  if (deeper.length === 0) {
    MUTABLE_RECIPIENT_FIELDS[field](current, value);
    return;
  }
  // One level further only into the expiry variant's own field.
  const sub = deeper.length === 1 ? deeper[0] : undefined;
  if (field === 'expires' && sub === 'expiresAt' && current.expires.kind === 'Ttl') {
    current.expires = { kind: 'Ttl', expiresAt: dateValue(value) };
  } else if (field === 'expires' && sub === 'expiresAttempts' && current.expires.kind === 'Attempts') {
    MUTABLE_RECIPIENT_FIELDS.expires(current, { '@type': 'Attempts', expiresAttempts: value });
  } else {
    fail('invalidPatch', 'Invalid property', key);
  }
}

/** Own keys only: "toString" or "__proto__" is an unknown property, not a member of Object.prototype. */
const isMutableRecipientField = (field: string): field is keyof typeof MUTABLE_RECIPIENT_FIELDS => Object.hasOwn(MUTABLE_RECIPIENT_FIELDS, field);

function originalRecipient(original: QueuedMessage, address: string): QueuedRecipient | undefined {
  const found = original.recipients.find((r) => r.address === address);
  return found && cloneRecipient(found);
}

function missingRecipient(address: string, path: string): never {
  return fail('invalidProperties', `Recipient '${address}' does not exist`, path);
}

/** A recipient object given whole; fields it leaves out keep their values. */
function replaceRecipient(current: QueuedRecipient, value: unknown, path: string): QueuedRecipient {
  const o = objectValue(value);
  const next = cloneRecipient(current);
  for (const [field, v] of Object.entries(o)) {
    const fieldPath = `${path}/${field}`;
    try {
      if (field === 'queueName' || field === 'flags') {
        // Echoing a server-set value back (as a UI resending the object does) is not a change.
        if (!sameServerSet(current, field, v)) fail('invalidPatch', 'Cannot modify read-only property', fieldPath);
      } else if (isMutableRecipientField(field)) {
        MUTABLE_RECIPIENT_FIELDS[field](next, v);
      } else {
        fail('invalidPatch', 'Invalid property', fieldPath);
      }
    } catch (err) {
      if (err instanceof PatchValueError) fail('invalidPatch', err.message, fieldPath);
      throw err;
    }
  }
  return next;
}

function sameServerSet(r: QueuedRecipient, field: 'queueName' | 'flags', v: unknown): boolean {
  if (field === 'queueName') return v === r.queueName;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const members = Object.entries(v).filter(([, on]) => on === true).map(([k]) => k).sort();
  return Object.keys(v).length === members.length && members.join() === [...r.flags].sort().join();
}

const escape = (segment: string): string => segment.replace(/~/g, '~0').replace(/\//g, '~1');
