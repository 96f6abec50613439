// One value of an enum, shown with its option labels. Nullable enums get a "Not set" option.
import type { WidgetProps } from '../widget-types';
import { optionLabel } from '../../schema/enum-options';

export function SelectWidget({ id, descriptor, value, onChange, onBlur, readOnly, invalid, describedBy }: WidgetProps<string | null>) {
  const options = descriptor.options ?? [];
  if (readOnly) {
    // A disabled <select> drops out of the tab order; a read-only input can still be reached and read.
    return (
      <input
        id={id}
        className="pm-input"
        readOnly
        value={value === null || value === undefined ? 'Not set' : optionLabel(options, value)}
        aria-describedby={describedBy}
      />
    );
  }
  const known = value !== null && value !== undefined && options.some((o) => o.value === value);
  return (
    <select
      id={id}
      className="pm-input pm-select"
      value={known ? (value as string) : ''}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onChange={(event) => onChange(event.target.value === '' && descriptor.nullable ? null : event.target.value)}
      onBlur={onBlur}
    >
      {descriptor.nullable ? <option value="">Not set</option> : !known && <option value="" disabled>Choose…</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
