// The rule list's URL parameters applied to all rules, in the console: search, filters, sort, page.
import { type LocalPage, matchesText, pageOf, sortRows, type SortKey } from '../../objects/local-view';
import { scopeLabel } from './spam-rule-fields';
import { RULES_PER_PAGE, type RuleListParams, type RuleSortProperty } from './spam-rule-list-params';
import type { RuleRow } from './spam-rule-queries';

const sortKeys: Record<RuleSortProperty, (rule: RuleRow) => SortKey> = {
  name: (rule) => rule.name,
  priority: (rule) => rule.priority,
  type: (rule) => scopeLabel(rule['@type']),
  enabled: (rule) => rule.enable,
};

export function viewRules(rules: readonly RuleRow[], params: RuleListParams): LocalPage<RuleRow> {
  const shown = rules.filter(
    (rule) =>
      matchesText([rule.name, rule.description], params.search) &&
      (params.type === '' || rule['@type'] === params.type) &&
      (params.enabled === '' || rule.enable === (params.enabled === 'yes')),
  );
  return pageOf(sortRows(shown, sortKeys[params.sort], params.ascending, (rule) => rule.name), params.page, RULES_PER_PAGE);
}

/** Whether any search or filter narrows the list (for the empty-list wording). */
export function isNarrowed(params: RuleListParams): boolean {
  return params.search !== '' || params.type !== '' || params.enabled !== '';
}
