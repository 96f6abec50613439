import { ZoneParseError } from './zone-record';

export interface ZoneToken {
  /** Text with escapes resolved. */
  text: string;
  /** Raw bytes with escapes resolved (TXT strings are byte strings). */
  bytes: Buffer;
  quoted: boolean;
  line: number;
}

/** One entry: a physical line, or several joined by parentheses. */
export interface ZoneEntry {
  line: number;
  /** The line began with a blank, so the owner is omitted (RFC 1035 section 5.1). */
  ownerOmitted: boolean;
  tokens: ZoneToken[];
}

const BLANK = new Set([' ', '\t', '\r']);
const DELIMITERS = new Set([' ', '\t', '\r', '\n', ';', '(', ')', '"']);

/** Splits master-file text into entries: handles comments, quotes, escapes and parentheses. */
export function tokenizeZone(text: string, file?: string): ZoneEntry[] {
  const entries: ZoneEntry[] = [];
  let line = 1;
  let i = 0;
  let current: ZoneEntry | undefined;
  let parenLine = 0;
  const fail = (reason: string, at = line): never => {
    throw new ZoneParseError(reason, at, file);
  };
  const finish = () => {
    if (current && current.tokens.length > 0) entries.push(current);
    current = undefined;
  };
  const startLine = () => {
    current = { line, ownerOmitted: BLANK.has(text[i] ?? ''), tokens: [] };
  };

  startLine();
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\n') {
      line++;
      i++;
      if (parenLine === 0) {
        finish();
        startLine();
      }
      continue;
    }
    if (BLANK.has(ch)) {
      i++;
      continue;
    }
    if (ch === ';') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (ch === '(') {
      if (parenLine !== 0) fail('nested parentheses are not allowed');
      parenLine = line;
      i++;
      continue;
    }
    if (ch === ')') {
      if (parenLine === 0) fail("')' without a matching '('");
      parenLine = 0;
      i++;
      continue;
    }
    const tokenLine = line;
    const quoted = ch === '"';
    if (quoted) i++;
    const bytes: number[] = [];
    let closed = !quoted;
    while (i < text.length) {
      const c = text[i];
      if (quoted && c === '"') {
        closed = true;
        i++;
        break;
      }
      if (quoted && c === '\n') fail('unterminated quoted string', tokenLine);
      if (!quoted && DELIMITERS.has(c)) break;
      if (c === '\\') {
        const next = text[i + 1];
        if (next === undefined || next === '\n') fail('backslash at end of line');
        const digits = /^\d{3}/.exec(text.slice(i + 1, i + 4));
        if (digits) {
          const value = Number(digits[0]);
          if (value > 255) fail(`escape \\${digits[0]} is out of range (0-255)`);
          bytes.push(value);
          i += 4;
        } else if (/\d/.test(next)) {
          fail('a numeric escape needs exactly three digits (\\DDD)');
        } else {
          const cp = text.codePointAt(i + 1)!;
          const ch2 = String.fromCodePoint(cp);
          bytes.push(...Buffer.from(ch2, 'utf8'));
          i += 1 + ch2.length;
        }
        continue;
      }
      const cp = text.codePointAt(i)!;
      const ch2 = String.fromCodePoint(cp);
      bytes.push(...Buffer.from(ch2, 'utf8'));
      i += ch2.length;
    }
    if (!closed) fail('unterminated quoted string', tokenLine);
    const buf = Buffer.from(bytes);
    current!.tokens.push({ text: buf.toString('utf8'), bytes: buf, quoted, line: tokenLine });
  }
  if (parenLine !== 0) fail("'(' is never closed", parenLine);
  finish();
  return entries;
}
