// Syntax tree of the Stalwart expression language. Every node keeps its source span so the
// editor can underline the exact text an error refers to.

export interface Span {
  start: number;
  end: number;
}

export type BinaryOperator = '||' | '&&' | '^' | '==' | '!=' | '>' | '<' | '>=' | '<=' | '+' | '-' | '*' | '/';
export type UnaryOperator = '!' | '-';
export type DurationUnit = 'ms' | 's' | 'm' | 'h' | 'd' | 'w';

export interface StringNode extends Span {
  type: 'string';
  value: string;
}
export interface IntegerNode extends Span {
  type: 'integer';
  value: number;
}
export interface FloatNode extends Span {
  type: 'float';
  value: number;
}
export interface BooleanNode extends Span {
  type: 'boolean';
  value: boolean;
}
/** `30s`, `1d`: kept as amount + unit so printing gives back what the user wrote. */
export interface DurationNode extends Span {
  type: 'duration';
  amount: number;
  unit: DurationUnit;
  /** Milliseconds, the value the server uses. */
  value: number;
}
/** A bare word: a context variable (possibly dotted) or a context constant. */
export interface IdentifierNode extends Span {
  type: 'identifier';
  name: string;
}
/** `$NAME`: in the spam filter, 1 when tag NAME is already set, else 0. */
export interface GlobalNode extends Span {
  type: 'global';
  name: string;
}
/** `$0`, `$1`: regex capture groups from the last `matches()`. */
export interface CaptureNode extends Span {
  type: 'capture';
  index: number;
}
export interface ArrayNode extends Span {
  type: 'array';
  items: ExpressionNode[];
}
export interface IndexNode extends Span {
  type: 'index';
  target: ExpressionNode;
  index: ExpressionNode;
}
export interface CallNode extends Span {
  type: 'call';
  name: string;
  /** End of the function name, so errors about the name can point at it alone. */
  nameEnd: number;
  args: ExpressionNode[];
}
export interface UnaryNode extends Span {
  type: 'unary';
  op: UnaryOperator;
  operand: ExpressionNode;
}
export interface BinaryNode extends Span {
  type: 'binary';
  op: BinaryOperator;
  left: ExpressionNode;
  right: ExpressionNode;
}

export type ExpressionNode =
  | StringNode
  | IntegerNode
  | FloatNode
  | BooleanNode
  | DurationNode
  | IdentifierNode
  | GlobalNode
  | CaptureNode
  | ArrayNode
  | IndexNode
  | CallNode
  | UnaryNode
  | BinaryNode;

export interface ExpressionError extends Span {
  message: string;
  /** A replacement for the text at start..end ("did you mean"). */
  suggestion?: string;
  /** The wording the Stalwart server uses for the same problem, when it differs from `message`. */
  serverMessage?: string;
  /** Set when the server itself accepts the expression and only the console objects to it. */
  consoleOnly?: true;
}

export type ParseResult = { ok: true; ast: ExpressionNode } | { ok: false; errors: ExpressionError[] };

/** Runtime values. Booleans behave as 1 and 0 in arithmetic and comparisons, as on the server. */
export type Value = string | number | boolean | null | Value[];

export const BINARY_PRECEDENCE: Record<BinaryOperator, number> = {
  '||': 1,
  '&&': 2,
  '^': 3,
  '==': 4,
  '!=': 4,
  '>': 5,
  '<': 5,
  '>=': 5,
  '<=': 5,
  '+': 6,
  '-': 6,
  '*': 7,
  '/': 7,
};

export const DURATION_UNIT_MS: Record<DurationUnit, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};
