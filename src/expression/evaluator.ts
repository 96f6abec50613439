// Tree-walking evaluator. It never throws: bad operands give the server's fallbacks (0, "",
// false), functions that need a store, the directory or DNS give false/null unless the caller
// supplies an implementation.
import type { BinaryNode, CallNode, ExpressionNode, Value } from './ast';
import { BUILTINS } from './builtins';
import { ALL_CONSTANTS } from './contexts';
import { functionsByName } from './functions';
import { compileRustRegex } from './rust-regex';
import { compareValues, isTruthy, toInteger, toNumber, toStr, valuesEqual } from './values';

export type ExternalFunctionName =
  | 'key_get'
  | 'key_exists'
  | 'key_set'
  | 'counter_get'
  | 'counter_incr'
  | 'sql_query'
  | 'dns_query'
  | 'is_local_domain'
  | 'is_local_address';

export interface EvaluationEnv {
  variables: Record<string, Value>;
  /** `$NAME`; the spam filter answers 1 when tag NAME is set. Unanswered globals are 0. */
  globals?: (name: string) => Value | undefined;
  /** Capture groups visible as $0, $1, … before any matches() runs (e.g. from an `if`). */
  captures?: readonly string[];
  functions?: Partial<Record<ExternalFunctionName, (...args: Value[]) => Value>>;
  /** Asked first at each external call, with the call itself (Try it answers per call as written). */
  answerCall?: (call: CallNode, args: readonly Value[]) => Value | undefined;
  system?: Record<string, string>;
  metrics?: Record<string, number>;
}

/** Results of the external functions when no implementation is given: predicates are false. */
const EXTERNAL_FALLBACK: Record<ExternalFunctionName, Value> = {
  key_get: null,
  key_exists: false,
  key_set: false,
  counter_get: null,
  counter_incr: null,
  sql_query: null,
  dns_query: null,
  is_local_domain: false,
  is_local_address: false,
};

const own = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

class Evaluation {
  /** The groups of the last successful matches(), as on the server. */
  captures: string[];

  constructor(private readonly env: EvaluationEnv) {
    this.captures = [...(env.captures ?? [])];
  }

  eval(node: ExpressionNode): Value {
    switch (node.type) {
      case 'string':
      case 'integer':
      case 'float':
      case 'boolean':
      case 'duration':
        return node.value;
      case 'identifier':
        if (own(this.env.variables, node.name)) return this.env.variables[node.name] ?? null;
        // A context constant evaluates to its own name.
        return ALL_CONSTANTS.has(node.name) ? node.name : null;
      case 'global':
        return this.env.globals?.(node.name) ?? 0;
      case 'capture':
        return this.captures[node.index] ?? '';
      case 'array':
        return node.items.map((item) => this.eval(item));
      case 'index': {
        const target = this.eval(node.target);
        const index = toInteger(this.eval(node.index));
        return Array.isArray(target) && index !== undefined && index >= 0 ? (target[index] ?? null) : null;
      }
      case 'unary': {
        const operand = this.eval(node.operand);
        return node.op === '!' ? !isTruthy(operand) : -toNumber(operand);
      }
      case 'binary':
        return this.binary(node);
      case 'call':
        return this.call(node);
    }
  }

  private binary(node: BinaryNode): Value {
    // && and || short-circuit, so a matches() on the right only runs when it must.
    if (node.op === '&&') return isTruthy(this.eval(node.left)) && isTruthy(this.eval(node.right));
    if (node.op === '||') return isTruthy(this.eval(node.left)) || isTruthy(this.eval(node.right));
    const left = this.eval(node.left);
    const right = this.eval(node.right);
    switch (node.op) {
      case '^':
        return isTruthy(left) !== isTruthy(right);
      case '==':
        return valuesEqual(left, right);
      case '!=':
        return !valuesEqual(left, right);
      case '>':
        return compareValues(left, right) > 0;
      case '<':
        return compareValues(left, right) < 0;
      case '>=':
        return compareValues(left, right) >= 0;
      case '<=':
        return compareValues(left, right) <= 0;
      case '+':
        if (Array.isArray(left) || Array.isArray(right)) {
          return [...(Array.isArray(left) ? left : [left]), ...(Array.isArray(right) ? right : [right])];
        }
        if (typeof left === 'string' || typeof right === 'string') return toStr(left) + toStr(right);
        return finite(toNumber(left) + toNumber(right));
      case '-':
        return finite(toNumber(left) - toNumber(right));
      case '*':
        return finite(toNumber(left) * toNumber(right));
      case '/': {
        // JavaScript numbers do not remember whether they were written as integers, so this
        // divides exactly where the server truncates two integers (7 / 2 is 3.5 here, 3 there).
        const divisor = toNumber(right);
        return divisor === 0 ? 0 : finite(toNumber(left) / divisor);
      }
    }
  }

  private call(node: CallNode): Value {
    switch (node.name) {
      case 'matches':
        return this.matches(node);
      case 'system': {
        const name = node.args[0]?.type === 'string' ? node.args[0].value : '';
        return this.env.system?.[name] ?? '';
      }
      case 'metric': {
        const name = node.args[0]?.type === 'string' ? node.args[0].value : '';
        return this.env.metrics?.[name] ?? 0;
      }
    }
    const args: Value[] = node.args.map((arg) => this.eval(arg));
    // The checker refuses wrong arities, but unchecked trees still evaluate: missing arguments
    // are the server's default value, the empty string.
    const arity = functionsByName.get(node.name)?.args.length ?? args.length;
    while (args.length < arity) args.push('');
    if (own(EXTERNAL_FALLBACK, node.name)) {
      const name = node.name as ExternalFunctionName;
      const answered = this.env.answerCall?.(node, args);
      if (answered !== undefined) return answered;
      const implementation = this.env.functions?.[name];
      if (!implementation) return EXTERNAL_FALLBACK[name];
      try {
        return implementation(...args) ?? null;
      } catch {
        return EXTERNAL_FALLBACK[name];
      }
    }
    const builtin = own(BUILTINS, node.name) ? BUILTINS[node.name] : undefined;
    return builtin ? builtin(args) : null;
  }

  private matches(node: CallNode): Value {
    const [patternNode, valueNode] = node.args;
    if (patternNode?.type !== 'string' || !valueNode) return false;
    const compiled = compileRustRegex(patternNode.value);
    if (!compiled.ok) return false;
    const value = this.eval(valueNode);
    // An array matches when any item does; the first matching item supplies the captures.
    for (const text of Array.isArray(value) ? value.map(toStr) : [toStr(value)]) {
      compiled.regex.lastIndex = 0;
      const found = compiled.regex.exec(text);
      if (found) {
        this.captures = Array.from(found, (group) => group ?? '');
        return true;
      }
    }
    return false;
  }
}

function finite(n: number): number {
  return Number.isFinite(n) ? n : 0;
}

export interface EvaluationResult {
  value: Value;
  /** Groups of the last successful matches(), for the `then` of the same row. */
  captures: string[];
}

export function evaluateWithCaptures(ast: ExpressionNode, env: EvaluationEnv): EvaluationResult {
  const evaluation = new Evaluation(env);
  try {
    return { value: evaluation.eval(ast), captures: evaluation.captures };
  } catch (caught) {
    // A stack overflow on an absurdly deep hand-built tree; anything else is a bug to surface.
    if (caught instanceof RangeError) return { value: null, captures: evaluation.captures };
    throw caught;
  }
}

export function evaluateExpression(ast: ExpressionNode, env: EvaluationEnv): Value {
  return evaluateWithCaptures(ast, env).value;
}
