// Recursive-descent parser producing a spanned tree. It never throws: problems come back as
// ExpressionError values worded like the server's compiler where the server has a wording.
import {
  BINARY_PRECEDENCE,
  DURATION_UNIT_MS,
  type BinaryOperator,
  type DurationUnit,
  type ExpressionError,
  type ExpressionNode,
  type ParseResult,
} from './ast';
import { tokenize, type Token } from './tokenizer';
import { treeDepth } from './tree-walk';

export { childrenOf } from './tree-walk';

/** Guards the recursion of this parser and of every tree walker after it. */
const MAX_NESTING = 256;
const MAX_TREE_DEPTH = 2000;
const I64_MAX = 9223372036854775807n;

const DURATION_WORD = /^(\d+)(ms|s|m|h|d|w)$/;
const FLOAT_WORD = /^(\d+\.\d*|\.\d+)$/;

class ParseFailure {
  constructor(readonly error: ExpressionError) {}
}

function fail(message: string, start: number, end: number): never {
  throw new ParseFailure({ message, start, end });
}

function describe(token: Token): string {
  switch (token.kind) {
    case 'word':
      return `'${token.text}'`;
    case 'string':
      return 'a string';
    case 'operator':
      return `'${token.op}'`;
    case 'eof':
      return 'the end of the expression';
    default:
      return `'${token.kind}'`;
  }
}

/** Turns a word into a literal, capture, global or identifier, as the server's tokenizer does. */
function wordNode(text: string, start: number, end: number): ExpressionNode {
  if (/^[0-9.]+$/.test(text) && /[0-9]/.test(text)) {
    if (text.includes('.')) {
      if (!FLOAT_WORD.test(text)) fail(`Invalid float value ${text}`, start, end);
      return { type: 'float', value: Number(text), start, end };
    }
    if (BigInt(text) > I64_MAX) fail(`Invalid integer value ${text}`, start, end);
    return { type: 'integer', value: Number(text), start, end };
  }
  if (text === 'true' || text === 'false') return { type: 'boolean', value: text === 'true', start, end };
  if (text.startsWith('$') && text.length > 1) {
    const name = text.slice(1);
    // Capture indexes are u32 on the server; a longer digit run is a global name there too.
    if (/^\d+$/.test(name) && Number(name) <= 0xffffffff) return { type: 'capture', index: Number(name), start, end };
    return { type: 'global', name, start, end };
  }
  const duration = DURATION_WORD.exec(text);
  if (duration) {
    const amount = Number(duration[1]);
    const unit = duration[2] as DurationUnit;
    return { type: 'duration', amount, unit, value: amount * DURATION_UNIT_MS[unit], start, end };
  }
  return { type: 'identifier', name: text, start, end };
}

class Parser {
  private pos = 0;
  private nesting = 0;

  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.pos];
  }

  private next(): Token {
    const token = this.tokens[this.pos];
    if (token.kind !== 'eof') this.pos++;
    return token;
  }

  private enter(token: Token): void {
    if (++this.nesting > MAX_NESTING) fail('Expression is nested too deeply', token.start, token.end);
  }

  parseAll(): ExpressionNode {
    const node = this.parseBinary(1);
    const rest = this.peek();
    if (rest.kind === ')') fail('Unmatched close parenthesis', rest.start, rest.end);
    if (rest.kind === ']') fail('Unmatched close bracket', rest.start, rest.end);
    if (rest.kind !== 'eof') fail(`Expected an operator before ${describe(rest)}`, rest.start, rest.end);
    return node;
  }

  private parseBinary(minPrecedence: number): ExpressionNode {
    let left = this.parseUnary();
    for (;;) {
      const token = this.peek();
      if (token.kind !== 'operator' || token.op === '!') return left;
      const precedence = BINARY_PRECEDENCE[token.op];
      if (precedence < minPrecedence) return left;
      this.next();
      const right = this.parseBinary(precedence + 1);
      left = { type: 'binary', op: token.op as BinaryOperator, left, right, start: left.start, end: right.end };
    }
  }

  private parseUnary(): ExpressionNode {
    const token = this.peek();
    if (token.kind === 'operator' && (token.op === '!' || token.op === '-')) {
      this.next();
      this.enter(token);
      const operand = this.parseUnary();
      this.nesting--;
      return { type: 'unary', op: token.op, operand, start: token.start, end: operand.end };
    }
    return this.parsePostfix();
  }

  private parsePostfix(): ExpressionNode {
    let node = this.parsePrimary();
    while (this.peek().kind === '[') {
      const open = this.next();
      if (this.peek().kind === ']') fail('Missing array index', open.start, this.peek().end);
      this.enter(open);
      const index = this.parseBinary(1);
      this.nesting--;
      const close = this.next();
      if (close.kind !== ']') this.unclosed(open, close, 'bracket');
      node = { type: 'index', target: node, index, start: node.start, end: close.end };
    }
    return node;
  }

  private unclosed(open: Token, found: Token, what: 'parenthesis' | 'bracket'): never {
    if (found.kind === 'eof') fail(`Unmatched open ${what}`, open.start, open.end);
    const closer = what === 'parenthesis' ? "')'" : "']'";
    fail(`Expected ',' or ${closer}, found ${describe(found)}`, found.start, found.end);
  }

  /** Comma-separated expressions up to `close`; the opening token is already consumed. */
  private parseList(open: Token, close: ')' | ']'): { items: ExpressionNode[]; end: number } {
    const items: ExpressionNode[] = [];
    this.enter(open);
    if (this.peek().kind === close) {
      this.nesting--;
      return { items, end: this.next().end };
    }
    for (;;) {
      items.push(this.parseBinary(1));
      const token = this.next();
      if (token.kind === close) {
        this.nesting--;
        return { items, end: token.end };
      }
      if (token.kind !== ',') this.unclosed(open, token, close === ')' ? 'parenthesis' : 'bracket');
    }
  }

  private parsePrimary(): ExpressionNode {
    const token = this.next();
    switch (token.kind) {
      case 'string':
        return { type: 'string', value: token.value, start: token.start, end: token.end };
      case 'word': {
        const node = wordNode(token.text, token.start, token.end);
        if (node.type === 'identifier' && this.peek().kind === '(') {
          const open = this.next();
          const { items, end } = this.parseList(open, ')');
          return { type: 'call', name: token.text, nameEnd: token.end, args: items, start: token.start, end };
        }
        return node;
      }
      case '(': {
        this.enter(token);
        const inner = this.parseBinary(1);
        this.nesting--;
        const close = this.next();
        if (close.kind !== ')') {
          if (close.kind === 'eof') fail('Unmatched open parenthesis', token.start, token.end);
          fail(`Expected ')' before ${describe(close)}`, close.start, close.end);
        }
        // The span takes in the parentheses, so an error on the group underlines all of it.
        return { ...inner, start: token.start, end: close.end };
      }
      case '[': {
        const { items, end } = this.parseList(token, ']');
        return { type: 'array', items, start: token.start, end };
      }
      case ')':
        return fail('Unmatched close parenthesis', token.start, token.end);
      case ']':
        return fail('Unmatched close bracket', token.start, token.end);
      case 'eof':
        return fail('Unexpected end of expression', token.start, token.end);
      default:
        return fail(`Expected a value, found ${describe(token)}`, token.start, token.end);
    }
  }
}

export function parseExpression(source: string): ParseResult {
  try {
    if (source.trim() === '') return { ok: false, errors: [{ message: 'Empty expression', start: 0, end: source.length }] };
    const { tokens, errors } = tokenize(source);
    if (errors.length > 0) return { ok: false, errors };
    const ast = new Parser(tokens).parseAll();
    if (treeDepth(ast) > MAX_TREE_DEPTH) {
      return { ok: false, errors: [{ message: 'Expression is nested too deeply', start: 0, end: source.length }] };
    }
    return { ok: true, ast };
  } catch (caught) {
    if (caught instanceof ParseFailure) return { ok: false, errors: [caught.error] };
    // Nesting limits keep the stack small, but a result is owed even if it still overflows.
    if (caught instanceof RangeError) {
      return { ok: false, errors: [{ message: 'Expression is nested too deeply', start: 0, end: source.length }] };
    }
    throw caught;
  }
}
