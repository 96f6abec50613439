// The server's `recipient` module: counts, display names, envelope match, missing To.
import { fieldsNamed, isAscii, type AnalysisContext } from './analysis-context';

const COUNT_TAGS: [number, string][] = [
  [0, 'RCPT_COUNT_ZERO'], [1, 'RCPT_COUNT_ONE'], [2, 'RCPT_COUNT_TWO'], [3, 'RCPT_COUNT_THREE'],
  [5, 'RCPT_COUNT_FIVE'], [7, 'RCPT_COUNT_SEVEN'], [12, 'RCPT_COUNT_TWELVE'],
];

export function analyzeRecipients(ctx: AnalysisContext): string[] {
  const tags: string[] = [];
  const visible = [...ctx.message.to, ...ctx.message.cc];
  const count = ctx.recipients.length;
  const bucket = COUNT_TAGS.find(([max]) => count <= max);
  if (bucket) tags.push(bucket[1]);
  else if (count > 50) tags.push('RCPT_COUNT_GT_50');
  const toFields = fieldsNamed(ctx, 'to');
  if (toFields.length === 0) tags.push('MISSING_TO');
  if (visible.length > 0) {
    const named = visible.filter((r) => r.name.trim() !== '');
    const nameIsAddr = visible.filter((r) => r.name.trim().toLowerCase() === r.address.toLowerCase());
    if (named.length === 0) tags.push('TO_DN_NONE');
    else if (named.length === visible.length) tags.push(nameIsAddr.length === visible.length ? 'TO_DN_EQ_ADDR_ALL' : 'TO_DN_ALL');
    else tags.push(nameIsAddr.length > 0 ? 'TO_DN_EQ_ADDR_SOME' : 'TO_DN_SOME');
    if (ctx.envRcpt.length > 0) {
      const env = new Set(ctx.envRcpt.map((r) => r.address));
      const matching = ctx.recipients.filter((r) => env.has(r.address)).length;
      if (matching === ctx.recipients.length) tags.push('TO_MATCH_ENVRCPT_ALL');
      else if (matching > 0) tags.push('TO_MATCH_ENVRCPT_SOME');
    }
    if (visible.length >= 7) {
      const addresses = visible.map((r) => r.address.toLowerCase());
      if (addresses.every((a, i) => i === 0 || addresses[i - 1] <= a)) tags.push('SORTED_RECIPS');
    }
  }
  for (const field of toFields) {
    if (!isAscii(field.raw)) tags.push('TO_NEEDS_ENCODING');
    if (/^\s*<?\s+\S+@\S+\s+>/.test(field.raw)) tags.push('TO_WRAPPED_IN_SPACES');
  }
  return [...new Set(tags)];
}
