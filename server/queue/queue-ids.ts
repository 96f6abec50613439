// Queue ids: a 64-bit-ish message number shown as a short base-32 JMAP id, as Stalwart does.
import { encodeId } from '../store/ids';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz792013';

/** First message number; high enough that ids look like Stalwart's opaque queue ids. */
export const FIRST_QUEUE_NUM = 2 ** 36;

export function queueIdFromNum(num: number): string {
  return encodeId(num);
}

/** The message number of an id, or null if the string is not a canonical queue id. */
export function queueNumFromId(id: string): number | null {
  if (id.length === 0 || id.length > 10) return null;
  let num = 0;
  for (const ch of id) {
    const digit = ALPHABET.indexOf(ch);
    if (digit < 0) return null;
    num = num * 32 + digit;
  }
  // Reject non-canonical spellings (leading "a" digits) so each message has exactly one id.
  return encodeId(num) === id ? num : null;
}
