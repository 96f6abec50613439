// A set of free strings (e-mail addresses, host names): a textarea with one entry per line.
import type { WidgetProps } from '../widget-types';
import { linesMatch, linesToList, listToLines } from '../string-list';
import { useDraft } from '../use-draft-text';

export function StringListWidget({ id, descriptor, value, onChange, onBlur, readOnly, invalid, describedBy }: WidgetProps<string[]>) {
  const [text, setText] = useDraft(value, listToLines, linesMatch);
  const email = descriptor.itemKind === 'emailAddress';
  return (
    <textarea
      id={id}
      className="pm-input pm-textarea pm-textarea--list"
      rows={Math.min(Math.max(text.split('\n').length + 1, 3), 12)}
      value={text}
      placeholder={descriptor.placeholder ?? (email ? 'user@example.com' : undefined)}
      inputMode={email ? 'email' : undefined}
      spellCheck={false}
      autoCapitalize="off"
      readOnly={readOnly}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onChange={(event) => {
        setText(event.target.value);
        onChange(linesToList(event.target.value));
      }}
      onBlur={onBlur}
    />
  );
}
