// Language-aware input for one expression cell: a transparent <textarea> over a highlighted
// mirror (native editing, undo and accessibility kept), live checking with "did you mean" fixes,
// and a completion popup for the context's variables, the functions and the constants.
import { type ChangeEvent, type KeyboardEvent, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ExpressionInputProps } from '../forms/expression-editor-slot';
import type { Diagnostic } from '../expression/check-part';
import { completionItems, insertionFor, wordAtCaret, type CompletionItem, type WordAtCaret } from './completion-items';
import { CompletionListbox } from './completion-listbox';
import { ExpressionProblemList } from './expression-problem-list';
import { HighlightedMirror } from './highlighted-mirror';
import { highlightSegments } from './highlight-segments';
import { replaceText } from './replace-text';
import { useDebouncedCheck } from './use-debounced-check';
import './expression-editor.css';

interface Completion {
  word: WordAtCaret;
  items: CompletionItem[];
  active: number;
}

/** Keys that move the caret away from the word being completed. */
const CARET_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

export function ExpressionInput(props: ExpressionInputProps) {
  const { id, value, onChange, onBlur, contextName, error, invalid, ariaLabel, describedBy, readOnly, part } = props;
  const textarea = useRef<HTMLTextAreaElement>(null);
  const pendingCaret = useRef<number | null>(null);
  // Set while this component writes the text itself, so its own input event opens no popup.
  const writing = useRef(false);
  const [completion, setCompletion] = useState<Completion | null>(null);
  const checked = useDebouncedCheck(value, contextName, part);

  const current = checked.source === value;
  // The word being completed is unfinished, not wrong: no complaint about it while the list is open.
  const diagnostics = useMemo(
    () =>
      completion === null
        ? checked.diagnostics
        : checked.diagnostics.filter((d) => d.start !== completion.word.start || d.end !== completion.word.end),
    [checked.diagnostics, completion],
  );
  const highlight = useMemo(
    () => highlightSegments(value, contextName, current ? diagnostics : []),
    [value, contextName, current, diagnostics],
  );
  const hasError = diagnostics.some((d) => d.severity === 'error');

  const listboxId = `${id}-suggestions`;
  const problemsId = `${id}-problems`;
  const optionId = useCallback((index: number) => `${id}-suggestion-${index}`, [id]);

  // When the browser could not insert natively, the caret is placed once the new value is shown.
  useLayoutEffect(() => {
    const element = textarea.current;
    if (pendingCaret.current === null || !element || element.value !== value) return;
    element.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  }, [value]);

  const suggestAt = (source: string, caret: number, always: boolean) => {
    const word = wordAtCaret(source, caret);
    if (!word || (!always && word.prefix === '')) return setCompletion(null);
    const items = completionItems(contextName, word.prefix);
    setCompletion(items.length > 0 ? { word, items, active: 0 } : null);
  };

  const write = (start: number, end: number, text: string, caret: number) => {
    const element = textarea.current;
    if (!element) return;
    writing.current = true;
    const native = replaceText(element, start, end, text);
    writing.current = false;
    if (native) {
      element.setSelectionRange(caret, caret);
    } else {
      pendingCaret.current = caret;
      onChange(element.value.slice(0, start) + text + element.value.slice(end));
    }
  };

  const accept = (item: CompletionItem) => {
    if (!completion) return;
    const insertion = insertionFor(value, completion.word, item);
    setCompletion(null);
    write(insertion.start, insertion.end, insertion.text, insertion.caret);
  };

  const apply = (diagnostic: Diagnostic) => {
    if (diagnostic.suggestion === undefined || checked.source !== value) return;
    write(diagnostic.start, diagnostic.end, diagnostic.suggestion, diagnostic.start + diagnostic.suggestion.length);
  };

  const handleChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    const next = event.target.value;
    onChange(next);
    if (writing.current) return;
    const inputType = (event.nativeEvent as InputEvent).inputType ?? '';
    // Typing a name opens the list; deleting refines an open one; anything else (paste, cut) closes it.
    if (inputType === 'insertText' || (completion && inputType.startsWith('delete'))) {
      suggestAt(next, event.target.selectionStart, false);
    } else {
      setCompletion(null);
    }
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Keys that finish an IME composition belong to the composition.
    if (readOnly || event.nativeEvent.isComposing) return;
    if (event.key === ' ' && event.ctrlKey) {
      event.preventDefault();
      suggestAt(value, event.currentTarget.selectionStart, true);
      return;
    }
    if (!completion) return;
    const count = completion.items.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setCompletion({ ...completion, active: (completion.active + step + count) % count });
        return;
      }
      case 'Enter':
      case 'Tab':
        // Shift+Tab still leaves the field backwards.
        if (event.key === 'Tab' && event.shiftKey) return setCompletion(null);
        event.preventDefault();
        accept(completion.items[completion.active]);
        return;
      case 'Escape':
        // Only the popup closes, not a dialog around the form.
        event.preventDefault();
        event.stopPropagation();
        setCompletion(null);
        return;
      default:
        if (CARET_KEYS.has(event.key)) setCompletion(null);
    }
  };

  const open = completion !== null && !readOnly;
  const activeId = open ? optionId(completion.active) : undefined;
  const describedByIds = [describedBy, problemsId].filter(Boolean).join(' ');

  return (
    <div className="pm-xe">
      <div className="pm-xe__anchor">
        <div className={`pm-xe__field${readOnly ? ' pm-xe__field--readonly' : ''}`}>
          <HighlightedMirror highlight={highlight} />
          <textarea
            ref={textarea}
            id={id}
            className="pm-xe__input"
            rows={1}
            value={value}
            readOnly={readOnly}
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
            autoCorrect="off"
            // ARIA 1.2 combobox: the text box owns the popup and names its active option.
            role="combobox"
            aria-label={ariaLabel}
            aria-autocomplete="list"
            aria-haspopup="listbox"
            aria-expanded={open}
            aria-controls={open ? listboxId : undefined}
            aria-activedescendant={activeId}
            aria-invalid={invalid || hasError || undefined}
            aria-describedby={describedByIds}
            onChange={handleChange}
            onKeyDown={handleKeyDown}
            onClick={() => setCompletion(null)}
            onBlur={() => {
              setCompletion(null);
              onBlur();
            }}
          />
        </div>
        {open && (
          <CompletionListbox
            id={listboxId}
            label={`Suggestions for ${ariaLabel}`}
            items={completion.items}
            active={completion.active}
            optionId={optionId}
            onPick={accept}
          />
        )}
      </div>
      <span className="pm-xe__sr-only" aria-live="polite">
        {open ? `${completion.items.length} ${completion.items.length === 1 ? 'suggestion' : 'suggestions'}` : ''}
      </span>
      <ExpressionProblemList
        id={problemsId}
        diagnostics={diagnostics}
        canApply={current}
        onApply={apply}
        readOnly={readOnly}
        shownElsewhere={error}
      />
    </div>
  );
}

/** The renderer the form engine's ExpressionEditorSlot expects. */
export function renderExpressionInput(props: ExpressionInputProps) {
  return <ExpressionInput {...props} />;
}
