// The three score thresholds as a ladder: a drawing on a 0..max scale (below 0 when one is
// negative), a text list that carries the same facts for everyone, and a warning while the
// enabled thresholds are out of order. The drawing repeats the list, so it is hidden from
// assistive technology.
import { useId } from 'react';
import { isOn, ladderScale, thresholdProblems, THRESHOLD_ORDER, type ThresholdName, type Thresholds } from './threshold-order';

const labels: Record<ThresholdName, string> = { spam: 'Spam', discard: 'Discard', reject: 'Reject' };
const effects: Record<ThresholdName, string> = {
  spam: 'marks a message as spam',
  discard: 'discards the message',
  reject: 'rejects the message',
};

const WIDTH = 600;
const LEFT = 24;
const RIGHT = WIDTH - 24;
const AXIS_Y = 78;

export function ThresholdLadder({ thresholds }: { thresholds: Thresholds }) {
  const captionId = useId();
  const { min, max } = ladderScale(thresholds);
  const x = (value: number) => LEFT + ((Math.min(max, Math.max(min, value)) - min) / (max - min)) * (RIGHT - LEFT);
  const anchor = (at: number) => (at < LEFT + 40 ? 'start' : at > RIGHT - 40 ? 'end' : 'middle');
  const problems = thresholdProblems(thresholds);
  const ticks = [...new Set([min, 0, max])];

  return (
    <figure className="threshold-ladder" aria-labelledby={captionId}>
      <figcaption id={captionId} className="threshold-ladder__caption">
        Score thresholds
      </figcaption>
      <svg className="threshold-ladder__drawing" viewBox={`0 0 ${WIDTH} 104`} aria-hidden="true" focusable="false">
        <line className="threshold-ladder__axis" x1={LEFT} x2={RIGHT} y1={AXIS_Y} y2={AXIS_Y} />
        {ticks.map((tick) => (
          <g key={tick}>
            <line className="threshold-ladder__axis" x1={x(tick)} x2={x(tick)} y1={AXIS_Y - 4} y2={AXIS_Y + 4} />
            <text className="threshold-ladder__tick" x={x(tick)} y={AXIS_Y + 20} textAnchor={anchor(x(tick))}>
              {tick}
            </text>
          </g>
        ))}
        {THRESHOLD_ORDER.map((name, row) => {
          const value = thresholds[name];
          const y = 16 + row * 20;
          if (!isOn(value)) {
            return (
              <text key={name} className="threshold-ladder__off" x={LEFT} y={y}>
                {labels[name]}: off
              </text>
            );
          }
          const at = x(value);
          return (
            <g key={name} className={`threshold-ladder__mark threshold-ladder__mark--${name}`}>
              <line x1={at} x2={at} y1={y + 4} y2={AXIS_Y} />
              <circle cx={at} cy={AXIS_Y} r={6} />
              <text x={at} y={y} textAnchor={anchor(at)}>
                {labels[name]} {value}
              </text>
            </g>
          );
        })}
      </svg>
      <ol className="threshold-ladder__steps">
        {THRESHOLD_ORDER.map((name) => (
          <li key={name} className={`threshold-ladder__step threshold-ladder__step--${isOn(thresholds[name]) ? name : 'off'}`}>
            <span className="threshold-ladder__swatch" aria-hidden="true" />
            {isOn(thresholds[name])
              ? `${labels[name]}: a score above ${thresholds[name]} ${effects[name]}`
              : Number.isNaN(thresholds[name])
                ? `${labels[name]}: not a number yet`
                : `${labels[name]}: off`}
          </li>
        ))}
      </ol>
      {/* Always present, so screen readers announce the warning when it appears. */}
      <p role="status" className={problems.length > 0 ? 'threshold-ladder__warning' : 'threshold-ladder__ok'}>
        {problems.length > 0 ? `The thresholds are out of order: ${problems.join('; ')}. Messages are judged against the highest threshold they pass.` : ''}
      </p>
    </figure>
  );
}
