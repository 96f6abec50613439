// A URL: type="url" brings the right on-screen keyboard; validation stays with the schema (noValidate form).
import type { WidgetProps } from '../widget-types';

export function UriWidget({ id, descriptor, value, onChange, onBlur, readOnly, invalid, describedBy }: WidgetProps<string | null>) {
  return (
    <input
      id={id}
      className="pm-input"
      type="url"
      inputMode="url"
      autoComplete="url"
      spellCheck={false}
      autoCapitalize="off"
      value={value ?? ''}
      placeholder={descriptor.placeholder ?? (descriptor.nullable && !readOnly ? 'Not set' : 'https://')}
      readOnly={readOnly}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
    />
  );
}
