// The lookups an expression makes (stores, the directory, SQL, DNS): Try it cannot run them in the
// browser, so it asks for each one's answer, per call as written, instead of assuming false.
import type { ExpressionNode } from '../expression/ast';
import { functionsByName } from '../expression/functions';
import { childrenOf, parseExpression } from '../expression/parser';
import type { ExpressionModelLike } from '../expression/expression-field-problems';

export interface LookupCall {
  /** The call as written, e.g. `key_exists('spam-allow', sender_domain)`: what the answer is for. */
  text: string;
  name: string;
  /** Answers true or false (offered as a choice rather than a text box). */
  predicate: boolean;
}

export function isLookup(name: string): boolean {
  return functionsByName.get(name)?.external === true;
}

/** The text of a call node inside the source it was parsed from. */
export const callText = (source: string, node: { start: number; end: number }) => source.slice(node.start, node.end);

/** Every lookup call in the parts that parse, in source order, each text once. */
export function lookupsUsed(model: ExpressionModelLike): LookupCall[] {
  const found = new Map<string, LookupCall>();
  for (const source of [...model.match.flatMap((row) => [row.if, row.then]), model.else]) {
    const parsed = parseExpression(source);
    if (!parsed.ok) continue;
    const stack: ExpressionNode[] = [parsed.ast];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === 'call' && isLookup(node.name)) {
        const text = callText(source, node);
        if (!found.has(text)) found.set(text, { text, name: node.name, predicate: functionsByName.get(node.name)?.predicate === true });
      }
      stack.push(...childrenOf(node).reverse());
    }
  }
  return [...found.values()];
}
