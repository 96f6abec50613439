// The rule list's view lives in the URL (?q=&type=&enabled=&sort=&dir=&page=), so it survives
// reloads and links.
import { spamRuleVariants, type SpamRuleType } from '../../schema/spam-rule';
import { ruleListSearchSchema, type RuleListSearch, type RuleSortProperty } from './spam-rule-list-search';

export type { RuleSortProperty } from './spam-rule-list-search';
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

// Without a chosen sort: the order the rules run in.
const DEFAULT_SORT: RuleSortProperty = 'priority';

export function readRuleListParams(input: URLSearchParams | RuleListSearch): RuleListParams {
  const search = input instanceof URLSearchParams ? ruleListSearchSchema.parse(Object.fromEntries(input)) : input;
  const page = Number.parseInt(search.page ?? '', 10);
  return {
    search: (search.q ?? search.name)?.trim() ?? '',
    type: spamRuleVariants.find((v) => v.type === search.type)?.type ?? '',
    enabled: search.enabled ?? '',
    sort: search.sort ?? DEFAULT_SORT,
    ascending: search.sort === undefined ? true : search.dir !== 'desc',
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
