// GET /jmap/download/{accountId}/{blobId}/{name}?accept={type}: blobs from the registered lookups.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AuthUser } from '../jmap/method-types';
import { notFound } from '../jmap/request-errors';
import { findBlob } from './blob-registry';
import { sendProblem } from './respond';
import type { SandboxCore } from './sandbox-core';

const MEDIA_TYPE = /^[A-Za-z0-9!#$&^_.+-]+\/[A-Za-z0-9!#$&^_.+-]+$/;

export async function handleDownload(req: IncomingMessage, res: ServerResponse, core: SandboxCore, user: AuthUser, url: URL): Promise<void> {
  const parts = url.pathname.split('/').slice(3); // ['', 'jmap', 'download', account, blob, name]
  if (parts.length !== 3 || parts.some((p) => p === '')) {
    sendProblem(res, notFound());
    return;
  }
  const [accountId, blobId, name] = parts.map((p) => decodeURIComponent(p));
  if (accountId !== user.accountId) {
    sendProblem(res, notFound('The blob does not exist.'));
    return;
  }
  const blob = await core.lock.run(() => findBlob(blobId, { db: core.db, user, accountId }));
  if (!blob) {
    sendProblem(res, notFound('The blob does not exist.'));
    return;
  }
  const accept = url.searchParams.get('accept');
  const type = accept && MEDIA_TYPE.test(accept) ? accept : (blob.type ?? 'application/octet-stream');
  const safeName = name.replace(/["\\\r\n]/g, '_');
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': blob.data.length,
    'Content-Disposition': `attachment; filename="${safeName}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    'Cache-Control': 'private, immutable, max-age=31536000',
  });
  res.end(req.method === 'HEAD' ? undefined : blob.data);
}
