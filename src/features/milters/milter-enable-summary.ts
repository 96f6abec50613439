// The list's one-word reading of a milter's `enable` expression.
import type { WireExpression } from '../../jmap/object-types';

export type EnableSummary = 'Always' | 'Never' | 'Conditional';

export function enableSummary(enable: WireExpression | undefined): EnableSummary {
  const rows = enable?.match ? Object.keys(enable.match).length : 0;
  const value = enable?.else.trim();
  if (rows === 0 && value === 'true') return 'Always';
  if (rows === 0 && value === 'false') return 'Never';
  return 'Conditional';
}
