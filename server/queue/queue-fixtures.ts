// Hand-built queues for the tests: exact messages with known due times.
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { queueIdFromNum } from './queue-ids';
import { queueStore, type QueueStore } from './queue-store';
import type { QueuedMessage, QueuedRecipient, RecipientStatus } from './queued-message-types';

export const T0 = Date.UTC(2026, 7, 21, 9, 0, 0) / 1000;

export interface RcptSpec {
  address: string;
  status?: RecipientStatus['@type'];
  retryDue?: number;
  queueName?: string;
}

export interface MessageSpec {
  returnPath?: string;
  recipients: RcptSpec[];
}

const statusOf = (type: RecipientStatus['@type']): RecipientStatus =>
  type === 'Scheduled'
    ? { '@type': 'Scheduled' }
    : type === 'Completed'
      ? { '@type': 'Completed', responseHostname: 'mx.example.org', responseCode: 250, responseEnhanced: '2.0.0', responseMessage: 'OK' }
      : { '@type': type, errorType: 'unexpectedResponse', errorCommand: 'RCPT TO', responseHostname: 'mx.example.org', responseCode: type === 'TemporaryFailure' ? 451 : 550, responseEnhanced: type === 'TemporaryFailure' ? '4.7.1' : '5.1.1', responseMessage: 'Nope' };

export function fixtureMessage(num: number, spec: MessageSpec, index: number): QueuedMessage {
  return {
    num,
    createdAt: T0 - 3600,
    returnPath: spec.returnPath ?? 'alice@example.com',
    receivedFromIp: '192.0.2.7',
    receivedViaPort: 587,
    flags: ['authenticated'],
    envId: null,
    priority: 0,
    size: 4096,
    blobId: `blob${queueIdFromNum(num)}`,
    textSeed: index,
    recipients: spec.recipients.map(
      (r): QueuedRecipient => ({
        address: r.address,
        status: statusOf(r.status ?? 'Scheduled'),
        retryDue: r.retryDue ?? T0,
        retryCount: 0,
        notifyDue: T0 + 86400,
        notifyCount: 0,
        expires: { kind: 'Ttl', expiresAt: T0 + 5 * 86400 },
        queueName: r.queueName ?? 'default',
        flags: [],
        orcpt: null,
      }),
    ),
  };
}

/** A fresh in-memory database holding exactly these messages; returns their ids in order. */
export function fixtureQueue(specs: MessageSpec[], db: Database = new BetterSqlite3(':memory:')): { db: Database; store: QueueStore; ids: string[] } {
  const store = queueStore(db);
  const ids: string[] = [];
  store.insertMany(function* (allocate) {
    for (const [i, spec] of specs.entries()) {
      const num = allocate();
      ids.push(queueIdFromNum(num));
      yield fixtureMessage(num, spec, i);
    }
  });
  return { db, store, ids };
}
