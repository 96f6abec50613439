// The server's JSON parser refuses documents nested 128 levels deep (127 nested arrays and
// objects is the most it reads). Checked on the raw text, before parsing, so that a hostile
// depth never reaches a recursive step.

export const MAX_JSON_NESTING = 127;

/** Whether `text` opens more than `limit` arrays/objects at once (brackets in strings do not count). */
export function exceedsJsonNesting(text: string, limit = MAX_JSON_NESTING): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return false;
}
