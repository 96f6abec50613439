// hash(text, algorithm): hex digest of the UTF-8 bytes, or "" for an unknown algorithm (as the server).
import { md5 } from './digest-md5';
import { sha1, sha256 } from './digest-sha';
import { sha512 } from './digest-sha512';

const DIGESTS: Record<string, (bytes: Uint8Array) => Uint8Array> = { md5, sha1, sha256, sha512 };
const encoder = new TextEncoder();

export function hexDigest(text: string, algorithm: string): string {
  const digest = Object.prototype.hasOwnProperty.call(DIGESTS, algorithm) ? DIGESTS[algorithm] : undefined;
  if (!digest) return '';
  let hex = '';
  for (const byte of digest(encoder.encode(text))) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
