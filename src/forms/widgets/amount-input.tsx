// Number + unit select over one integer model value; shared by the Duration and Size widgets.
import type { WidgetProps } from '../widget-types';
import { type AmountParts, type UnitChoice, amountToParts, partsMatch, partsToAmount } from '../unit-amount';
import { useDraft } from '../use-draft-text';

interface AmountInputProps extends WidgetProps<number> {
  units: readonly UnitChoice[];
  emptyUnit: string;
}

export function AmountInput({ id, labelId, descriptor, value, onChange, onBlur, readOnly, invalid, describedBy, units, emptyUnit }: AmountInputProps) {
  const [parts, setParts] = useDraft<AmountParts>(
    value,
    (v) => amountToParts(v, units, emptyUnit),
    (draft, v) => partsMatch(draft, v, units),
  );
  const update = (next: AmountParts) => {
    setParts(next);
    onChange(partsToAmount(next, units));
  };
  const unitId = `${id}-unit`;
  const unitLabelId = `${unitId}-label`;
  const current = units.find((u) => u.unit === parts.unit) ?? units[0];
  return (
    <div className="pm-amount">
      <input
        id={id}
        className="pm-input pm-input--number"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={parts.text}
        placeholder={descriptor.placeholder}
        readOnly={readOnly}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(event) => update({ ...parts, text: event.target.value })}
        onBlur={onBlur}
      />
      <label id={unitLabelId} htmlFor={unitId} className="pm-amount__unit-label">
        Unit
      </label>
      {readOnly ? (
        <input id={unitId} className="pm-input pm-amount__unit" readOnly value={current.label} aria-labelledby={`${labelId} ${unitLabelId}`} />
      ) : (
        <select
          id={unitId}
          className="pm-input pm-select pm-amount__unit"
          value={current.unit}
          aria-labelledby={`${labelId} ${unitLabelId}`}
          onChange={(event) => update({ ...parts, unit: event.target.value })}
          onBlur={onBlur}
        >
          {units.map((u) => (
            <option key={u.unit} value={u.unit}>
              {u.label}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
