// Window of a sorted id list per RFC 8620 §5.5 (position, anchor, anchorOffset, limit, calculateTotal).
import type { MethodError, QueryArgs, QueryPage } from './method-types';

/** The server's cap on one query page (jmap.query_max_results). */
export const QUERY_MAX_RESULTS = 5000;

export function paginate(
  sortedIds: readonly string[],
  args: Pick<QueryArgs, 'position' | 'anchor' | 'anchorOffset' | 'limit' | 'calculateTotal'>,
): { ok: true; page: QueryPage } | { ok: false; error: MethodError } {
  const total = sortedIds.length;
  let start: number;
  if (args.anchor !== null) {
    const index = sortedIds.indexOf(args.anchor);
    if (index < 0) return { ok: false, error: { type: 'anchorNotFound', description: `The anchor "${args.anchor}" is not in the results.` } };
    start = Math.max(0, index + args.anchorOffset);
  } else if (args.position < 0) {
    start = Math.max(0, total + args.position);
  } else {
    start = args.position;
  }
  const requested = args.limit ?? Infinity;
  const effective = Math.min(requested, QUERY_MAX_RESULTS);
  const ids = start >= total ? [] : sortedIds.slice(start, start + effective);
  const page: QueryPage = { ids, position: Math.min(start, total) };
  if (args.calculateTotal) page.total = total;
  // As Stalwart's QueryResponseBuilder: `limit` is reported whenever the total exceeds it.
  if (total > effective) page.limit = effective;
  return { ok: true, page };
}
