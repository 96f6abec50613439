// Reads an application bundle as the server does: a file:// path from the local disk, or an
// http(s) download of at most 100 MiB within 60 s; a URL ending .gz or .gzip is gunzipped.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'fflate';

export const MAX_APP_SIZE = 100 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 60_000;

async function download(url: string): Promise<Uint8Array> {
  const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
  if (!response.ok) throw new Error(`Failed to fetch ${url}: HTTP ${response.status}`);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_APP_SIZE) throw new Error(`Resource too large: ${url}`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > MAX_APP_SIZE) throw new Error(`Resource too large: ${url}`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export async function fetchBundle(url: string): Promise<Uint8Array> {
  let bytes: Uint8Array;
  if (url.startsWith('file://')) bytes = await readFile(fileURLToPath(url));
  else if (/^https?:\/\//i.test(url)) bytes = await download(url);
  else throw new Error(`Unsupported resource URL: ${url}`);
  return url.endsWith('.gz') || url.endsWith('.gzip') ? gunzipSync(bytes) : bytes;
}
