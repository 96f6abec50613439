// fast-check generators for parser-normal trees (the shapes parseExpression produces) and for
// runtime values, used by the property tests.
import fc from 'fast-check';
import type { BinaryOperator, DurationUnit, ExpressionNode, Value } from './ast';
import { ALL_CONSTANTS, ALL_VARIABLES } from './contexts';
import { expressionFunctions } from './functions';
import { scanStringLiteral, encodeStringLiteral } from './string-literal';

const span = { start: 0, end: 0 };
const BINARY: BinaryOperator[] = ['||', '&&', '^', '==', '!=', '>', '<', '>=', '<=', '+', '-', '*', '/'];
const UNITS: DurationUnit[] = ['ms', 's', 'm', 'h', 'd', 'w'];
const NAMES = [...ALL_VARIABLES, ...ALL_CONSTANTS];

/** Only values the language can write: those whose printed literal scans back to them. */
const representable = (value: string) => {
  const literal = encodeStringLiteral(value);
  const scanned = scanStringLiteral(literal, 0);
  return scanned.end === literal.length && scanned.value === value;
};

const stringValue = fc
  .string({ unit: fc.constantFrom('a', 'Z', '0', ' ', "'", '"', '\\', 'n', 't', '.', '\n', 'é', '✓', '$', '('), maxLength: 12 })
  .filter(representable);

const leaf: fc.Arbitrary<ExpressionNode> = fc.oneof(
  stringValue.map((value): ExpressionNode => ({ type: 'string', value, ...span })),
  fc.nat({ max: 1_000_000_000 }).map((value): ExpressionNode => ({ type: 'integer', value, ...span })),
  fc.nat({ max: 10_000_000 }).map((n): ExpressionNode => ({ type: 'float', value: n / 100, ...span })),
  fc.boolean().map((value): ExpressionNode => ({ type: 'boolean', value, ...span })),
  fc.tuple(fc.nat({ max: 1000 }), fc.constantFrom(...UNITS)).map(
    ([amount, unit]): ExpressionNode => ({
      type: 'duration',
      amount,
      unit,
      value: amount * { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[unit],
      ...span,
    }),
  ),
  fc.constantFrom(...NAMES).map((name): ExpressionNode => ({ type: 'identifier', name, ...span })),
  fc.constantFrom('SPF_FAIL', 'DKIM_ALLOW', 'X.Y', 'A1').map((name): ExpressionNode => ({ type: 'global', name, ...span })),
  fc.nat({ max: 9 }).map((index): ExpressionNode => ({ type: 'capture', index, ...span })),
);

export const astArbitrary: fc.Arbitrary<ExpressionNode> = fc.letrec<{ node: ExpressionNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('node'), { maxLength: 3 }).map((items): ExpressionNode => ({ type: 'array', items, ...span })),
    fc.tuple(tie('node'), tie('node')).map(([target, index]): ExpressionNode => ({ type: 'index', target, index, ...span })),
    fc
      .tuple(fc.constantFrom(...expressionFunctions.map((f) => f.name)), fc.array(tie('node'), { maxLength: 3 }))
      .map(([name, args]): ExpressionNode => ({ type: 'call', name, args, nameEnd: 0, ...span })),
    fc.tuple(fc.constantFrom<'!' | '-'>('!', '-'), tie('node')).map(([op, operand]): ExpressionNode => ({ type: 'unary', op, operand, ...span })),
    fc
      .tuple(fc.constantFrom(...BINARY), tie('node'), tie('node'))
      .map(([op, left, right]): ExpressionNode => ({ type: 'binary', op, left, right, ...span })),
  ),
})).node;

export const valueArbitrary: fc.Arbitrary<Value> = fc.letrec<{ value: Value }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ maxLength: 12 }),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom('192.0.2.1', '::1', 'user@example.com', '10.0.0.0/8', '12'),
    fc.array(tie('value'), { maxLength: 4 }),
  ),
})).value;

/** A well-formed runtime value: no undefined, NaN or infinities anywhere. */
export function isValue(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  return Array.isArray(value) && value.every(isValue);
}
