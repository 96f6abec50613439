// A set of enum values as checkboxes in the field's fieldset; the model is the list of checked values.
import type { WidgetProps } from '../widget-types';

export function CheckboxGroupWidget({ id, descriptor, value, onChange, onBlur, readOnly, invalid, describedBy }: WidgetProps<string[] | null>) {
  const selected = new Set(Array.isArray(value) ? value : []);
  const options = descriptor.options ?? [];
  const toggle = (member: string, on: boolean) => {
    // Keep the option order, so the same choice always gives the same list (and no false "changed").
    onChange(options.map((o) => o.value).filter((v) => (v === member ? on : selected.has(v))));
  };
  return (
    <ul className="pm-choices">
      {options.map((o, i) => {
        const inputId = i === 0 ? id : `${id}-${i}`;
        return (
          <li key={o.value}>
            <input
              id={inputId}
              type="checkbox"
              className="pm-checkbox"
              checked={selected.has(o.value)}
              disabled={readOnly}
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy}
              onChange={(event) => toggle(o.value, event.target.checked)}
              onBlur={onBlur}
            />
            <label htmlFor={inputId}>{o.label}</label>
          </li>
        );
      })}
    </ul>
  );
}
