import { describe, expect, it } from 'vitest';
import type { ExpressionNode } from './ast';
import { printExpression } from './printer';
import { parseOk, stripSpans } from './test-helpers';

const canonical = (source: string) => printExpression(parseOk(source));
const span = { start: 0, end: 0 };

describe('printExpression', () => {
  it.each([
    ['a=1&b=2|c', 'a == 1 && b == 2 || c'],
    ['((a))', 'a'],
    ['(a && b) || c', 'a && b || c'],
    ['a && (b || c)', 'a && (b || c)'],
    ['a - (b - c)', 'a - (b - c)'],
    ['(a - b) - c', 'a - b - c'],
    ['(a * b) + c', 'a * b + c'],
    ['(a + b) * c', '(a + b) * c'],
    ['!(a && b)', '!(a && b)'],
    ['-(1 + 2)', '-(1 + 2)'],
    ['(-a)[0]', '(-a)[0]'],
    ['"plain"', "'plain'"],
    ['"it\'s"', '"it\'s"'],
    ["'it\\'s'", "'it\\'s'"],
    ['contains( x ,"y" )', "contains(x, 'y')"],
    ['[ 1,2 ]', '[1, 2]'],
    ['30s+1.50', '30s + 1.5'],
    ['2.0', '2.0'],
    ['a^b', 'a ^ b'],
  ])('%s prints as %s', (source, expected) => {
    expect(canonical(source)).toBe(expected);
  });

  it('writes floats in plain decimal notation the tokenizer reads', () => {
    const big: ExpressionNode = { type: 'float', value: 1.5e21, ...span };
    const small: ExpressionNode = { type: 'float', value: 1.5e-7, ...span };
    expect(printExpression(big)).toBe('1500000000000000000000.0');
    expect(printExpression(small)).toBe('0.00000015');
    expect(stripSpans(parseOk(printExpression(small)))).toEqual(stripSpans(small));
  });

  it('round-trips strings that hold control characters after a backslash', () => {
    const node: ExpressionNode = { type: 'string', value: 'a\\\nb', ...span };
    expect(printExpression(node)).toBe("'a\\nb'");
    expect(stripSpans(parseOk(printExpression(node)))).toEqual(stripSpans(node));
  });
});
