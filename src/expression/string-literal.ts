// String literals follow the server's tokenizer exactly, because real rules depend on it:
// a backslash only stops the next character from closing the string and stays in the value
// (so regexes such as '^\d+$' reach the regex engine untouched). Only when the body holds
// \n, \r or \t does the server translate: each character after a backslash is then mapped
// (n, r, t to control characters) while the backslash itself is still kept.

export interface ScannedString {
  /** Offset just after the closing quote, or -1 when the string never closes. */
  end: number;
  value: string;
}

/** Scans a literal whose opening quote is at `start`. */
export function scanStringLiteral(source: string, start: number): ScannedString {
  const quote = source[start];
  let last = '';
  let translate = false;
  for (let i = start + 1; i < source.length; i++) {
    const ch = source[i];
    if (last !== '\\') {
      if (ch === quote) {
        const raw = source.slice(start + 1, i);
        return { end: i + 1, value: translate ? unescape(raw) : raw };
      }
    } else if (ch === 'n' || ch === 'r' || ch === 't') {
      translate = true;
    }
    last = ch;
  }
  return { end: -1, value: '' };
}

const CONTROL: Record<string, string> = { n: '\n', r: '\r', t: '\t' };

function unescape(raw: string): string {
  let out = '';
  let last = '';
  for (const ch of raw) {
    out += last === '\\' ? (CONTROL[ch] ?? ch) : ch;
    last = ch;
  }
  return out;
}

const REVERSE_CONTROL: Record<string, string> = { '\n': 'n', '\r': 'r', '\t': 't' };

/**
 * Writes `value` as a literal that scans back to exactly `value`, preferring single quotes.
 * Some values cannot be written in this language at all (for example one ending in a
 * backslash); for those the closest single-quoted form is returned.
 */
export function encodeStringLiteral(value: string): string {
  const translated = value.replace(/\\([\n\r\t])/g, (_, c: string) => '\\' + REVERSE_CONTROL[c]);
  for (const body of translated === value ? [value] : [translated, value]) {
    for (const quote of ["'", '"']) {
      const literal = quote + body + quote;
      const scanned = scanStringLiteral(literal, 0);
      if (scanned.end === literal.length && scanned.value === value) return literal;
    }
  }
  return "'" + value + "'";
}
