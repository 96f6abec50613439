// Shared helpers for the expression tests: parse-or-fail and span stripping.
import type { ExpressionNode } from './ast';
import { parseExpression } from './parser';

export function parseOk(source: string): ExpressionNode {
  const result = parseExpression(source);
  if (!result.ok) throw new Error(`${source}: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.ast;
}

/** The tree without spans, for comparing trees parsed from different text. */
export function stripSpans(node: ExpressionNode): unknown {
  return JSON.parse(JSON.stringify(node, (key, value: unknown) => (key === 'start' || key === 'end' || key === 'nameEnd' ? undefined : value)));
}
