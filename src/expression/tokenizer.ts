// Splits expression source into tokens. Words (variables, numbers, durations, `$NAME`) are
// classified later by the parser; the tokenizer only finds their extent, as the server does.
import type { BinaryOperator, ExpressionError } from './ast';
import { scanStringLiteral } from './string-literal';

export type Token =
  | { kind: 'word'; text: string; start: number; end: number }
  | { kind: 'string'; value: string; start: number; end: number }
  | { kind: 'operator'; op: BinaryOperator | '!'; start: number; end: number }
  | { kind: '(' | ')' | '[' | ']' | ',' | 'eof'; start: number; end: number };

export interface TokenizeResult {
  tokens: Token[];
  errors: ExpressionError[];
}

const isWordChar = (code: number): boolean =>
  (code >= 97 && code <= 122) || // a-z
  (code >= 65 && code <= 90) || // A-Z
  (code >= 48 && code <= 57) || // 0-9
  code === 95 || // _
  code === 36 || // $
  code === 46; // .

/** Two-character spellings first; the server's synonyms map onto canonical operators. */
const OPERATORS: ReadonlyArray<readonly [string, BinaryOperator | '!']> = [
  ['&&', '&&'],
  ['||', '||'],
  ['!=', '!='],
  ['==', '=='],
  ['=>', '>='],
  ['=<', '<='],
  ['>=', '>='],
  ['<=', '<='],
  ['&', '&&'],
  ['|', '||'],
  ['!', '!'],
  ['^', '^'],
  ['=', '=='],
  ['>', '>'],
  ['<', '<'],
  ['+', '+'],
  ['-', '-'],
  ['*', '*'],
  ['/', '/'],
];

const PUNCTUATION = new Set(['(', ')', '[', ']', ',']);

/** Rust's `{:?}` rendering of a char, which the server's "Invalid character" message uses. */
function debugChar(ch: string): string {
  const escapes: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r', "'": "\\'", '\\': '\\\\' };
  return `'${escapes[ch] ?? ch}'`;
}

export function tokenize(source: string): TokenizeResult {
  const tokens: Token[] = [];
  const errors: ExpressionError[] = [];
  let pos = 0;
  outer: while (pos < source.length) {
    const ch = source[pos];
    const code = source.charCodeAt(pos);
    // The server skips only these three; a tab is an invalid character there.
    if (ch === ' ' || ch === '\n' || ch === '\r') {
      pos++;
      continue;
    }
    if (isWordChar(code)) {
      const start = pos;
      while (pos < source.length && isWordChar(source.charCodeAt(pos))) pos++;
      tokens.push({ kind: 'word', text: source.slice(start, pos), start, end: pos });
      continue;
    }
    if (ch === '"' || ch === "'") {
      const scanned = scanStringLiteral(source, pos);
      if (scanned.end < 0) {
        errors.push({ message: 'Unterminated string', start: pos, end: source.length });
        break;
      }
      tokens.push({ kind: 'string', value: scanned.value, start: pos, end: scanned.end });
      pos = scanned.end;
      continue;
    }
    if (PUNCTUATION.has(ch)) {
      tokens.push({ kind: ch as '(' | ')' | '[' | ']' | ',', start: pos, end: pos + 1 });
      pos++;
      continue;
    }
    for (const [spelling, op] of OPERATORS) {
      if (source.startsWith(spelling, pos)) {
        tokens.push({ kind: 'operator', op, start: pos, end: pos + spelling.length });
        pos += spelling.length;
        continue outer;
      }
    }
    const char = String.fromCodePoint(source.codePointAt(pos) ?? code);
    errors.push({ message: `Invalid character ${debugChar(char)}`, start: pos, end: pos + char.length });
    pos += char.length;
  }
  tokens.push({ kind: 'eof', start: source.length, end: source.length });
  return { tokens, errors };
}
