// Autocomplete for one expression cell: the word being typed at the caret and the context's
// variables, the functions and the context's constants that fit it.
import { constantsFor, variablesFor } from '../expression/contexts';
import { expressionFunctions } from '../expression/functions';
import { tokenize } from '../expression/tokenizer';

export type CompletionKind = 'variable' | 'function' | 'constant';

export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  /** `contains(haystack, needle)` for functions. */
  signature?: string;
  description?: string;
}

export interface WordAtCaret {
  /** The part of the word before the caret: what the person has typed so far. */
  prefix: string;
  start: number;
  /** End of the whole word under the caret; accepting replaces start..end. */
  end: number;
}

const WORD_CHAR = /[A-Za-z0-9_.$]/;
const MAX_ITEMS = 50;

/**
 * The word at the caret, or null where no name can be typed: inside a string, or in a number,
 * a `$` global or capture.
 */
export function wordAtCaret(source: string, caret: number): WordAtCaret | null {
  let start = caret;
  while (start > 0 && WORD_CHAR.test(source[start - 1])) start--;
  let end = caret;
  while (end < source.length && WORD_CHAR.test(source[end])) end++;
  const prefix = source.slice(start, caret);
  if (/^[0-9$.]/.test(prefix)) return null;
  if (insideString(source, start)) return null;
  return { prefix, start, end };
}

function insideString(source: string, position: number): boolean {
  return tokenize(source.slice(0, position)).errors.some((error) => error.message === 'Unterminated string');
}

function allItems(contextName: string): CompletionItem[] {
  return [
    ...variablesFor(contextName).map((label): CompletionItem => ({ label, kind: 'variable' })),
    ...expressionFunctions.map(
      (fn): CompletionItem => ({
        label: fn.name,
        kind: 'function',
        signature: `${fn.name}(${fn.args.map((arg) => arg.name).join(', ')})`,
        description: fn.description,
      }),
    ),
    ...constantsFor(contextName).map((label): CompletionItem => ({ label, kind: 'constant' })),
  ];
}

/**
 * Items for a prefix: names starting with it first, then (from two letters on) names containing
 * it, each group in context order. Case is ignored. An empty prefix lists everything.
 */
export function completionItems(contextName: string, prefix: string): CompletionItem[] {
  const items = allItems(contextName);
  const wanted = prefix.toLowerCase();
  if (wanted === '') return items.slice(0, MAX_ITEMS);
  const starting = items.filter((item) => item.label.toLowerCase().startsWith(wanted));
  const containing =
    wanted.length >= 2
      ? items.filter((item) => !item.label.toLowerCase().startsWith(wanted) && item.label.toLowerCase().includes(wanted))
      : [];
  // A name already typed out in full needs no popup.
  const result = [...starting, ...containing];
  if (result.length === 1 && result[0].label === prefix) return [];
  return result.slice(0, MAX_ITEMS);
}

export interface Insertion {
  start: number;
  end: number;
  text: string;
  /** Caret position after the insertion. */
  caret: number;
}

/** What accepting an item writes: the name, and for a function its opening parenthesis. */
export function insertionFor(source: string, word: WordAtCaret, item: CompletionItem): Insertion {
  const needsParen = item.kind === 'function' && source[word.end] !== '(';
  const text = needsParen ? `${item.label}(` : item.label;
  // Before an existing "(" the caret goes inside it, ready for the first argument.
  const caret = word.start + text.length + (item.kind === 'function' && !needsParen ? 1 : 0);
  return { start: word.start, end: word.end, text, caret };
}
