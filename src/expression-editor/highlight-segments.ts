// Splits expression source into coloured runs for the highlighted mirror behind the textarea.
// The runs cover the source exactly (whitespace included) so the mirror lines up with the text.
import { constantsFor } from '../expression/contexts';
import { tokenize, type Token } from '../expression/tokenizer';

export type TokenKind =
  | 'plain'
  | 'string'
  | 'number'
  | 'boolean'
  | 'operator'
  | 'punctuation'
  | 'variable'
  | 'function'
  | 'constant'
  | 'global'
  | 'capture';

export type MarkSeverity = 'error' | 'warning';

export interface Mark {
  start: number;
  end: number;
  severity: MarkSeverity;
}

export interface Segment {
  text: string;
  kind: TokenKind;
  mark?: MarkSeverity;
}

export interface Highlight {
  segments: Segment[];
  /** A problem at the very end (e.g. "Unexpected end of expression"): the mirror marks a blank after the text. */
  endMark?: MarkSeverity;
}

const NUMBER_WORD = /^(\d+(\.\d*)?|\.\d+|\d+(ms|s|m|h|d|w))$/;

function wordKind(text: string, next: Token | undefined, constants: ReadonlySet<string>): TokenKind {
  if (NUMBER_WORD.test(text)) return 'number';
  if (text === 'true' || text === 'false') return 'boolean';
  if (text.startsWith('$') && text.length > 1) return /^\$\d+$/.test(text) ? 'capture' : 'global';
  if (next?.kind === '(') return 'function';
  return constants.has(text) ? 'constant' : 'variable';
}

function tokenKind(token: Token, next: Token | undefined, constants: ReadonlySet<string>): TokenKind {
  switch (token.kind) {
    case 'word':
      return wordKind(token.text, next, constants);
    case 'string':
      return 'string';
    case 'operator':
      return 'operator';
    case 'eof':
      return 'plain';
    default:
      return 'punctuation';
  }
}

const rank = (severity: MarkSeverity | undefined) => (severity === 'error' ? 2 : severity === 'warning' ? 1 : 0);

export function highlightSegments(source: string, contextName: string, marks: readonly Mark[] = []): Highlight {
  const constants = new Set(constantsFor(contextName));
  const { tokens, errors } = tokenize(source);
  const kinds = new Array<TokenKind>(source.length).fill('plain');
  tokens.forEach((token, i) => {
    const kind = tokenKind(token, tokens[i + 1], constants);
    for (let p = token.start; p < token.end; p++) kinds[p] = kind;
  });
  // The tokenizer stops at an unterminated string; colour the rest as the string it is.
  const open = errors.find((error) => error.message === 'Unterminated string');
  if (open) for (let p = open.start; p < source.length; p++) kinds[p] = 'string';

  const marked = new Array<MarkSeverity | undefined>(source.length).fill(undefined);
  let endMark: MarkSeverity | undefined;
  const put = (p: number, severity: MarkSeverity) => {
    if (rank(severity) > rank(marked[p])) marked[p] = severity;
  };
  for (const mark of marks) {
    const start = Math.max(0, Math.min(mark.start, source.length));
    const end = Math.max(start, Math.min(mark.end, source.length));
    if (end > start) for (let p = start; p < end; p++) put(p, mark.severity);
    else if (start < source.length) put(start, mark.severity);
    else if (rank(mark.severity) > rank(endMark)) endMark = mark.severity;
  }

  const segments: Segment[] = [];
  for (let p = 0; p < source.length; p++) {
    const last = segments[segments.length - 1];
    if (last && last.kind === kinds[p] && last.mark === marked[p]) {
      last.text += source[p];
    } else {
      segments.push(marked[p] ? { text: source[p], kind: kinds[p], mark: marked[p] } : { text: source[p], kind: kinds[p] });
    }
  }
  return endMark ? { segments, endMark } : { segments };
}
