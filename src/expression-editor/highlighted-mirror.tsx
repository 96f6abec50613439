// The coloured copy of the source drawn behind the transparent textarea. It also gives the field
// its height, so the textarea grows with the text. Hidden from assistive technology: the
// textarea holds the same text, and the problems are written out below the field.
import { memo } from 'react';
import type { Highlight } from './highlight-segments';

const markClass = (mark: string | undefined) => (mark ? ` pm-xe-mark pm-xe-mark--${mark}` : '');

export const HighlightedMirror = memo(function HighlightedMirror({ highlight }: { highlight: Highlight }) {
  return (
    <pre className="pm-xe__mirror" aria-hidden="true">
      {highlight.segments.map((segment, i) => (
        <span key={i} className={`pm-xe-tok pm-xe-tok--${segment.kind}${markClass(segment.mark)}`}>
          {segment.text}
        </span>
      ))}
      {highlight.endMark && <span className={`pm-xe-tok${markClass(highlight.endMark)}`}>{'\u00a0'}</span>}
      {/* Keeps an empty or newline-ended text one line taller, as the textarea shows it. */}
      {'\u200b'}
    </pre>
  );
});
