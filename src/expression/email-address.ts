// is_email(): the server's quick syntax test, not full RFC 5322: one '@', a non-empty local part,
// a domain with at least one dot, atext characters (or anything inside double quotes).

const ATEXT = /^[0-9A-Za-z!#$%&'*+\-/=?^_`{|}~]$/;

export function isEmailAddress(text: string): boolean {
  let last = '';
  let inQuote = false;
  let atCount = 0;
  let dotCount = 0;
  let localLength = 0;
  let length = 0;
  for (const ch of text) {
    if (ATEXT.test(ch) || ch.charCodeAt(0) >= 0x7f) {
      length++;
    } else if (ch === '.' && !inQuote) {
      // No leading dot, no two dots in a row, no dot right after '@'.
      if (last === '.' || last === '@' || length === 0) return false;
      length++;
      if (atCount === 1) dotCount++;
    } else if (ch === '@' && !inQuote) {
      atCount++;
      localLength = length;
      length = 0;
    } else if (inQuote && (ch === '>' || ch === ':' || ch === ',' || ch === ' ')) {
      length++;
    } else if (ch === '"' && (!inQuote || last !== '\\')) {
      inQuote = !inQuote;
    } else if (!(ch === '\\' && inQuote && last !== '\\') && !inQuote) {
      return false;
    }
    last = ch;
  }
  return atCount === 1 && dotCount > 0 && localLength > 0 && length > 0;
}
