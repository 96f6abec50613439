// Enable or disable a rule straight from its row.
import type { RuleRow } from './spam-rule-queries';

export function RuleEnableSwitch({ rule, onToggle }: { rule: RuleRow; onToggle: (enable: boolean) => void }) {
  return (
    <button
      type="button"
      role="switch"
      className="rule-switch"
      aria-checked={rule.enable}
      aria-label={`Enable rule ${rule.name}`}
      onClick={() => onToggle(!rule.enable)}
    >
      <span className="rule-switch__track" aria-hidden="true">
        <span className="rule-switch__thumb" />
      </span>
      <span className="rule-switch__state" aria-hidden="true">
        {rule.enable ? 'On' : 'Off'}
      </span>
    </button>
  );
}
