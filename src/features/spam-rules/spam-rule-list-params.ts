// The rule list's state lives in the URL (?name=&sort=&dir=&page=), so it survives reloads and links.

export type RuleSortProperty = 'name' | 'priority' | 'id';

export interface RuleListParams {
  name: string;
  sort: RuleSortProperty;
  ascending: boolean;
  /** 1-based. */
  page: number;
}

export const RULES_PER_PAGE = 20;

const SORTS: readonly RuleSortProperty[] = ['name', 'priority', 'id'];

export function readRuleListParams(search: URLSearchParams): RuleListParams {
  const sort = SORTS.find((s) => s === search.get('sort'));
  const page = Number.parseInt(search.get('page') ?? '', 10);
  return {
    name: search.get('name')?.trim() ?? '',
    // No sort chosen: newest first, the server's own default order.
    sort: sort ?? 'id',
    ascending: sort === undefined ? false : search.get('dir') !== 'desc',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function writeRuleListParams(params: RuleListParams): Record<string, string> {
  const out: Record<string, string> = {};
  if (params.name) out.name = params.name;
  if (params.sort !== 'id' || params.ascending) {
    out.sort = params.sort;
    out.dir = params.ascending ? 'asc' : 'desc';
  }
  if (params.page > 1) out.page = String(params.page);
  return out;
}
