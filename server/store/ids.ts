// JMAP ids in Stalwart's style: a document number in base 32 ("a", "b", ..., "ba").
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz792013';

export function encodeId(docId: number): string {
  let n = docId;
  let out = '';
  do {
    out = ALPHABET[n % 32] + out;
    n = Math.floor(n / 32);
  } while (n > 0);
  return out;
}

/** The document number of an id, or null when it is not one. */
export function decodeId(id: string): number | null {
  if (id.length === 0) return null;
  let n = 0;
  for (const ch of id) {
    const digit = ALPHABET.indexOf(ch);
    if (digit < 0) return null;
    n = n * 32 + digit;
  }
  return Number.isSafeInteger(n) ? n : null;
}
