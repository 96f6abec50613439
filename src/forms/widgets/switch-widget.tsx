// Boolean as a switch: a button with role="switch", named by the field's <label htmlFor>.
import type { WidgetProps } from '../widget-types';

export function SwitchWidget({ id, value, onChange, onBlur, readOnly, invalid, describedBy }: WidgetProps<boolean>) {
  const checked = value === true;
  return (
    <button
      id={id}
      type="button"
      role="switch"
      className="pm-switch"
      aria-checked={checked}
      // Read-only stays focusable so its state can still be read.
      aria-readonly={readOnly || undefined}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onClick={() => {
        if (!readOnly) onChange(!checked);
      }}
      onBlur={onBlur}
    >
      <span className="pm-switch__track" aria-hidden="true">
        <span className="pm-switch__thumb" />
      </span>
      <span className="pm-switch__state" aria-hidden="true">
        {checked ? 'On' : 'Off'}
      </span>
    </button>
  );
}
