// The wire form of an x:Expression field: {"match": {"0": {"if", "then"}, …}, "else"}. Note that
// `match` is a List, which Stalwart encodes as an object keyed by position, not a JSON array.
import type { Value } from './ast';
import { evaluateWithCaptures, type EvaluationEnv } from './evaluator';
import { parseExpression } from './parser';
import { isTruthy } from './values';

export interface ExpressionRow {
  if: string;
  then: string;
}

export interface ExpressionField {
  match: ExpressionRow[];
  else: string;
}

export interface FieldProblem {
  message: string;
  /** JSON-pointer-like path inside the field: "match/0/if", "else". */
  path: string;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readString(object: Record<string, unknown>, key: string, path: string): string | FieldProblem {
  if (!(key in object)) return { message: 'Missing required property', path };
  const value = object[key];
  return typeof value === 'string' ? value : { message: 'Invalid value for object property', path };
}

/** Validates the wire shape and returns the rows in order, or the first problem found. */
export function readExpressionField(wire: unknown): ExpressionField | FieldProblem {
  if (!isPlainObject(wire)) return { message: 'Invalid value for object property', path: '' };
  for (const key of Object.keys(wire)) {
    if (key !== 'match' && key !== 'else') return { message: 'Invalid property', path: key };
  }
  const rows: ExpressionRow[] = [];
  if (wire.match !== undefined) {
    if (!isPlainObject(wire.match)) return { message: 'Invalid value for object property', path: 'match' };
    const keys = Object.keys(wire.match);
    const positions = new Set(keys.map((_, i) => String(i)));
    for (const key of keys) {
      if (!positions.has(key)) return { message: `Invalid list position ${JSON.stringify(key)}`, path: `match/${key}` };
    }
    for (let i = 0; i < keys.length; i++) {
      const path = `match/${i}`;
      const row = wire.match[String(i)];
      if (!isPlainObject(row)) return { message: 'Invalid value for object property', path };
      for (const key of Object.keys(row)) {
        if (key !== 'if' && key !== 'then') return { message: 'Invalid property', path: `${path}/${key}` };
      }
      const condition = readString(row, 'if', `${path}/if`);
      if (typeof condition !== 'string') return condition;
      const then = readString(row, 'then', `${path}/then`);
      if (typeof then !== 'string') return then;
      rows.push({ if: condition, then });
    }
  }
  const otherwise = readString(wire, 'else', 'else');
  if (typeof otherwise !== 'string') return otherwise;
  return { match: rows, else: otherwise };
}

export function isFieldProblem(value: ExpressionField | FieldProblem): value is FieldProblem {
  return 'path' in value;
}

export interface FieldEvaluation {
  /** Index of the first row whose `if` held, or null when `else` gave the value. */
  matchedRow: number | null;
  value: Value;
}

/**
 * Evaluates a field the way the server does: the first row whose `if` is truthy supplies the
 * value from its `then`, with that `if`'s matches() groups as $0, $1, …; otherwise `else`.
 * A malformed field or an expression that does not parse evaluates to null / is skipped.
 */
export function evaluateExpressionField(wire: unknown, env: EvaluationEnv): FieldEvaluation {
  const field = readExpressionField(wire);
  if (isFieldProblem(field)) return { matchedRow: null, value: null };
  for (let i = 0; i < field.match.length; i++) {
    const condition = parseExpression(field.match[i].if);
    if (!condition.ok) continue;
    const result = evaluateWithCaptures(condition.ast, env);
    if (!isTruthy(result.value)) continue;
    const then = parseExpression(field.match[i].then);
    const value = then.ok ? evaluateWithCaptures(then.ast, { ...env, captures: result.captures }).value : null;
    return { matchedRow: i, value };
  }
  const otherwise = parseExpression(field.else);
  return { matchedRow: null, value: otherwise.ok ? evaluateWithCaptures(otherwise.ast, env).value : null };
}
