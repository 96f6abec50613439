import type { ClassifiedTag, ClassifySpamResult, SpamSettings, TagScoreTable } from './classify-types';

/** Score and disposition of one tag; a tag missing from the table scores 0. */
export function scoreTag(tag: string, table: TagScoreTable): ClassifiedTag {
  const entry = table.get(tag);
  if (entry === undefined) return { score: 0, disposition: 'score' };
  if (typeof entry === 'number') return { score: entry, disposition: 'score' };
  return { score: entry.score ?? 0, disposition: entry.disposition ?? 'score' };
}

/**
 * Sums tag scores and applies the thresholds: a reject/discard tag or threshold decides first
 * (a threshold of 0 is off), then spam at or above scoreSpam, else ham.
 */
export function verdict(
  tags: readonly string[],
  table: TagScoreTable,
  settings: SpamSettings,
): ClassifySpamResult {
  const scored: Record<string, ClassifiedTag> = {};
  let total = 0;
  for (const tag of tags) {
    scored[tag] = scoreTag(tag, table);
    total += scored[tag].score;
  }
  // Scores are decimal in the table; keep sums like 3.0 + -0.01 from showing float noise.
  const score = Math.round(total * 1e6) / 1e6;
  const dispositions = Object.values(scored).map((t) => t.disposition);
  const scoreSpam = settings.scoreSpam ?? 5;
  const scoreReject = settings.scoreReject ?? 0;
  const scoreDiscard = settings.scoreDiscard ?? 0;

  let result: ClassifySpamResult['result'];
  if (dispositions.includes('reject') || (scoreReject !== 0 && score >= scoreReject)) result = 'reject';
  else if (dispositions.includes('discard') || (scoreDiscard !== 0 && score >= scoreDiscard)) result = 'discard';
  else if (score >= scoreSpam) result = 'spam';
  else result = 'ham';
  return { score, result, tags: scored };
}
