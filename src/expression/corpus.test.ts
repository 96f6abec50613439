import { describe, expect, it } from 'vitest';
import { checkExpression } from './checker';
import { compileExpressionField } from './compile-field';
import { corpus, invalidCorpus } from './corpus-data';
import { evaluateExpression } from './evaluator';
import { parseExpression } from './parser';
import { printExpression } from './printer';
import { stripSpans } from './test-helpers';

describe('corpus of rule conditions', () => {
  it('covers every spam context and MtaRcptToVariable with at least 60 cases', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    const contexts = new Set(corpus.map((c) => c.context));
    for (const context of ['SpamGenericVariable', 'SpamUrlVariable', 'SpamEmailVariable', 'SpamIpVariable', 'SpamHeaderVariable', 'MtaRcptToVariable']) {
      expect(contexts, context).toContain(context);
    }
  });

  it.each(corpus.map((c, i) => [i, c.context, c.source, c] as const))('#%i %s: %s', (_, context, source, c) => {
    const parsed = parseExpression(source);
    if (!parsed.ok) throw new Error(parsed.errors[0].message);
    expect(checkExpression(parsed.ast, context)).toEqual([]);
    const tags = new Set(c.tags ?? []);
    const env = { variables: c.variables, globals: (name: string) => (tags.has(name) ? 1 : 0) };
    expect(evaluateExpression(parsed.ast, env)).toEqual(c.expected);
    // The canonical form means the same thing.
    const reparsed = parseExpression(printExpression(parsed.ast));
    expect(reparsed.ok && stripSpans(reparsed.ast)).toEqual(stripSpans(parsed.ast));
    expect(compileExpressionField({ match: { '0': { if: source, then: "'TAG'" } }, else: 'false' }, context)).toBeNull();
  });

  it.each(invalidCorpus.map((c) => [c.context, c.source, c] as const))('%s refuses %s', (context, source, c) => {
    const [error] = checkExpression(source, context);
    expect(error.message.startsWith(c.message)).toBe(true);
    expect(error.suggestion).toBe(c.suggestion);
    expect(error.start).toBeGreaterThanOrEqual(0);
    expect(error.end).toBeLessThanOrEqual(source.length);
  });
});
