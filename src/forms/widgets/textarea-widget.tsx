// Multi-line text (raw messages and the like), kept exactly as typed.
import type { WidgetProps } from '../widget-types';

export function TextareaWidget({ id, descriptor, value, onChange, onBlur, readOnly, invalid, describedBy, extra }: WidgetProps<string | null>) {
  return (
    <textarea
      id={id}
      className="pm-input pm-textarea"
      rows={typeof extra.rows === 'number' ? extra.rows : 8}
      value={value ?? ''}
      placeholder={descriptor.placeholder ?? (descriptor.nullable && !readOnly ? 'Not set' : undefined)}
      spellCheck={false}
      readOnly={readOnly}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
    />
  );
}
