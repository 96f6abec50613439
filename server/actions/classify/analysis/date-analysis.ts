// The server's `date` module: MISSING_DATE, INVALID_DATE, DATE_IN_PAST (over a day), DATE_IN_FUTURE (over 2 h).
import { fieldsNamed, type AnalysisContext } from './analysis-context';

export function analyzeDate(ctx: AnalysisContext): string[] {
  const field = fieldsNamed(ctx, 'date')[0];
  if (!field) return ['MISSING_DATE'];
  const time = Date.parse(field.value.replace(/\s*\([^)]*\)\s*$/, ''));
  if (Number.isNaN(time) || time === 0) return ['INVALID_DATE'];
  const diff = (ctx.now - time) / 1000;
  if (diff > 86400) return ['DATE_IN_PAST'];
  if (-diff > 7200) return ['DATE_IN_FUTURE'];
  return [];
}
