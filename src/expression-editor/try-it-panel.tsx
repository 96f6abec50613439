// "Try it": sample values for the variables an expression reads, answers for the lookups it makes,
// and what the whole expression (conditions + Otherwise) gives for them, evaluated in the browser
// as the server would.
import { useId, useMemo, useState } from 'react';
import type { ExpressionModelLike } from '../expression/expression-field-problems';
import { evaluateTry, formatValue, matchSummary, unparsableParts, variablesUsed } from './try-it-values';
import { TryItLookups } from './try-it-lookup-fields';
import { lookupsUsed } from './try-it-lookups';
import './expression-editor.css';

interface TryItPanelProps {
  model: ExpressionModelLike;
  contextName: string;
  /** Prefix of the panel's ids; defaults to a generated one. */
  id?: string;
}

const safeId = (text: string) => text.replace(/[^A-Za-z0-9_-]/g, '_');

export function TryItPanel({ model, contextName, id }: TryItPanelProps) {
  const generated = useId();
  const base = id ?? `try${safeId(generated)}`;
  const [expanded, setExpanded] = useState(false);
  const [variableTexts, setVariableTexts] = useState<Record<string, string>>({});
  const [globalTexts, setGlobalTexts] = useState<Record<string, string>>({});
  const [lookupTexts, setLookupTexts] = useState<Record<string, string>>({});

  const used = useMemo(() => variablesUsed(model, contextName), [model, contextName]);
  const lookups = useMemo(() => lookupsUsed(model), [model]);
  const skipped = useMemo(() => unparsableParts(model), [model]);
  const evaluation = useMemo(() => {
    // Only the names still in use, each defaulting to empty text (the server's "no value").
    const variables = Object.fromEntries(used.variables.map((name) => [name, variableTexts[name] ?? '']));
    const globals = Object.fromEntries(used.globals.map((name) => [name, globalTexts[name] ?? '0']));
    return evaluateTry(model, variables, globals, lookupTexts);
  }, [model, used, variableTexts, globalTexts, lookupTexts]);

  const bodyId = `${base}-body`;
  const hintId = `${base}-hint`;
  const field = (kind: 'var' | 'tag', name: string, label: string, text: string, set: (text: string) => void) => {
    const inputId = `${base}-${kind}-${safeId(name)}`;
    return (
      <div key={`${kind}:${name}`} className="pm-xe-try__field">
        <label htmlFor={inputId} className="pm-xe-try__label">
          {label}
        </label>
        <input
          id={inputId}
          className="pm-input pm-input--code"
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={text}
          aria-describedby={hintId}
          onChange={(event) => set(event.target.value)}
        />
      </div>
    );
  };

  return (
    <div className="pm-xe-try">
      <button
        type="button"
        className="pm-button pm-button--small pm-xe-try__toggle"
        aria-expanded={expanded}
        aria-controls={bodyId}
        onClick={() => setExpanded((open) => !open)}
      >
        Try it
      </button>
      {expanded && (
        <div id={bodyId} role="group" aria-label="Try it" className="pm-xe-try__body">
          <p id={hintId} className="pm-xe-try__hint">
            Numbers, true, false and lists such as [a, b] are read as such; anything else is text. For a tag, 1 means it is set.
          </p>
          {used.variables.length === 0 && used.globals.length === 0 && lookups.length === 0 ? (
            <p className="pm-xe-try__hint">This expression reads no variables.</p>
          ) : (
            <div className="pm-xe-try__fields">
              {used.variables.map((name) =>
                field('var', name, name, variableTexts[name] ?? '', (text) => setVariableTexts((all) => ({ ...all, [name]: text }))),
              )}
              {used.globals.map((name) =>
                field('tag', name, `$${name}`, globalTexts[name] ?? '0', (text) => setGlobalTexts((all) => ({ ...all, [name]: text }))),
              )}
            </div>
          )}
          <TryItLookups
            idPrefix={base}
            lookups={lookups}
            answers={lookupTexts}
            onAnswer={(text, answer) => setLookupTexts((all) => ({ ...all, [text]: answer }))}
          />
          {skipped.length > 0 && (
            <p className="pm-xe-try__skipped">Skipped because they are empty or do not parse: {skipped.join(', ')}.</p>
          )}
          <div className="pm-xe-try__result" role="status">
            {evaluation.unanswered !== null ? (
              <p className="pm-xe-try__match">To see the result, answer what {evaluation.unanswered} gives.</p>
            ) : (
              <>
                <p className="pm-xe-try__match">{matchSummary(evaluation, model.match.length)}</p>
                <p>
                  Returns <code className="pm-xe-try__value">{formatValue(evaluation.value)}</code>
                </p>
              </>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
