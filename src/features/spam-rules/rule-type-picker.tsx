// "Rule type": the seven SpamRule variants with their labels and hints, as a radio group.
import { useId } from 'react';
import { spamRuleVariants, type SpamRuleType } from '../../schema/spam-rule';

export function RuleTypePicker({ value, onChange }: { value: SpamRuleType | undefined; onChange: (type: SpamRuleType) => void }) {
  const id = useId();
  return (
    <fieldset className="rule-type-picker">
      <legend>Rule type</legend>
      <ul>
        {spamRuleVariants.map((variant) => {
          const inputId = `${id}-${variant.type}`;
          return (
            <li key={variant.type}>
              <input
                id={inputId}
                type="radio"
                name={`${id}-type`}
                value={variant.type}
                checked={value === variant.type}
                aria-describedby={`${inputId}-hint`}
                onChange={() => onChange(variant.type)}
              />
              <label htmlFor={inputId}>{variant.label}</label>
              <p id={`${inputId}-hint`} className="rule-type-picker__hint">
                {variant.hint}
              </p>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
