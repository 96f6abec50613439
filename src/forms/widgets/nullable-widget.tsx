// Wraps a widget for a nullable field: a "Not set" checkbox (checked -> null); unchecking brings
// back the inner widget with the last value the person had, or the field's default.
import { useRef } from 'react';
import type { WidgetComponent, WidgetProps } from '../widget-types';
import { restoreValue } from '../nullable-value';

interface NullableWidgetProps extends WidgetProps<unknown> {
  inner: WidgetComponent;
}

export function NullableWidget({ inner: Inner, ...props }: NullableWidgetProps) {
  const { id, labelId, descriptor, value, onChange, onBlur, readOnly, describedBy } = props;
  const unset = value === null || value === undefined;
  const last = useRef<unknown>(unset ? undefined : value);
  if (!unset) last.current = value;
  const checkboxLabelId = `${id}-unset-label`;
  return (
    <div className="pm-nullable">
      <div className="pm-nullable__toggle">
        <input
          // While the inner widget is hidden, the field label points here so it still names a control.
          id={unset ? id : `${id}-unset`}
          type="checkbox"
          className="pm-checkbox"
          checked={unset}
          disabled={readOnly}
          aria-labelledby={`${labelId} ${checkboxLabelId}`}
          aria-describedby={unset ? describedBy : undefined}
          onChange={(event) => onChange(event.target.checked ? null : restoreValue(descriptor, last.current))}
          onBlur={onBlur}
        />
        <label id={checkboxLabelId} htmlFor={unset ? id : `${id}-unset`}>
          Not set
        </label>
      </div>
      {!unset && <Inner {...props} />}
    </div>
  );
}

const wrapped = new WeakMap<WidgetComponent, WidgetComponent>();

/** The same wrapper component for the same inner widget, so React keeps its state across renders. */
export function withNullable(inner: WidgetComponent): WidgetComponent {
  let component = wrapped.get(inner);
  if (!component) {
    component = function NullableField(props: WidgetProps<unknown>) {
      return <NullableWidget {...props} inner={inner} />;
    };
    wrapped.set(inner, component);
  }
  return component;
}
