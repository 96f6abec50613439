// The score placed on the ladder of SpamSettings thresholds: not spam, spam, discard, reject.
import { formatScore, scoreLadder, type RungKind, type Thresholds } from './score-ladder';

const ZONE: Record<RungKind, string> = { spam: 'Spam', discard: 'Discard', reject: 'Reject' };

export function ScoreLadderView({ score, thresholds, headingLevel }: { score: number; thresholds: Thresholds; headingLevel: 3 | 4 }) {
  const ladder = scoreLadder(thresholds, score);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const zones = [
    { key: 'ham', name: 'Not spam', range: `below ${formatScore(ladder.rungs[0]?.threshold ?? 0)}`, current: ladder.highest === undefined },
    ...ladder.rungs.map((rung, i) => {
      const next = ladder.rungs[i + 1];
      return {
        key: rung.kind,
        name: ZONE[rung.kind],
        range: next ? `${formatScore(rung.threshold)} to below ${formatScore(next.threshold)}` : `${formatScore(rung.threshold)} and above`,
        current: ladder.highest === rung,
      };
    }),
  ];
  return (
    <section className="actions-ladder-section" aria-label="Score ladder">
      <Heading>Score ladder</Heading>
      <ol className="actions-ladder">
        {zones.map((zone) => (
          <li key={zone.key} aria-current={zone.current ? 'true' : undefined}>
            <span className="actions-ladder__zone">{zone.name}</span>
            <span>{zone.range}</span>
            {zone.current && <span className="actions-ladder__here">This message: {formatScore(score)}</span>}
          </li>
        ))}
      </ol>
      {ladder.off.length > 0 && (
        <p className="actions-muted">
          {ladder.off.map((kind) => `${ZONE[kind]} threshold: off (0)`).join('. ')}.
        </p>
      )}
    </section>
  );
}
