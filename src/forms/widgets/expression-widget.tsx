// Expression: IF/THEN rows plus the required ELSE value, like the server's own editor. Rows can be
// added, removed and reordered with buttons. The inputs are plain text unless a language-aware
// editor is provided through ExpressionEditorSlot (or overrides.<field>.props.renderInput).
import { useContext, useEffect, useRef } from 'react';
import type { WidgetProps } from '../widget-types';
import type { ExpressionModel } from '../../schema/field-builders';
import { ExpressionEditorSlot, ExpressionPanelSlot, type ExpressionInputProps, type ExpressionInputRenderer } from '../expression-editor-slot';
import { addRow, ensureExpression, moveItem, moveRow, removeItem, removeRow, rowError, setRowPart } from '../expression-rows';

function PlainExpressionInput({ id, value, onChange, onBlur, invalid, ariaLabel, describedBy, readOnly }: ExpressionInputProps) {
  return (
    <input
      id={id}
      className="pm-input pm-input--code"
      type="text"
      autoComplete="off"
      spellCheck={false}
      autoCapitalize="off"
      value={value}
      readOnly={readOnly}
      aria-label={ariaLabel}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
    />
  );
}

export function ExpressionWidget({ id, descriptor, value, onChange, onBlur, readOnly, invalid, describedBy, pathErrors, extra }: WidgetProps<ExpressionModel | null>) {
  const slot = useContext(ExpressionEditorSlot);
  const panel = useContext(ExpressionPanelSlot);
  const renderInput: ExpressionInputRenderer =
    typeof extra.renderInput === 'function' ? (extra.renderInput as ExpressionInputRenderer) : (slot ?? PlainExpressionInput);
  const model = ensureExpression(value);
  const contextName = descriptor.expressionContext ?? '';

  // Stable row keys, moved along with the rows, so an editor keeps its state (cursor, history) when reordered.
  const keys = useRef<number[]>([]);
  const nextKey = useRef(0);
  while (keys.current.length < model.match.length) keys.current.push(nextKey.current++);
  if (keys.current.length > model.match.length) keys.current.length = model.match.length;

  // After a row is added or removed, focus moves somewhere sensible instead of being lost.
  const focusAfter = useRef<string | null>(null);
  useEffect(() => {
    if (focusAfter.current) {
      document.getElementById(focusAfter.current)?.focus();
      focusAfter.current = null;
    }
  });

  const rowId = (index: number, what: string) => `${id}-row${keys.current[index]}-${what}`;
  const addId = `${id}-add`;
  const elseError = pathErrors.else;
  const elseErrorId = `${id}-else-error`;

  const move = (index: number, delta: -1 | 1) => {
    const key = keys.current[index];
    const target = index + delta;
    // The pressed button moves with its row; at the top or bottom it becomes disabled, so focus its twin.
    const atEdge = target === 0 || target === model.match.length - 1;
    if (atEdge) focusAfter.current = `${id}-row${key}-${delta === -1 ? 'down' : 'up'}`;
    keys.current = moveItem(keys.current, index, delta);
    onChange(moveRow(model, index, delta));
  };

  const input = (props: ExpressionInputProps) => <div className="pm-expr__input">{renderInput(props)}</div>;
  const errorText = (errorId: string, message: string | undefined) =>
    message && (
      <p id={errorId} className="pm-field__error" role="alert">
        {message}
      </p>
    );

  return (
    <div className="pm-expr">
      {model.match.length > 0 && (
        <ol className="pm-expr__rows">
          {model.match.map((row, index) => {
            const n = index + 1;
            const ifError = rowError(pathErrors, index, 'if');
            const thenError = rowError(pathErrors, index, 'then');
            const ifId = rowId(index, 'if');
            const thenId = rowId(index, 'then');
            return (
              <li key={keys.current[index]} className="pm-expr__row">
                <div className="pm-expr__cell">
                  <label htmlFor={ifId} className="pm-expr__label">
                    Condition
                  </label>
                  {input({
                    id: ifId,
                    value: row.if,
                    onChange: (text) => onChange(setRowPart(model, index, 'if', text)),
                    onBlur,
                    contextName,
                    error: ifError,
                    invalid: ifError !== undefined,
                    ariaLabel: `Condition ${n}`,
                    describedBy: ifError ? `${ifId}-error` : undefined,
                    readOnly,
                    part: 'if',
                  })}
                  {errorText(`${ifId}-error`, ifError)}
                </div>
                <div className="pm-expr__cell">
                  <label htmlFor={thenId} className="pm-expr__label">
                    Result
                  </label>
                  {input({
                    id: thenId,
                    value: row.then,
                    onChange: (text) => onChange(setRowPart(model, index, 'then', text)),
                    onBlur,
                    contextName,
                    error: thenError,
                    invalid: thenError !== undefined,
                    ariaLabel: `Result ${n}`,
                    describedBy: thenError ? `${thenId}-error` : undefined,
                    readOnly,
                    part: 'then',
                  })}
                  {errorText(`${thenId}-error`, thenError)}
                </div>
                {!readOnly && (
                  <div className="pm-expr__tools">
                    <button
                      id={rowId(index, 'up')}
                      type="button"
                      className="pm-button pm-button--small"
                      aria-label={`Move condition ${n} up`}
                      disabled={index === 0}
                      onClick={() => move(index, -1)}
                    >
                      Up
                    </button>
                    <button
                      id={rowId(index, 'down')}
                      type="button"
                      className="pm-button pm-button--small"
                      aria-label={`Move condition ${n} down`}
                      disabled={index === model.match.length - 1}
                      onClick={() => move(index, 1)}
                    >
                      Down
                    </button>
                    <button
                      type="button"
                      className="pm-button pm-button--small pm-button--danger"
                      aria-label={`Remove condition ${n}`}
                      onClick={() => {
                        const remaining = removeItem(keys.current, index);
                        // Focus the row that takes this one's place, else the previous one, else "Add condition".
                        const neighbour = remaining[index] ?? remaining[index - 1];
                        focusAfter.current = neighbour === undefined ? addId : `${id}-row${neighbour}-if`;
                        keys.current = remaining;
                        onChange(removeRow(model, index));
                      }}
                    >
                      Remove
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {!readOnly && (
        <button
          id={addId}
          type="button"
          className="pm-button pm-button--small pm-expr__add"
          onClick={() => {
            keys.current = [...keys.current, nextKey.current++];
            focusAfter.current = `${id}-row${keys.current[keys.current.length - 1]}-if`;
            onChange(addRow(model));
          }}
        >
          Add condition
        </button>
      )}
      <div className="pm-expr__cell pm-expr__else">
        <label htmlFor={id} className="pm-expr__label">
          {model.match.length > 0 ? 'Otherwise' : 'Value'}
        </label>
        {input({
          id,
          value: model.else,
          onChange: (text) => onChange({ ...model, else: text }),
          onBlur,
          contextName,
          error: elseError,
          // A field-level error not tied to a row is shown by the frame; the value input carries it.
          invalid: elseError !== undefined || invalid,
          ariaLabel: model.match.length > 0 ? 'Otherwise' : 'Value',
          describedBy: [elseError ? elseErrorId : undefined, invalid ? describedBy : undefined].filter(Boolean).join(' ') || undefined,
          readOnly,
          part: 'else',
        })}
        {errorText(elseErrorId, elseError)}
      </div>
      {panel?.({ id: `${id}-panel`, model, contextName })}
    </div>
  );
}
