// Canonical text for a tree: canonical operator spellings, single quotes where the value allows,
// and only the parentheses needed to give the same tree back when parsed.
import { BINARY_PRECEDENCE, type ExpressionNode } from './ast';
import { encodeStringLiteral } from './string-literal';

/** Plain decimal digits: the tokenizer has no exponent syntax, and a float needs its dot. */
function formatFloat(value: number): string {
  if (!Number.isFinite(value)) return '0.0';
  let text = String(Math.abs(value));
  const exponent = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (exponent) {
    const digits = exponent[1] + (exponent[2] ?? '');
    const shift = Number(exponent[3]);
    text =
      shift >= 0
        ? digits.padEnd(shift + 1, '0').slice(0, shift + 1) + '.' + (digits.slice(shift + 1) || '0')
        : '0.' + '0'.repeat(-shift - 1) + digits;
  }
  if (!text.includes('.')) text += '.0';
  return value < 0 ? '-' + text : text;
}

function needsParens(child: ExpressionNode, parentPrecedence: number, isRight: boolean): boolean {
  if (child.type !== 'binary') return false;
  const precedence = BINARY_PRECEDENCE[child.op];
  // Operators are left-associative, so an equal-precedence right operand needs grouping.
  return isRight ? precedence <= parentPrecedence : precedence < parentPrecedence;
}

export function printExpression(node: ExpressionNode): string {
  switch (node.type) {
    case 'string':
      return encodeStringLiteral(node.value);
    case 'integer':
      return String(node.value);
    case 'float':
      return formatFloat(node.value);
    case 'boolean':
      return node.value ? 'true' : 'false';
    case 'duration':
      return `${node.amount}${node.unit}`;
    case 'identifier':
      return node.name;
    case 'global':
      return '$' + node.name;
    case 'capture':
      return '$' + node.index;
    case 'array':
      return '[' + node.items.map(printExpression).join(', ') + ']';
    case 'call':
      return node.name + '(' + node.args.map(printExpression).join(', ') + ')';
    case 'index': {
      const target = printExpression(node.target);
      const wrap = node.target.type === 'binary' || node.target.type === 'unary';
      return (wrap ? `(${target})` : target) + '[' + printExpression(node.index) + ']';
    }
    case 'unary': {
      const operand = printExpression(node.operand);
      return node.op + (node.operand.type === 'binary' ? `(${operand})` : operand);
    }
    case 'binary': {
      const precedence = BINARY_PRECEDENCE[node.op];
      const left = printExpression(node.left);
      const right = printExpression(node.right);
      return (
        (needsParens(node.left, precedence, false) ? `(${left})` : left) +
        ` ${node.op} ` +
        (needsParens(node.right, precedence, true) ? `(${right})` : right)
      );
    }
  }
}
