// The label, help text and error around one widget; the layout decides how the label names it.
import type { ReactNode } from 'react';
import type { WidgetLayout } from './widget-types';
import type { FieldIds } from './field-ids';
import { joinIds } from './field-ids';

interface FieldFrameProps {
  ids: FieldIds;
  layout: WidgetLayout;
  label: string;
  required: boolean;
  help?: string;
  error?: string;
  /** Something to check before saving that does not stop the save (a duplicate, say). */
  warning?: string;
  children: ReactNode;
}

export function FieldFrame({ ids, layout, label, required, help, error, warning, children }: FieldFrameProps) {
  const labelText = (
    <>
      {label}
      {required && <span className="pm-field__required"> (required)</span>}
    </>
  );
  const notes = (
    <>
      {help && (
        <p id={ids.help} className="pm-field__help">
          {help}
        </p>
      )}
      {error && (
        <p id={ids.error} className="pm-field__error" role="alert">
          {error}
        </p>
      )}
      {warning && (
        <p id={ids.warning} className="pm-field__warning" role="status">
          {warning}
        </p>
      )}
    </>
  );
  const className = `pm-field${error ? ' pm-field--invalid' : ''}`;
  if (layout === 'group') {
    return (
      <fieldset className={`${className} pm-field--group`} aria-describedby={joinIds(help && ids.help, error && ids.error, warning && ids.warning)}>
        <legend id={ids.label} className="pm-field__label">
          {labelText}
        </legend>
        {children}
        {notes}
      </fieldset>
    );
  }
  return (
    <div className={className}>
      {layout === 'label' ? (
        <label id={ids.label} htmlFor={ids.input} className="pm-field__label">
          {labelText}
        </label>
      ) : (
        <span id={ids.label} className="pm-field__label">
          {labelText}
        </span>
      )}
      {children}
      {notes}
    </div>
  );
}
