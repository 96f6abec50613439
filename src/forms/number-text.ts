// Number inputs keep what was typed as text; the model holds a number, or NaN while the text is
// empty or not a number, so validation can say "Enter a number" instead of a type error.

export const ENTER_A_NUMBER = 'Enter a number';

// Plain decimal notation only: Number('') is 0 and Number('0x10') is 16, neither of which a person means.
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

export function parseNumberText(text: string): number {
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) return Number.NaN;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : Number.NaN;
}

export function formatNumberText(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

/** True when the typed text already stands for the model value (so an outside update can be ignored). */
export function numberTextMatches(text: string, value: unknown): boolean {
  return Object.is(parseNumberText(text), typeof value === 'number' ? value : Number.NaN);
}

const NUMBER_KINDS = new Set(['integer', 'unsignedInteger', 'float', 'size', 'duration']);

export function isNumberKind(kind: string): boolean {
  return NUMBER_KINDS.has(kind);
}
