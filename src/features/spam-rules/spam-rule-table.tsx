// One page of rules: Rule ID, Description, Type, Priority, Enabled; every column but Description sorts.
import { Link } from '@tanstack/react-router';
import { SortableHeader, type SortDirection } from '../../ui/sortable-header';
import { DeleteRuleButton } from './delete-rule-button';
import { RuleEnableSwitch } from './rule-enable-switch';
import { scopeLabel } from './spam-rule-fields';
import type { RuleListParams, RuleSortProperty } from './spam-rule-list-params';
import { ruleLink } from './spam-rule-paths';
import type { RuleRow } from './spam-rule-queries';

interface SpamRuleTableProps {
  rows: readonly RuleRow[];
  params: RuleListParams;
  onSort: (sort: RuleSortProperty, ascending: boolean) => void;
  /** Absent: the person may not change rules, so Enabled is shown as text. */
  onToggle?: (rule: RuleRow, enable: boolean) => void;
  canDelete: boolean;
}

export function SpamRuleTable({ rows, params, onSort, onToggle, canDelete }: SpamRuleTableProps) {
  const header = (label: string, property: RuleSortProperty) => (
    <SortableHeader
      label={label}
      direction={params.sort === property ? (params.ascending ? 'ascending' : 'descending') : undefined}
      onSort={(next: SortDirection) => onSort(property, next === 'ascending')}
    />
  );
  return (
    <table className="table">
      <caption className="visually-hidden">Spam filter rules</caption>
      <thead>
        <tr>
          {header('Rule ID', 'name')}
          <th scope="col">Description</th>
          {header('Type', 'type')}
          {header('Priority', 'priority')}
          {header('Enabled', 'enabled')}
          {canDelete && <th scope="col">Actions</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((rule) => (
          <tr key={rule.id}>
            <td>
              <Link {...ruleLink(rule.id)} className="rule-name">
                {rule.name}
              </Link>
            </td>
            <td className="rule-description">{rule.description ?? ''}</td>
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
