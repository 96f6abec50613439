// The "Type" and "Enabled" filters of the rule list.
import { useId } from 'react';
import { spamRuleVariants, type SpamRuleType } from '../../schema/spam-rule';
import type { EnabledFilter } from './spam-rule-list-params';

export function RuleTypeFilter({ value, onChange }: { value: SpamRuleType | ''; onChange: (type: SpamRuleType | '') => void }) {
  const id = useId();
  return (
    <div className="rule-filter">
      <label htmlFor={id}>Type</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as SpamRuleType | '')}>
        <option value="">All types</option>
        {spamRuleVariants.map((v) => (
          <option key={v.type} value={v.type}>
            {v.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function RuleEnabledFilter({ value, onChange }: { value: EnabledFilter; onChange: (enabled: EnabledFilter) => void }) {
  const id = useId();
  return (
    <div className="rule-filter">
      <label htmlFor={id}>Enabled</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as EnabledFilter)}>
        <option value="">Enabled or not</option>
        <option value="yes">Enabled</option>
        <option value="no">Disabled</option>
      </select>
    </div>
  );
}
