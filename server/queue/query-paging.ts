// RFC 8620 §5.5 paging over an ordered result view, without materialising 100,000 ids.
// Where Stalwart's QueryResponseBuilder has a visible convention it is followed: `limit` is
// reported when more results exist than were allowed, and a position past the end answers
// position 0 with no ids.
import type { MethodError, QueryPage } from '../jmap/method-types';

export interface ResultView {
  length: number;
  idAt(index: number): string;
  /** Index of an id in the results, -1 when it isn't one of them. */
  indexOf(id: string): number;
}

export interface PagingArgs {
  position: number;
  anchor: string | null;
  anchorOffset: number;
  limit: number | null;
  calculateTotal: boolean;
}

export function paginate(
  view: ResultView,
  args: PagingArgs,
  maxResults: number,
): { ok: true; page: QueryPage } | { ok: false; error: MethodError } {
  const total = view.length;
  const limit = args.limit === null ? maxResults : Math.min(args.limit, maxResults);

  let start: number;
  if (args.anchor !== null) {
    const at = view.indexOf(args.anchor);
    if (at < 0) return { ok: false, error: { type: 'anchorNotFound', description: 'Anchor not found.' } };
    start = Math.min(Math.max(at + args.anchorOffset, 0), total);
  } else if (args.position < 0) {
    start = Math.max(total + args.position, 0);
  } else {
    start = args.position;
  }

  const ids: string[] = [];
  for (let i = start; i < Math.min(start + limit, total); i++) ids.push(view.idAt(i));

  const page: QueryPage = { ids, position: start > total ? 0 : start };
  if (args.calculateTotal) page.total = total;
  if (total > limit) page.limit = limit;
  return { ok: true, page };
}
