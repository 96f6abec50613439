// The three score thresholds act in order: spam < discard < reject. 0 turns one off.

export type ThresholdName = 'spam' | 'discard' | 'reject';

export type Thresholds = Record<ThresholdName, number>;

export const THRESHOLD_ORDER: readonly ThresholdName[] = ['spam', 'discard', 'reject'];

/** On when it is a real number other than 0 (NaN: the box is empty or holds no number yet). */
export function isOn(value: number): boolean {
  return Number.isFinite(value) && value !== 0;
}

/** One sentence per pair of enabled thresholds that is out of order, e.g. discard below spam. */
export function thresholdProblems(thresholds: Thresholds): string[] {
  const on = THRESHOLD_ORDER.filter((name) => isOn(thresholds[name]));
  const problems: string[] = [];
  for (let i = 0; i < on.length; i++) {
    for (let j = i + 1; j < on.length; j++) {
      const lower = on[i];
      const higher = on[j];
      if (thresholds[higher] < thresholds[lower]) {
        problems.push(`the ${higher} threshold (${thresholds[higher]}) is below the ${lower} threshold (${thresholds[lower]})`);
      }
    }
  }
  return problems;
}

/** The range the ladder draws: 0 up to a round number above the highest threshold, or below 0 if one is negative. */
export function ladderScale(thresholds: Thresholds): { min: number; max: number } {
  const values = THRESHOLD_ORDER.map((name) => thresholds[name]).filter(isOn);
  const top = Math.max(10, ...values.map((v) => v * 1.2));
  const bottom = Math.min(0, ...values.map((v) => v * 1.2));
  const step = (n: number) => (Math.abs(n) <= 20 ? 5 : Math.abs(n) <= 50 ? 10 : 20);
  return {
    min: Math.max(-100, bottom === 0 ? 0 : -Math.ceil(-bottom / step(bottom)) * step(bottom)),
    max: Math.min(100, Math.ceil(top / step(top)) * step(top)),
  };
}
