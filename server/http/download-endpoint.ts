// GET /jmap/download/{accountId}/{blobId}/{name}?accept={type}: blobs from the registered lookups.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { create as createContentDisposition } from 'content-disposition';
import type { AuthUser } from '../jmap/method-types';
import { notFound } from '../jmap/request-errors';
import { findBlob } from './blob-registry';
import { sendProblem } from './respond';
import type { SandboxCore } from './sandbox-core';

const MEDIA_TYPE = /^[A-Za-z0-9!#$&^_.+-]+\/[A-Za-z0-9!#$&^_.+-]+$/;

/** A path segment's text; a malformed escape is kept as written. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** RFC 6266 with an RFC 8187 filename* for names a quoted ASCII filename cannot carry. */
function contentDisposition(name: string): string {
  return createContentDisposition(name, { type: 'attachment' });
}

export async function handleDownload(req: IncomingMessage, res: ServerResponse, core: SandboxCore, user: AuthUser, url: URL): Promise<void> {
  const parts = url.pathname.split('/').slice(3); // ['', 'jmap', 'download', account, blob, name]
  if (parts.length !== 3 || parts.some((p) => p === '')) {
    sendProblem(res, notFound());
    return;
  }
  const [accountId, blobId, name] = parts.map(decodeSegment);
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
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': blob.data.length,
    'Content-Disposition': contentDisposition(name),
    'Cache-Control': 'private, immutable, max-age=31536000',
  });
  res.end(req.method === 'HEAD' ? undefined : blob.data);
}
