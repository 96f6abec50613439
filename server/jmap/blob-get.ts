// Blob/get (RFC 9404), as Stalwart answers it (jmap/src/blob/get.rs): the blobs registered
// lookups know (a queued message's raw contents), each as text or base64, with size and digests.
// Reading a blob no account owns needs the fetchAnyBlob permission (blob/download.rs), which
// each lookup checks.
import { createHash } from 'node:crypto';
import { findBlob } from '../http/blob-registry';
import { isWellFormedId } from './call-guards';
import { BLOB } from './capabilities';
import type { AuthUser, JsonObject, MethodOutcome } from './method-types';
import type { DispatchEnv } from './method-dispatch';

const DIGESTS: Record<string, string> = { 'digest:sha': 'sha1', 'digest:sha-256': 'sha256', 'digest:sha-512': 'sha512' };
const KNOWN = new Set(['id', 'size', 'data', 'data:asText', 'data:asBase64', ...Object.keys(DIGESTS)]);
const DEFAULT_PROPERTIES = ['id', 'data', 'size'];

const fail = (type: string, description: string): MethodOutcome => ({ ok: false, error: { type, description } });
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function accountOf(raw: unknown, user: AuthUser): string | MethodOutcome {
  if (raw === undefined || raw === null) return fail('invalidArguments', 'The "accountId" property is required.');
  if (typeof raw !== 'string' || !isWellFormedId(raw)) return fail('accountNotFound', 'Account not found.');
  return raw === user.accountId ? raw : fail('forbidden', `You are not an owner of account ${raw}`);
}

export async function blobGet(args: JsonObject, env: Pick<DispatchEnv, 'using' | 'user' | 'db' | 'limits'>): Promise<MethodOutcome> {
  if (!env.using.has(BLOB)) return fail('unknownMethod', `Method Blob/get requires capability ${BLOB} which is not present in the "using" property.`);
  if (!env.user.permissions.has('jmapBlobGet')) return fail('forbidden', 'You are not authorized to perform this action');
  const accountId = accountOf(args.accountId, env.user);
  if (typeof accountId !== 'string') return accountId;
  if (!Array.isArray(args.ids) || !args.ids.every((id) => typeof id === 'string')) return fail('invalidArguments', '"ids" must be an array of blob ids.');
  if (args.ids.length > env.limits.maxObjectsInGet) return fail('requestTooLarge', `At most ${env.limits.maxObjectsInGet} objects can be fetched at once.`);
  if ((args.offset !== undefined && args.offset !== null && !isCount(args.offset)) || (args.length !== undefined && args.length !== null && !isCount(args.length))) {
    return fail('invalidArguments', '"offset" and "length" must be non-negative integers.');
  }
  const requested = Array.isArray(args.properties) ? args.properties.filter((p): p is string => typeof p === 'string' && KNOWN.has(p)) : [];
  const properties = requested.length > 0 ? requested : DEFAULT_PROPERTIES;
  const from = isCount(args.offset) ? args.offset : 0;
  const length = isCount(args.length) ? args.length : null;

  const list: JsonObject[] = [];
  const notFound: string[] = [];
  for (const blobId of new Set(args.ids as string[])) {
    const blob = await findBlob(blobId, { db: env.db, user: env.user, accountId });
    if (!blob) {
      notFound.push(blobId);
      continue;
    }
    const out: JsonObject = {};
    const to = length === null ? blob.data.length : Math.min(from + length, blob.data.length);
    if (length !== null && from + length > blob.data.length) out.isTruncated = true;
    const range = blob.data.subarray(Math.min(from, blob.data.length), to);
    const text = new TextDecoder('utf-8', { fatal: true });
    const asText = (): string | null => {
      try {
        return text.decode(range);
      } catch {
        return null;
      }
    };
    for (const property of properties) {
      if (property === 'id') out.id = blobId;
      else if (property === 'size') out.size = blob.data.length;
      else if (property in DIGESTS) out[property] = createHash(DIGESTS[property]).update(range).digest('base64');
      else if (property === 'data:asBase64') out[property] = range.toString('base64');
      else {
        const decoded = asText();
        if (decoded === null) out.isEncodingProblem = true;
        if (property === 'data:asText') out[property] = decoded;
        else if (decoded === null) out['data:asBase64'] = range.toString('base64');
        else out['data:asText'] = decoded;
      }
    }
    list.push(out);
  }
  return { ok: true, result: { accountId, list, notFound } };
}
