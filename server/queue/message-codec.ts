// Compact JSON for the queue table (short keys, flag bitmasks): 100,000 rows stay small.
import {
  MESSAGE_FLAGS,
  RECIPIENT_FLAGS,
  type MessageFlag,
  type QueuedMessage,
  type QueuedRecipient,
  type RecipientFlag,
  type RecipientStatus,
} from './queued-message-types';

interface StoredRecipient {
  a: string;
  s: RecipientStatus;
  rd: number;
  rc: number;
  nd: number;
  nc: number;
  /** Expiry: Ttl expiresAt seconds when `xt` is absent, else an Attempts count. */
  x: number;
  xt?: 1;
  q: string;
  f?: number;
  o?: string;
}

interface StoredMessage {
  c: number;
  r: string;
  ip: string;
  p: number;
  f: number;
  e?: string;
  pr?: number;
  s: number;
  b: string;
  g: number;
  to: StoredRecipient[];
}

const toMask = <T extends string>(all: readonly T[], values: readonly T[]): number =>
  values.reduce((mask, v) => mask | (1 << all.indexOf(v)), 0);

const fromMask = <T extends string>(all: readonly T[], mask: number): T[] => all.filter((_, i) => (mask & (1 << i)) !== 0);

export function encodeMessage(m: QueuedMessage): string {
  const stored: StoredMessage = {
    c: m.createdAt,
    r: m.returnPath,
    ip: m.receivedFromIp,
    p: m.receivedViaPort,
    f: toMask(MESSAGE_FLAGS, m.flags),
    s: m.size,
    b: m.blobId,
    g: m.textSeed,
    to: m.recipients.map(encodeRecipient),
  };
  if (m.envId !== null) stored.e = m.envId;
  if (m.priority !== 0) stored.pr = m.priority;
  return JSON.stringify(stored);
}

function encodeRecipient(r: QueuedRecipient): StoredRecipient {
  const stored: StoredRecipient = {
    a: r.address,
    s: r.status,
    rd: r.retryDue,
    rc: r.retryCount,
    nd: r.notifyDue,
    nc: r.notifyCount,
    x: r.expires.kind === 'Ttl' ? r.expires.expiresAt : r.expires.expiresAttempts,
    q: r.queueName,
  };
  if (r.expires.kind === 'Attempts') stored.xt = 1;
  if (r.flags.length > 0) stored.f = toMask(RECIPIENT_FLAGS, r.flags);
  if (r.orcpt !== null) stored.o = r.orcpt;
  return stored;
}

export function decodeMessage(num: number, json: string): QueuedMessage {
  const s = JSON.parse(json) as StoredMessage;
  return {
    num,
    createdAt: s.c,
    returnPath: s.r,
    receivedFromIp: s.ip,
    receivedViaPort: s.p,
    flags: fromMask<MessageFlag>(MESSAGE_FLAGS, s.f),
    envId: s.e ?? null,
    priority: s.pr ?? 0,
    size: s.s,
    blobId: s.b,
    textSeed: s.g,
    recipients: s.to.map(
      (r): QueuedRecipient => ({
        address: r.a,
        status: r.s,
        retryDue: r.rd,
        retryCount: r.rc,
        notifyDue: r.nd,
        notifyCount: r.nc,
        expires: r.xt ? { kind: 'Attempts', expiresAttempts: r.x } : { kind: 'Ttl', expiresAt: r.x },
        queueName: r.q,
        flags: fromMask<RecipientFlag>(RECIPIENT_FLAGS, r.f ?? 0),
        orcpt: r.o ?? null,
      }),
    ),
  };
}
