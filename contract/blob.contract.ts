// A queued message's contents through Blob/get (RFC 9404), as the official WebUI reads them.
import { describe, expect, it } from 'vitest';
import { BLOB, USING, call, getSession, ok, request } from './support/client';

describe('queued message contents', () => {
  it('reads a queued message\'s blob with Blob/get when the caller may fetch any blob', async (ctx) => {
    const account = (await (await request('/api/account')).json()) as { permissions: string[] };
    const queued = await ok('x:QueuedMessage/get', { ids: null, properties: ['blobId', 'size'] });
    if (queued.list.length === 0 || !account.permissions.includes('fetchAnyBlob') || !account.permissions.includes('jmapBlobGet')) ctx.skip();
    const { accountId } = await getSession();
    const { blobId, size } = queued.list[0] as { blobId: string; size: number };
    const [[name, body]] = await call([['Blob/get', { accountId, ids: [blobId], properties: ['data:asBase64', 'size'] }, '0']], [...USING, BLOB]);
    expect(name).toBe('Blob/get');
    expect(body.notFound ?? []).toEqual([]);
    expect(body.list[0].size).toBe(size);
    expect(Buffer.from(body.list[0]['data:asBase64'], 'base64').length).toBe(size);
  });
});
