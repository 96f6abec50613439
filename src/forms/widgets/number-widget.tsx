// Integers and floats. A text input (not type=number) so that what is typed is never silently
// dropped by the browser; the model gets NaN for empty or non-numeric text ("Enter a number").
import type { WidgetProps } from '../widget-types';
import { formatNumberText, numberTextMatches, parseNumberText } from '../number-text';
import { useDraft } from '../use-draft-text';

export function NumberWidget({ id, descriptor, value, onChange, onBlur, readOnly, invalid, describedBy }: WidgetProps<number>) {
  const [text, setText] = useDraft(value, formatNumberText, numberTextMatches);
  const whole = descriptor.kind !== 'float';
  // Phone number pads lack a minus key, so fields that accept negatives get the full keyboard.
  const negativeAllowed = descriptor.min === undefined || descriptor.min < 0;
  const inputMode = negativeAllowed ? 'text' : whole ? 'numeric' : 'decimal';
  return (
    <input
      id={id}
      className="pm-input pm-input--number"
      type="text"
      inputMode={inputMode}
      autoComplete="off"
      value={text}
      placeholder={descriptor.placeholder}
      readOnly={readOnly}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onChange={(event) => {
        setText(event.target.value);
        onChange(parseNumberText(event.target.value));
      }}
      onBlur={onBlur}
    />
  );
}
