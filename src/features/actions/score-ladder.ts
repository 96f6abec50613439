// Where a spam score sits among the SpamSettings thresholds. The discard and reject thresholds are
// off at 0; the spam threshold always applies (the server marks spam at or above it).

export type RungKind = 'spam' | 'discard' | 'reject';

export interface Thresholds {
  scoreSpam: number;
  scoreDiscard: number;
  scoreReject: number;
}

export interface Rung {
  kind: RungKind;
  threshold: number;
  /** The score is at or above this threshold. */
  reached: boolean;
}

export interface Ladder {
  /** Active thresholds, lowest first. */
  rungs: Rung[];
  /** Thresholds set to 0 (off). */
  off: RungKind[];
  /** The highest rung the score reached, or undefined when it stays below all of them. */
  highest?: Rung;
}

export function scoreLadder(settings: Thresholds, score: number): Ladder {
  const candidates: Array<{ kind: RungKind; threshold: number }> = [
    { kind: 'spam', threshold: settings.scoreSpam },
    { kind: 'discard', threshold: settings.scoreDiscard },
    { kind: 'reject', threshold: settings.scoreReject },
  ];
  const off = candidates.filter((c) => c.kind !== 'spam' && c.threshold === 0).map((c) => c.kind);
  const order: Record<RungKind, number> = { spam: 0, discard: 1, reject: 2 };
  const rungs = candidates
    .filter((c) => !off.includes(c.kind))
    .sort((a, b) => a.threshold - b.threshold || order[a.kind] - order[b.kind])
    .map((c) => ({ ...c, reached: score >= c.threshold }));
  const reached = rungs.filter((r) => r.reached);
  return { rungs, off, highest: reached[reached.length - 1] };
}

export function formatScore(score: number): string {
  // Scores are decimals like 9.5 or -0.01; drop float noise, keep up to two decimals.
  return String(Math.round(score * 100) / 100);
}
