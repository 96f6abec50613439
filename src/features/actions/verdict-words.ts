// The spam verdict in plain words, and what decided it.
import type { SpamClassifyResult, SpamClassifyTag } from '../../catalog/action';
import { formatScore, type Thresholds } from './score-ladder';

export const VERDICT_WORDS: Record<SpamClassifyResult['result'], { title: string; effect: string }> = {
  ham: { title: 'Not spam', effect: 'The message would be delivered normally.' },
  spam: { title: 'Spam', effect: 'The message would be delivered marked as spam, usually into the junk folder.' },
  reject: { title: 'Rejected', effect: 'The server would refuse the message during the SMTP session, and the sender would get an error.' },
  discard: { title: 'Discarded', effect: 'The server would accept the message and then silently drop it.' },
};

/** Why the verdict is what it is: a deciding tag, or the score against a threshold. */
export function verdictReason(result: SpamClassifyResult, thresholds: Thresholds | undefined): string {
  const score = formatScore(result.score);
  if (result.result === 'reject' || result.result === 'discard') {
    const deciding = Object.entries(result.tags)
      .filter(([, tag]) => tag.disposition === result.result)
      .map(([name]) => name);
    if (deciding.length > 0) {
      const verb = result.result === 'reject' ? 'rejects' : 'discards';
      return `Decided by the tag ${deciding.join(', ')}, which ${verb} a message by itself whatever the score.`;
    }
    const threshold = result.result === 'reject' ? thresholds?.scoreReject : thresholds?.scoreDiscard;
    return threshold === undefined
      ? `The score ${score} reached the ${result.result} threshold.`
      : `The score ${score} reached the ${result.result} threshold of ${formatScore(threshold)}.`;
  }
  if (result.result === 'spam') {
    return thresholds
      ? `The score ${score} reached the spam threshold of ${formatScore(thresholds.scoreSpam)}.`
      : `The score ${score} reached the spam threshold.`;
  }
  return thresholds
    ? `The score ${score} stays below the spam threshold of ${formatScore(thresholds.scoreSpam)}.`
    : `The score ${score} stays below the spam threshold.`;
}

/**
 * What one tag did to the verdict; a tag scored 0 only marks the message (many built-in checks do).
 * A real server also reports a tag missing from its score table as a 0-scored "reject" tag
 * (crates/jmap/src/registry/mapping/action.rs), so a reject or discard tag counts as deciding
 * only when the verdict is that.
 */
export function tagEffect(tag: SpamClassifyTag, verdict: SpamClassifyResult['result']): string {
  if (tag.disposition === 'reject' && verdict === 'reject') return 'Rejects the message';
  if (tag.disposition === 'discard' && verdict === 'discard') return 'Discards the message';
  const score = tag.disposition === 'score' ? tag.score : 0;
  if (score > 0) return `Adds ${formatScore(score)} to the score`;
  if (score < 0) return `Takes ${formatScore(-score)} off the score`;
  return 'No effect on the score';
}
