// Which spam rule produces which tag: a rule's condition returns a quoted tag name ('T') from one of
// its then values or its else value, so every quoted literal there is a tag the rule can set.
import { listToArray, type WireExpression } from '../../schema/wire-codec';

export interface RuleRef {
  id: string;
  name: string;
}

/** The quoted string literals ('x' or "x") in an expression's source, unescaped. */
export function quotedLiterals(source: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < source.length; i++) {
    const quote = source[i];
    if (quote !== "'" && quote !== '"') continue;
    let text = '';
    let j = i + 1;
    for (; j < source.length && source[j] !== quote; j++) {
      if (source[j] === '\\' && j + 1 < source.length) j++;
      text += source[j];
    }
    if (j >= source.length) break; // unterminated: not a literal
    out.push(text);
    i = j;
  }
  return out;
}

const TAG_NAME = /^[A-Za-z0-9_.-]+$/;

/** Tags a rule condition can produce: quoted names in its then values and its else value. */
export function tagsOfCondition(condition: WireExpression | null | undefined): string[] {
  if (!condition) return [];
  const sources = [...listToArray(condition.match).map((m) => m.then), condition.else];
  const tags = new Set<string>();
  for (const source of sources) for (const literal of quotedLiterals(source)) if (TAG_NAME.test(literal)) tags.add(literal);
  return [...tags];
}

/** Tag name -> the rules that can produce it (usually one). */
export function buildTagRuleMap(rules: ReadonlyArray<RuleRef & { condition?: WireExpression | null }>): Map<string, RuleRef[]> {
  const map = new Map<string, RuleRef[]>();
  for (const rule of rules) {
    for (const tag of tagsOfCondition(rule.condition)) {
      const list = map.get(tag) ?? [];
      list.push({ id: rule.id, name: rule.name });
      map.set(tag, list);
    }
  }
  return map;
}
