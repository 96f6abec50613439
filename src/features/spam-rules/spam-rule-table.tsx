// One page of rules: Rule ID, Scope, Priority, Enabled, with sortable Rule ID and Priority headers.
import { Link } from '../../router/link';
import { SortableHeader, type SortDirection } from '../../ui/sortable-header';
import { DeleteRuleButton } from './delete-rule-button';
import { RuleEnableSwitch } from './rule-enable-switch';
import { scopeLabel } from './spam-rule-fields';
import type { RuleListParams, RuleSortProperty } from './spam-rule-list-params';
import { rulePath } from './spam-rule-paths';
import type { RuleRow } from './spam-rule-queries';

interface SpamRuleTableProps {
  rows: readonly RuleRow[];
  params: RuleListParams;
  busy: boolean;
  onSort: (sort: RuleSortProperty, ascending: boolean) => void;
  /** Absent: the person may not change rules, so Enabled is shown as text. */
  onToggle?: (rule: RuleRow, enable: boolean) => void;
  canDelete: boolean;
}

export function SpamRuleTable({ rows, params, busy, onSort, onToggle, canDelete }: SpamRuleTableProps) {
  const direction = (property: RuleSortProperty): SortDirection | undefined =>
    params.sort === property ? (params.ascending ? 'ascending' : 'descending') : undefined;
  const sortBy = (property: RuleSortProperty) => (next: SortDirection) => onSort(property, next === 'ascending');
  return (
    <table className="table" aria-busy={busy || undefined}>
      <caption className="visually-hidden">Spam filter rules</caption>
      <thead>
        <tr>
          <SortableHeader label="Rule ID" direction={direction('name')} onSort={sortBy('name')} />
          <th scope="col">Scope</th>
          <SortableHeader label="Priority" direction={direction('priority')} onSort={sortBy('priority')} />
          <th scope="col">Enabled</th>
          {canDelete && <th scope="col">Actions</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((rule) => (
          <tr key={rule.id}>
            <td>
              <Link to={rulePath(rule.id)} className="rule-name">
                {rule.name}
              </Link>
            </td>
            <td>{scopeLabel(rule['@type'])}</td>
            <td>{rule.priority}</td>
            <td>{onToggle ? <RuleEnableSwitch rule={rule} onToggle={(enable) => onToggle(rule, enable)} /> : rule.enable ? 'Yes' : 'No'}</td>
            {canDelete && (
              <td>
                <DeleteRuleButton rule={rule} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
