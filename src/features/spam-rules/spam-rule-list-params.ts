// The rule list's view lives in the URL (?q=&type=&enabled=&sort=&dir=&page=), so it survives
// reloads and links.
import { spamRuleVariants, type SpamRuleType } from '../../schema/spam-rule';

export type RuleSortProperty = 'name' | 'priority' | 'type' | 'enabled';
export type EnabledFilter = '' | 'yes' | 'no';

export interface RuleListParams {
  /** Any part of the Rule ID or the description. */
  search: string;
  type: SpamRuleType | '';
  enabled: EnabledFilter;
  sort: RuleSortProperty;
  ascending: boolean;
  /** 1-based. */
  page: number;
}

export const RULES_PER_PAGE = 20;

const SORTS: readonly RuleSortProperty[] = ['name', 'priority', 'type', 'enabled'];
// Without a chosen sort: the order the rules run in.
const DEFAULT_SORT: RuleSortProperty = 'priority';

export function readRuleListParams(search: URLSearchParams): RuleListParams {
  const sort = SORTS.find((s) => s === search.get('sort'));
  const page = Number.parseInt(search.get('page') ?? '', 10);
  const type = spamRuleVariants.find((v) => v.type === search.get('type'))?.type ?? '';
  const enabled = search.get('enabled');
  return {
    // `name` is what links to this list used before the search covered descriptions too.
    search: (search.get('q') ?? search.get('name'))?.trim() ?? '',
    type,
    enabled: enabled === 'yes' || enabled === 'no' ? enabled : '',
    sort: sort ?? DEFAULT_SORT,
    ascending: sort === undefined ? true : search.get('dir') !== 'desc',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function writeRuleListParams(params: RuleListParams): Record<string, string> {
  const out: Record<string, string> = {};
  if (params.search) out.q = params.search;
  if (params.type) out.type = params.type;
  if (params.enabled) out.enabled = params.enabled;
  if (params.sort !== DEFAULT_SORT || !params.ascending) {
    out.sort = params.sort;
    out.dir = params.ascending ? 'asc' : 'desc';
  }
  if (params.page > 1) out.page = String(params.page);
  return out;
}
