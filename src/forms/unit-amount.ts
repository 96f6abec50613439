// Durations (ms) and sizes (bytes) are one integer in the model; the widgets show amount + unit.
import { durationUnits, joinAmount, sizeUnits, splitAmount } from '../schema/units';
import { parseNumberText } from './number-text';

export interface UnitChoice {
  unit: string;
  label: string;
  factor: number;
}

export interface AmountParts {
  text: string;
  unit: string;
}

export const durationChoices: readonly UnitChoice[] = durationUnits;
export const sizeChoices: readonly UnitChoice[] = sizeUnits;

/** Model integer -> what the widget shows; a missing or invalid amount shows empty in `emptyUnit`. */
export function amountToParts(amount: unknown, units: readonly UnitChoice[], emptyUnit: string): AmountParts {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return { text: '', unit: emptyUnit };
  const { value, unit } = splitAmount(amount, units);
  return { text: String(value), unit };
}

/** What the widget shows -> model integer; NaN when the amount is empty or not a number. */
export function partsToAmount(parts: AmountParts, units: readonly UnitChoice[]): number {
  const value = parseNumberText(parts.text);
  return Number.isNaN(value) ? Number.NaN : joinAmount(value, parts.unit, units);
}

export function partsMatch(parts: AmountParts, amount: unknown, units: readonly UnitChoice[]): boolean {
  return Object.is(partsToAmount(parts, units), typeof amount === 'number' ? amount : Number.NaN);
}
