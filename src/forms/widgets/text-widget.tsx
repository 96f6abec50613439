// One-line text: strings, e-mail addresses and IP addresses. For a nullable field an empty box means "not set".
import { storedForm } from '../../schema/stored-form';
import type { WidgetProps } from '../widget-types';

const inputShape: Record<string, { type: string; inputMode?: 'text' | 'email' | 'decimal'; autoComplete?: string }> = {
  emailAddress: { type: 'email', inputMode: 'email', autoComplete: 'off' },
  ipAddress: { type: 'text', inputMode: 'text', autoComplete: 'off' },
  string: { type: 'text', autoComplete: 'off' },
};

export function TextWidget({ id, descriptor, value, onChange, onBlur, readOnly, invalid, describedBy }: WidgetProps<string | null>) {
  const shape = inputShape[descriptor.kind] ?? inputShape.string;
  // Where the server rewrites the value (a rule ID: upper-case, no spaces), show what it will store.
  const stored = descriptor.rewrites && !readOnly && value ? storedForm(value, descriptor.rewrites) : undefined;
  const storedId = `${id}-stored`;
  const input = (
    <input
      id={id}
      className="pm-input"
      type={shape.type}
      inputMode={shape.inputMode}
      autoComplete={shape.autoComplete}
      // Addresses and host names are not prose: no autocorrect or capitalisation.
      spellCheck={descriptor.kind === 'string' ? undefined : false}
      autoCapitalize={descriptor.kind === 'string' ? undefined : 'off'}
      value={value ?? ''}
      placeholder={descriptor.placeholder ?? (descriptor.nullable && !readOnly ? 'Not set' : undefined)}
      maxLength={descriptor.maxLength}
      readOnly={readOnly}
      aria-invalid={invalid || undefined}
      aria-describedby={stored === undefined ? describedBy : [describedBy, storedId].filter(Boolean).join(' ')}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
    />
  );
  if (stored === undefined) return input;
  return (
    <>
      {input}
      <p id={storedId} className="pm-field__stored">
        Stored as <code>{stored === '' ? '(empty)' : stored}</code>
      </p>
    </>
  );
}
