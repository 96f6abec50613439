import type { ExpressionNode } from '../../../src/expression/ast';
import type { ExpressionContextName } from '../../../src/expression/contexts';
import { evaluateWithCaptures, type EvaluationEnv } from '../../../src/expression/evaluator';
import { compileExpressionField } from '../../../src/expression/compile-field';
import { isFieldProblem, readExpressionField } from '../../../src/expression/expression-field';
import { parseExpression } from '../../../src/expression/parser';
import { isTruthy } from '../../../src/expression/values';
import type { RuleValue, SpamRuleScope, WireExpression } from './classify-types';

/** Variable context of each rule scope (Stalwart docs, SpamRule). */
export const SCOPE_CONTEXT: Record<SpamRuleScope, ExpressionContextName> = {
  Any: 'SpamGenericVariable',
  Domain: 'SpamGenericVariable',
  Body: 'SpamGenericVariable',
  Url: 'SpamUrlVariable',
  Email: 'SpamEmailVariable',
  Ip: 'SpamIpVariable',
  Header: 'SpamHeaderVariable',
};

export type CompiledCondition =
  | { ok: true; evaluate: (env: EvaluationEnv) => RuleValue }
  | { ok: false; problem: string };

/**
 * Parses a rule condition once so it can run over every header, URL or address. Evaluation is
 * evaluateExpressionField's: the first truthy `if` gives its `then` (with that `if`'s captures),
 * otherwise `else`. A condition the server would refuse to compile is reported, not run.
 */
export function compileCondition(wire: WireExpression, scope: SpamRuleScope): CompiledCondition {
  const problem = compileExpressionField(wire, SCOPE_CONTEXT[scope]);
  if (problem) return { ok: false, problem: problem.path ? `${problem.path}: ${problem.message}` : problem.message };
  const field = readExpressionField(wire);
  if (isFieldProblem(field)) return { ok: false, problem: field.message };
  const parse = (source: string): ExpressionNode | undefined => {
    const parsed = parseExpression(source);
    return parsed.ok ? parsed.ast : undefined;
  };
  const rows = field.match.map((row) => ({ if: parse(row.if), then: parse(row.then) }));
  const otherwise = parse(field.else);
  return {
    ok: true,
    evaluate: (env) => {
      for (const row of rows) {
        if (!row.if) continue;
        const condition = evaluateWithCaptures(row.if, env);
        if (!isTruthy(condition.value)) continue;
        return row.then ? evaluateWithCaptures(row.then, { ...env, captures: condition.captures }).value : null;
      }
      return otherwise ? evaluateWithCaptures(otherwise, env).value : null;
    },
  };
}

/** A condition's result as tag names: a string names one tag, an array several; anything else none. */
export function tagsFromValue(value: RuleValue): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap((item) => (typeof item === 'string' ? tagsFromValue(item) : []));
  return [];
}
