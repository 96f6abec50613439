import { describe, expect, it } from 'vitest';
import type { SetError } from '../jmap/method-types';
import { fixtureQueue, T0, type MessageSpec } from './queue-fixtures';
import { queueGet } from './queue-get';
import { queueSet } from './queue-set';
import type { QueueStore } from './queue-store';
import { formatUtcDateTime } from './utc-date';

const NOW = T0 + 1000;
const setError = (type: string, description: string, extra?: Partial<SetError>): SetError => ({ type, description, properties: [], ...extra });

const twoRecipients: MessageSpec = {
  recipients: [
    { address: 'bob@example.org', status: 'TemporaryFailure', retryDue: T0 + 600 },
    { address: 'carol@example.net', status: 'Scheduled', retryDue: T0 + 900 },
    { address: 'dave@example.com', status: 'PermanentFailure', retryDue: T0 - 100 },
    { address: 'erin@example.com', status: 'Completed', retryDue: T0 - 200 },
  ],
};

function setup(specs: MessageSpec[] = [twoRecipients]) {
  return fixtureQueue(specs);
}

function set(store: QueueStore, args: { create?: Record<string, object>; update?: Record<string, Record<string, unknown>>; destroy?: string[] }) {
  const out = queueSet({ create: {}, update: {}, destroy: [], ...args } as never, { store, now: NOW, setError });
  if (!out.ok) throw new Error(JSON.stringify(out.error));
  return out.result as {
    updated: Record<string, null>;
    notUpdated: Record<string, SetError>;
    destroyed: string[];
    notDestroyed: Record<string, SetError>;
    notCreated: Record<string, SetError>;
  };
}

function get(store: QueueStore, id: string) {
  const out = queueGet({ ids: [id], properties: null }, { store, now: NOW, maxObjectsInGet: 500 });
  if (!out.ok) throw new Error('get failed');
  const result = out.result as { list: Record<string, any>[]; notFound: string[] };
  return result.list[0] ?? null;
}

describe('x:QueuedMessage/set create and destroy', () => {
  it('refuses every creation', () => {
    const { store } = setup();
    expect(set(store, { create: { a: {}, b: { returnPath: 'x@y' } } }).notCreated).toEqual({
      a: { type: 'forbidden', description: 'Queued messages cannot be created', properties: [] },
      b: { type: 'forbidden', description: 'Queued messages cannot be created', properties: [] },
    });
  });

  it('destroys (cancels) a message, and answers notFound for unknown ids', () => {
    const { store, ids } = setup();
    const id = ids[0] as string;
    const r = set(store, { destroy: [id, 'zzzzzzz', '!!'] });
    expect(r.destroyed).toEqual([id]);
    expect(Object.keys(r.notDestroyed)).toEqual(['zzzzzzz', '!!']);
    expect(r.notDestroyed.zzzzzzz?.type).toBe('notFound');
    expect(get(store, id)).toBeNull();
  });

  it('answers willDestroy for an update of a message destroyed in the same call', () => {
    const { store, ids } = setup();
    const id = ids[0] as string;
    const r = set(store, { update: { [id]: { priority: 5 } }, destroy: [id] });
    expect(r.notUpdated[id]?.type).toBe('willDestroy');
    expect(r.destroyed).toEqual([id]);
  });

  it('answers notFound for an update of an unknown id', () => {
    const { store } = setup();
    expect(set(store, { update: { zzzzzzz: { priority: 1 } } }).notUpdated.zzzzzzz?.type).toBe('notFound');
  });
});

describe('x:QueuedMessage/set update', () => {
  it('nextRetry reschedules every recipient that has not failed permanently', () => {
    const { store, ids } = setup();
    const id = ids[0] as string;
    const at = T0 + 7200;
    expect(set(store, { update: { [id]: { nextRetry: '2026-08-21T13:00:00+02:00' } } }).updated).toEqual({ [id]: null });
    const m = get(store, id);
    expect(m.nextRetry).toBe(formatUtcDateTime(at));
    expect(m.recipients['bob@example.org'].retryDue).toBe(formatUtcDateTime(at));
    expect(m.recipients['carol@example.net'].retryDue).toBe(formatUtcDateTime(at));
    // The server exempts only PermanentFailure; a Completed recipient's retryDue moves too.
    expect(m.recipients['erin@example.com'].retryDue).toBe(formatUtcDateTime(at));
    expect(m.recipients['dave@example.com'].retryDue).toBe(formatUtcDateTime(T0 - 100));
  });

  it('a nextRetry in the past (the UI sends 2000-01-01) means now', () => {
    const { store, ids } = setup();
    const id = ids[0] as string;
    set(store, { update: { [id]: { nextRetry: '2000-01-01T00:00:00Z' } } });
    expect(get(store, id).nextRetry).toBe(formatUtcDateTime(NOW));
  });

  it('updates that do not mention nextRetry leave the schedule alone', () => {
    const { store, ids } = setup();
    const id = ids[0] as string;
    set(store, { update: { [id]: { priority: -20, envId: 'ENV1' } } });
    const m = get(store, id);
    expect(m).toMatchObject({ priority: -20, envId: 'ENV1', nextRetry: formatUtcDateTime(T0 + 600) });
    set(store, { update: { [id]: { envId: null } } });
    expect(get(store, id).envId).toBeNull();
  });

  it('never range-checks the priority; checks value types', () => {
    const { store, ids } = setup();
    const id = ids[0] as string;
    expect(set(store, { update: { [id]: { priority: 1.5 } } }).notUpdated[id]).toMatchObject({ type: 'invalidPatch', properties: ['priority'] });
    expect(set(store, { update: { [id]: { nextRetry: 'soon' } } }).notUpdated[id]).toMatchObject({ type: 'invalidPatch', properties: ['nextRetry'] });
    expect(set(store, { update: { [id]: { envId: 7 } } }).notUpdated[id]?.type).toBe('invalidPatch');
    expect(get(store, id).priority).toBe(0);
    expect(set(store, { update: { [id]: { priority: 101 } } }).updated).toEqual({ [id]: null });
    expect(get(store, id).priority).toBe(101);
  });

  it('refuses server-set and unknown properties', () => {
    const { store, ids } = setup();
    const id = ids[0] as string;
    for (const prop of ['createdAt', 'blobId', 'returnPath', 'size', 'flags', 'receivedFromIp', 'receivedViaPort', 'nextNotify', 'flags/dsn']) {
      expect(set(store, { update: { [id]: { [prop]: 'x' } } }).notUpdated[id]).toMatchObject({
        type: 'invalidPatch',
        description: 'Cannot modify read-only property',
        properties: [prop],
      });
    }
    expect(set(store, { update: { [id]: { subject: 'x' } } }).notUpdated[id]).toMatchObject({
      type: 'invalidPatch',
      description: 'Invalid property',
      properties: ['subject'],
    });
    expect(set(store, { update: { [id]: { 'recipients/bob@example.org/queueName': 'bulk' } } }).notUpdated[id]?.description).toBe(
      'Cannot modify read-only property',
    );
    expect(set(store, { update: { [id]: { 'recipients/bob@example.org/color': 'red' } } }).notUpdated[id]?.description).toBe('Invalid property');
  });

  it('a failed patch changes nothing, even after earlier valid keys', () => {
    const { store, ids } = setup();
    const id = ids[0] as string;
    set(store, { update: { [id]: { priority: 9, size: 1 } } });
    expect(get(store, id).priority).toBe(0);
  });

  it('cancels one recipient with a null patch', () => {
    const { store, ids } = setup();
    const id = ids[0] as string;
    expect(set(store, { update: { [id]: { 'recipients/bob@example.org': null } } }).updated).toEqual({ [id]: null });
    const m = get(store, id);
    expect(m.recipients['bob@example.org'].status).toEqual({
      '@type': 'PermanentFailure',
      errorType: 'io',
      errorMessage: 'Delivery canceled.',
      responseHostname: 'localhost',
    });
    expect(m.nextRetry).toBe(formatUtcDateTime(T0 + 900));
  });

  it('cancels the recipients left out of a full map', () => {
    const { store, ids } = setup();
    const id = ids[0] as string;
    const before = get(store, id);
    const { 'bob@example.org': _bob, ...rest } = before.recipients;
    void _bob;
    expect(set(store, { update: { [id]: { recipients: rest } } }).updated).toEqual({ [id]: null });
    const after = get(store, id);
    expect(after.recipients['bob@example.org'].status.errorMessage).toBe('Delivery canceled.');
    expect(after.recipients['carol@example.net']).toEqual(before.recipients['carol@example.net']);
  });

  it('removes the message when no recipient is left to deliver, still reporting it updated', () => {
    const { store, ids } = setup();
    const id = ids[0] as string;
    const r = set(store, { update: { [id]: { 'recipients/bob@example.org': null, 'recipients/carol@example.net': null } } });
    expect(r.updated).toEqual({ [id]: null });
    expect(get(store, id)).toBeNull();
    expect(store.index.all.entries).toHaveLength(0);
  });

  it('requeues a failed recipient by patching its status to Scheduled', () => {
    const { store, ids } = setup();
    const id = ids[0] as string;
    set(store, { update: { [id]: { 'recipients/dave@example.com/status': { '@type': 'Scheduled' } } } });
    const m = get(store, id);
    expect(m.recipients['dave@example.com'].status).toEqual({ '@type': 'Scheduled' });
    // Now pending again, its old retryDue is the next delivery event.
    expect(m.nextRetry).toBe(formatUtcDateTime(T0 - 100));
  });

  it('other status changes are accepted but not applied, as on the server', () => {
    const { store, ids } = setup();
    const id = ids[0] as string;
    const r = set(store, {
      update: { [id]: { 'recipients/carol@example.net/status': { '@type': 'PermanentFailure', errorType: 'io' } } },
    });
    expect(r.updated).toEqual({ [id]: null });
    expect(get(store, id).recipients['carol@example.net'].status).toEqual({ '@type': 'Scheduled' });
    expect(set(store, { update: { [id]: { 'recipients/carol@example.net/status': { '@type': 'Lost' } } } }).notUpdated[id]?.type).toBe(
      'invalidPatch',
    );
  });

  it('changes a recipient expiry, its counters and its orcpt', () => {
    const { store, ids } = setup();
    const id = ids[0] as string;
    set(store, {
      update: {
        [id]: {
          'recipients/bob@example.org/expires': { '@type': 'Attempts', expiresAttempts: 5 },
          'recipients/carol@example.net/expires/expiresAt': '2026-08-30T00:00:00Z',
          'recipients/carol@example.net/retryCount': 3,
          'recipients/carol@example.net/orcpt': 'rfc822;carol@example.net',
        },
      },
    });
    const m = get(store, id);
    expect(m.recipients['bob@example.org'].expires).toEqual({ '@type': 'Attempts', expiresAttempts: 5 });
    expect(m.recipients['carol@example.net']).toMatchObject({
      expires: { '@type': 'Ttl', expiresAt: '2026-08-30T00:00:00Z' },
      retryCount: 3,
      orcpt: 'rfc822;carol@example.net',
    });
    expect(set(store, { update: { [id]: { 'recipients/bob@example.org/expires': { '@type': 'Ttl', expiresAt: 'never' } } } }).notUpdated[id]?.type).toBe(
      'invalidPatch',
    );
  });

  it('reports an unknown recipient as invalidProperties', () => {
    const { store, ids } = setup();
    const id = ids[0] as string;
    expect(set(store, { update: { [id]: { 'recipients/zed@example.org': null } } }).notUpdated[id]).toEqual({
      type: 'invalidProperties',
      description: "Recipient 'zed@example.org' does not exist",
      properties: ['recipients/zed@example.org'],
    });
    const full = get(store, id).recipients;
    const r = set(store, { update: { [id]: { recipients: { ...full, 'zed@example.org': full['bob@example.org'] } } } });
    expect(r.notUpdated[id]?.description).toBe("Recipient 'zed@example.org' does not exist");
  });

  it('unescapes ~1 and ~0 in recipient addresses of patch paths', () => {
    const { store, ids } = setup([
      { recipients: [{ address: 'a/b~c@example.org' }, { address: 'plain@example.org' }] },
    ]);
    const id = ids[0] as string;
    expect(set(store, { update: { [id]: { 'recipients/a~1b~0c@example.org': null } } }).updated).toEqual({ [id]: null });
    expect(get(store, id).recipients['a/b~c@example.org'].status['@type']).toBe('PermanentFailure');
  });
});
