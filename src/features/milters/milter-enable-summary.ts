// The list's reading of a milter's `enable` expression: one word, and for a conditional one the
// condition itself, in the words of the form (Condition, Result, Otherwise).
import type { WireExpression } from '../../schema/wire-types';

export type EnableSummary = 'Always' | 'Never' | 'Conditional';

function rowsOf(enable: WireExpression | undefined): { if: string; then: string }[] {
  return Object.values(enable?.match ?? {}).map((row) => ({ if: row.if.trim(), then: row.then.trim() }));
}

export function enableSummary(enable: WireExpression | undefined): EnableSummary {
  const rows = rowsOf(enable);
  const value = enable?.else.trim();
  if (rows.length === 0 && value === 'true') return 'Always';
  if (rows.length === 0 && value === 'false') return 'Never';
  return 'Conditional';
}

/** When a conditional milter runs, as text; null for Always and Never. */
export function enableCondition(enable: WireExpression | undefined): string | null {
  if (!enable || enableSummary(enable) !== 'Conditional') return null;
  const rows = rowsOf(enable);
  const otherwise = enable.else.trim();
  const conditions = rows.map((row) => row.if).join(' or ');
  // The two usual shapes read as one sentence; anything else is spelled out row by row.
  if (rows.length === 0) return `When ${otherwise}`;
  if (otherwise === 'false' && rows.every((row) => row.then === 'true')) return `When ${conditions}`;
  if (otherwise === 'true' && rows.every((row) => row.then === 'false')) return `Unless ${conditions}`;
  return `${rows.map((row) => `If ${row.if}: ${row.then}`).join('; ')}; otherwise ${otherwise}`;
}
