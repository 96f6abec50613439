import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { astArbitrary, isValue, valueArbitrary } from './ast-arbitrary';
import { checkExpression } from './checker';
import { ALL_VARIABLES } from './contexts';
import { evaluateExpression } from './evaluator';
import { evaluateExpressionField } from './expression-field';
import { parseExpression } from './parser';
import { printExpression } from './printer';
import { stripSpans } from './test-helpers';

const EXPRESSION_CHARS = fc.constantFrom(
  ...'abz_.$019 ()[],\'"\\!-+*/<>=&|^#\t\n'.split(''),
  'matches(',
  'contains(',
  '&&',
  '||',
  '30s',
  'value',
  '$1',
);

describe('properties', () => {
  it('print then parse gives back the same tree', () => {
    fc.assert(
      fc.property(astArbitrary, (ast) => {
        const printed = printExpression(ast);
        const parsed = parseExpression(printed);
        if (!parsed.ok) throw new Error(`${printed}: ${parsed.errors[0].message}`);
        expect(stripSpans(parsed.ast)).toEqual(stripSpans(ast));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws while parsing or checking arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: EXPRESSION_CHARS, maxLength: 30 })), (source) => {
        const result = parseExpression(source);
        if (result.ok) {
          // Whatever parses also prints to text that parses to the same tree.
          const again = parseExpression(printExpression(result.ast));
          expect(again.ok && stripSpans(again.ast)).toEqual(stripSpans(result.ast));
        } else {
          for (const error of result.errors) {
            expect(error.start).toBeGreaterThanOrEqual(0);
            expect(error.end).toBeLessThanOrEqual(source.length);
            expect(error.start).toBeLessThanOrEqual(error.end);
          }
        }
        checkExpression(source, 'SpamHeaderVariable');
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws while evaluating generated expressions, and yields well-formed values', () => {
    const names = [...ALL_VARIABLES];
    fc.assert(
      fc.property(astArbitrary, fc.array(valueArbitrary, { minLength: names.length, maxLength: names.length }), (ast, values) => {
        const variables = Object.fromEntries(names.map((name, i) => [name, values[i]]));
        const value = evaluateExpression(ast, { variables, globals: (name) => (name.length % 2 ? 1 : undefined) });
        expect(isValue(value)).toBe(true);
        checkExpression(ast, 'SpamGenericVariable', { allowCaptures: true });
      }),
      { numRuns: 500 },
    );
  });

  it('never throws while evaluating generated fields', () => {
    fc.assert(
      fc.property(astArbitrary, astArbitrary, astArbitrary, valueArbitrary, (condition, then, otherwise, value) => {
        const wire = { match: { '0': { if: printExpression(condition), then: printExpression(then) } }, else: printExpression(otherwise) };
        const result = evaluateExpressionField(wire, { variables: { value } });
        expect(isValue(result.value)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
