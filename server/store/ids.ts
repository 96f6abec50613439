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
