// UTCDateTime: a date-time picker in UTC; the model keeps an RFC 3339 string (null when cleared if nullable).
import type { WidgetProps } from '../widget-types';
import { isoToLocalInput, localInputToIso } from '../utc-date-time';

export function DateTimeWidget({ id, descriptor, value, onChange, onBlur, readOnly, invalid, describedBy }: WidgetProps<string | null>) {
  return (
    <input
      id={id}
      className="pm-input"
      type="datetime-local"
      step={1}
      value={isoToLocalInput(value)}
      readOnly={readOnly}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onChange={(event) => {
        const iso = localInputToIso(event.target.value);
        onChange(iso === '' && descriptor.nullable ? null : iso);
      }}
      onBlur={onBlur}
    />
  );
}
