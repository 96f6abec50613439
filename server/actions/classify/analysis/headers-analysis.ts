// The server's `headers` module: X_HDR_<NAME> for every field, list detection, X-Priority, duplicates.
import type { AnalysisContext } from './analysis-context';

const UNIQUE = new Set(['content-type', 'content-transfer-encoding', 'date', 'from', 'sender', 'to', 'cc', 'bcc', 'reply-to', 'subject', 'message-id', 'references', 'in-reply-to']);
const LIST_WEIGHTS: Record<string, number> = {
  'list-archive': 0.125, 'list-owner': 0.125, 'list-help': 0.125, 'list-post': 0.125,
  'list-id': 0.5125, 'list-subscribe': 0.25, 'list-unsubscribe': 0.25, 'x-loop': 0.125,
};

export function analyzeHeaders(ctx: AnalysisContext): string[] {
  const tags: string[] = [];
  const seen = new Set<string>();
  let listScore = 0;
  for (const field of ctx.message.headers) {
    const name = field.name.toLowerCase();
    tags.push(`X_HDR_${[...field.name].map((ch) => (/[a-z0-9]/i.test(ch) ? ch.toUpperCase() : ch === '-' ? '_' : ' ')).join('')}`);
    if (UNIQUE.has(name)) {
      if (seen.has(name)) tags.push('MULTIPLE_UNIQUE_HEADERS');
      seen.add(name);
      // A structured field needs a space after its colon (blank lines of folding aside).
      if (!/^(\r?\n)*[ \t]/.test(field.raw)) tags.push('HEADER_EMPTY_DELIMITER');
    }
    listScore += LIST_WEIGHTS[name] ?? 0;
    if (name === 'list-unsubscribe') tags.push('HAS_LIST_UNSUB');
    const value = field.value.trim().toLowerCase();
    if (name === 'precedence' && (value === 'bulk' || value === 'list')) {
      listScore += 0.25;
      if (value === 'bulk') tags.push('PRECEDENCE_BULK');
    }
    if (name === 'x-priority' && /^\d+$/.test(value)) {
      const priority = Number(value);
      const tag = ['HAS_X_PRIO_ZERO', 'HAS_X_PRIO_ONE', 'HAS_X_PRIO_TWO', 'HAS_X_PRIO_THREE', 'HAS_X_PRIO_THREE'][priority];
      if (tag) tags.push(tag);
      else if (priority <= 10000) tags.push('HAS_X_PRIO_FIVE');
    }
  }
  if (listScore >= 1) tags.push('MAILLIST');
  if (seen.size === 0) tags.push('MISSING_ESSENTIAL_HEADERS');
  return tags;
}
