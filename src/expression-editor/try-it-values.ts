// Pure parts of the "Try it" panel: which names an expression reads, how a typed sample value
// becomes a runtime value, how a result is shown, and the evaluation itself.
import type { ExpressionNode, Value } from '../expression/ast';
import { constantsFor } from '../expression/contexts';
import type { FieldEvaluation } from '../expression/expression-field';
import { evaluateWithCaptures, type EvaluationEnv } from '../expression/evaluator';
import { childrenOf, parseExpression } from '../expression/parser';
import { encodeStringLiteral } from '../expression/string-literal';
import type { ExpressionModelLike } from '../expression/expression-field-problems';
import { isTruthy } from '../expression/values';
import { callText } from './try-it-lookups';

export interface UsedNames {
  /** Variables in order of first use; context constants are left out (they are not inputs). */
  variables: string[];
  /** `$TAG` globals, without the `$`. */
  globals: string[];
}

function sourcesOf(model: ExpressionModelLike): string[] {
  return [...model.match.flatMap((row) => [row.if, row.then]), model.else];
}

/** Names the expression reads, from the trees of every part that parses. */
export function variablesUsed(model: ExpressionModelLike, contextName: string): UsedNames {
  const constants = new Set(constantsFor(contextName));
  const variables = new Set<string>();
  const globals = new Set<string>();
  for (const source of sourcesOf(model)) {
    const parsed = parseExpression(source);
    if (!parsed.ok) continue;
    // Iterative walk in source order: long operator chains must not overflow the stack.
    const stack: ExpressionNode[] = [parsed.ast];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === 'identifier' && !constants.has(node.name)) variables.add(node.name);
      if (node.type === 'global') globals.add(node.name);
      stack.push(...childrenOf(node).reverse());
    }
  }
  return { variables: [...variables], globals: [...globals] };
}

/** Parts that are empty or do not parse; the server would refuse them and the evaluation skips them. */
export function unparsableParts(model: ExpressionModelLike): string[] {
  const out: string[] = [];
  model.match.forEach((row, i) => {
    if (!parseExpression(row.if).ok) out.push(`Condition ${i + 1}`);
    if (!parseExpression(row.then).ok) out.push(`Result ${i + 1}`);
  });
  if (!parseExpression(model.else).ok) out.push(model.match.length > 0 ? 'Otherwise' : 'Value');
  return out;
}

function literalValue(node: ExpressionNode, source: string, nested: boolean): Value | undefined {
  switch (node.type) {
    case 'string':
    case 'integer':
    case 'float':
    case 'boolean':
      return node.value;
    case 'unary':
      if (node.op === '-' && (node.operand.type === 'integer' || node.operand.type === 'float')) return -node.operand.value;
      return undefined;
    case 'identifier':
    case 'duration':
      // A bare word in a list is plain text ([a, b]); on its own the whole input is text anyway.
      return nested ? source.slice(node.start, node.end) : undefined;
    case 'array': {
      const items = node.items.map((item) => literalValue(item, source, true));
      return items.every((item) => item !== undefined) ? (items as Value[]) : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * A sample value as typed: numbers become numbers, true/false booleans, [a, b] a list, a quoted
 * literal its text; anything else is taken as plain text, exactly as typed.
 */
export function parseTryValue(text: string): Value {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const parsed = parseExpression(trimmed);
  if (!parsed.ok) return text;
  return literalValue(parsed.ast, trimmed, false) ?? text;
}

/** A result written as an expression literal, so strings, numbers and lists are told apart. */
export function formatValue(value: Value): string {
  if (value === null) return 'no value';
  if (typeof value === 'string') return encodeStringLiteral(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  return `[${value.map(formatValue).join(', ')}]`;
}

export interface TryEvaluation extends FieldEvaluation {
  /** The first lookup reached without an answer, as written: the result waits for it. */
  unanswered: string | null;
}

/** Thrown at a lookup without an answer: what follows depends on it, so evaluation stops there. */
class Unanswered {
  constructor(readonly text: string) {}
}

/**
 * Evaluates rows then Otherwise as the server does (first true condition gives its result, with
 * that condition's matches() groups as $0, $1, …). Each lookup takes the answer typed for its
 * call text; the first one reached without an answer stops the evaluation and is named.
 */
export function evaluateTry(
  model: ExpressionModelLike,
  variableTexts: Readonly<Record<string, string>>,
  globalTexts: Readonly<Record<string, string>> = {},
  lookupTexts: Readonly<Record<string, string>> = {},
): TryEvaluation {
  const variables: Record<string, Value> = {};
  for (const [name, text] of Object.entries(variableTexts)) variables[name] = parseTryValue(text);
  const envFor = (source: string, captures: readonly string[] = []): EvaluationEnv => ({
    variables,
    captures,
    globals: (name) => (Object.prototype.hasOwnProperty.call(globalTexts, name) ? parseTryValue(globalTexts[name]) : undefined),
    answerCall: (call) => {
      const text = callText(source, call);
      const answer = lookupTexts[text];
      if (answer === undefined || answer.trim() === '') throw new Unanswered(text);
      return parseTryValue(answer);
    },
  });
  const run = (source: string, captures?: readonly string[]) => {
    const parsed = parseExpression(source);
    return parsed.ok ? evaluateWithCaptures(parsed.ast, envFor(source, captures)) : null;
  };
  try {
    for (let i = 0; i < model.match.length; i++) {
      const condition = run(model.match[i].if);
      if (!condition || !isTruthy(condition.value)) continue;
      return { matchedRow: i, value: run(model.match[i].then, condition.captures)?.value ?? null, unanswered: null };
    }
    return { matchedRow: null, value: run(model.else)?.value ?? null, unanswered: null };
  } catch (caught) {
    if (caught instanceof Unanswered) return { matchedRow: null, value: null, unanswered: caught.text };
    throw caught;
  }
}

/** Which part gave the value, in the form's words (Condition, Result, Otherwise, Value). */
export function matchSummary(evaluation: FieldEvaluation, rowCount: number): string {
  if (evaluation.matchedRow !== null) return `Condition ${evaluation.matchedRow + 1} is true: Result ${evaluation.matchedRow + 1} applies`;
  return rowCount === 0 ? 'There are no conditions: the Value applies' : 'No condition is true: Otherwise applies';
}
