// Walking a parsed expression tree without recursion.
import type { ExpressionNode } from './ast';

/** Depth of the tree, measured without recursion so long operator chains cannot overflow. */
export function treeDepth(root: ExpressionNode): number {
  let max = 0;
  const stack: Array<[ExpressionNode, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    for (const child of childrenOf(node)) stack.push([child, depth + 1]);
  }
  return max;
}

/** The direct children of a node, in source order. */
export function childrenOf(node: ExpressionNode): ExpressionNode[] {
  switch (node.type) {
    case 'array':
      return node.items;
    case 'call':
      return node.args;
    case 'index':
      return [node.target, node.index];
    case 'unary':
      return [node.operand];
    case 'binary':
      return [node.left, node.right];
    default:
      return [];
  }
}
