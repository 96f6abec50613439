// Pure edits of an Expression's if/then rows; the widget only wires them to buttons.
import type { ExpressionModel } from '../schema/field-builders';

export type ExpressionRow = ExpressionModel['match'][number];

export function ensureExpression(value: unknown): ExpressionModel {
  if (typeof value === 'object' && value !== null && 'else' in value) {
    const v = value as Partial<ExpressionModel>;
    return { match: Array.isArray(v.match) ? v.match : [], else: typeof v.else === 'string' ? v.else : '' };
  }
  return { match: [], else: '' };
}

export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

export function removeItem<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

export function addRow(model: ExpressionModel): ExpressionModel {
  return { ...model, match: [...model.match, { if: '', then: '' }] };
}

export function removeRow(model: ExpressionModel, index: number): ExpressionModel {
  return { ...model, match: removeItem(model.match, index) };
}

export function moveRow(model: ExpressionModel, index: number, delta: -1 | 1): ExpressionModel {
  return { ...model, match: moveItem(model.match, index, delta) };
}

export function setRowPart(model: ExpressionModel, index: number, part: 'if' | 'then', text: string): ExpressionModel {
  return { ...model, match: model.match.map((row, i) => (i === index ? { ...row, [part]: text } : row)) };
}

/** The error for one input, from errors keyed by path inside the field ("match/0/if", "else"). */
export function rowError(pathErrors: Readonly<Record<string, string>>, index: number, part: 'if' | 'then'): string | undefined {
  // A message on the whole row ("match/0") is shown on its condition.
  return pathErrors[`match/${index}/${part}`] ?? (part === 'if' ? pathErrors[`match/${index}`] : undefined);
}
