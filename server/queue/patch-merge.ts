// The second half of a queued-message update: the patched copy (the draft) is merged back into
// the stored message the way the server's queued_message_set does.
import { isPending, type QueuedMessage, type QueuedRecipient, type RecipientStatus } from './queued-message-types';
import type { PatchResult } from './update-patch';

export const CANCELED_STATUS: RecipientStatus = {
  '@type': 'PermanentFailure',
  errorType: 'io',
  errorMessage: 'Delivery canceled.',
  responseHostname: 'localhost',
};

/** The message as the patch leaves it, before it is merged back. */
export interface Draft {
  envId: string | null;
  priority: number;
  nextRetry: number | null;
  recipients: Map<string, QueuedRecipient>;
}

/** Takes the patched copy over into a copy of the original; recipients the patch dropped are canceled. */
export function mergeDraft(original: QueuedMessage, draft: Draft, now: number): PatchResult {
  const message: QueuedMessage = { ...original, recipients: original.recipients.map(cloneRecipient) };
  let changed = false;
  if (draft.envId !== message.envId) {
    message.envId = draft.envId;
    changed = true;
  }
  if (draft.priority !== message.priority) {
    message.priority = draft.priority;
    changed = true;
  }
  const nextRetry = draft.nextRetry === null ? null : Math.max(draft.nextRetry, now);
  for (const rcpt of message.recipients) {
    const wanted = draft.recipients.get(rcpt.address);
    if (!wanted) {
      rcpt.status = { ...CANCELED_STATUS };
      changed = true;
      continue;
    }
    changed = mergeRecipient(rcpt, wanted, nextRetry, original.createdAt) || changed;
  }
  if (!changed) return { ok: true, outcome: 'unchanged', message: original };
  const pending = message.recipients.some((r) => isPending(r.status));
  return { ok: true, outcome: pending ? 'saved' : 'removed', message };
}

function mergeRecipient(rcpt: QueuedRecipient, wanted: QueuedRecipient, nextRetry: number | null, createdAt: number): boolean {
  let changed = false;
  if (wanted.orcpt !== rcpt.orcpt) {
    rcpt.orcpt = wanted.orcpt;
    changed = true;
  }
  // A TTL is kept relative to the creation time and cannot go below zero.
  const expires = wanted.expires.kind === 'Ttl' ? { kind: 'Ttl' as const, expiresAt: Math.max(wanted.expires.expiresAt, createdAt) } : wanted.expires;
  if (JSON.stringify(expires) !== JSON.stringify(rcpt.expires)) {
    rcpt.expires = expires;
    changed = true;
  }
  for (const [due, count] of [
    ['retryDue', 'retryCount'],
    ['notifyDue', 'notifyCount'],
  ] as const) {
    if (wanted[due] !== rcpt[due] || wanted[count] !== rcpt[count]) {
      rcpt[due] = wanted[due];
      rcpt[count] = wanted[count];
      changed = true;
    }
  }
  // The server checks the status held before this update, so a recipient requeued by the same
  // patch keeps its retryDue unless that is patched too.
  if (nextRetry !== null && rcpt.status['@type'] !== 'PermanentFailure' && rcpt.retryDue !== nextRetry) {
    rcpt.retryDue = nextRetry;
    changed = true;
  }
  if (wanted.status['@type'] === 'Scheduled' && rcpt.status['@type'] !== 'Scheduled') {
    rcpt.status = { '@type': 'Scheduled' };
    changed = true;
  }
  return changed;
}

export function cloneRecipient(r: QueuedRecipient): QueuedRecipient {
  return { ...r, flags: [...r.flags], expires: { ...r.expires } };
}
