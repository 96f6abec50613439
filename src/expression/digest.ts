// hash(text, algorithm): hex digest of the UTF-8 bytes, or "" for an unknown algorithm (as the server).
// MD5 and SHA-1 are what the server's hash() offers, not a security choice: @noble/hashes keeps
// them under "legacy".
import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

const DIGESTS: Record<string, (bytes: Uint8Array) => Uint8Array> = { md5, sha1, sha256, sha512 };

export function hexDigest(text: string, algorithm: string): string {
  const digest = Object.prototype.hasOwnProperty.call(DIGESTS, algorithm) ? DIGESTS[algorithm] : undefined;
  return digest ? bytesToHex(digest(utf8ToBytes(text))) : '';
}
