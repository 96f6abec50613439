// The live delivery test of one domain or address: each stage as it arrives, with what the
// server found or answered and what it means in plain words.

import { useEffect, useRef, useState } from 'react';
import { Badge, type BadgeTone } from '../../ui/badge';
import { Button } from '../../ui/button';
import type { StepState } from './delivery-stages';
import { useDeliveryProbe } from './use-delivery-probe';

const STATE: Record<StepState, { label: string; tone: BadgeTone }> = {
  running: { label: 'Running', tone: 'info' },
  ok: { label: 'OK', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
  notPublished: { label: 'Not published', tone: 'neutral' },
  info: { label: 'Host', tone: 'neutral' },
};

export function DeliveryTestPanel({ target, onClose }: { target: string; onClose: () => void }) {
  const [run, setRun] = useState(0);
  const probe = useDeliveryProbe(target, run);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [target]);

  let status: string;
  if (probe.status === 'starting') status = 'Starting the test…';
  else if (probe.status === 'running') status = 'Testing…';
  else if (probe.status === 'completed') status = outcomeText(probe.steps.map((s) => s.base + ':' + s.state));
  else status = probe.error ?? 'The test failed.';

  return (
    <section className="queue-section delivery-test" aria-labelledby="delivery-test-heading">
      <h2 id="delivery-test-heading" ref={headingRef} tabIndex={-1}>
        Delivery test: {target}
      </h2>
      <p role="status" className="delivery-test__status">
        {status}
      </p>
      <ol className="delivery-test__steps" aria-label="Delivery test stages">
        {probe.steps.map((step, index) => (
          <li key={index} className={`delivery-step delivery-step--${step.state}`}>
            <span className="delivery-step__title">
              <Badge tone={STATE[step.state].tone}>{STATE[step.state].label}</Badge> <strong>{step.title}</strong>
              {step.elapsedMs !== undefined && <span className="queue-muted"> ({step.elapsedMs} ms)</span>}
            </span>
            {step.detail && <span className="delivery-step__detail">{step.detail}</span>}
            <span className="delivery-step__explain">{step.explanation}</span>
          </li>
        ))}
      </ol>
      <div className="queue-actions">
        <Button size="small" onClick={() => setRun((n) => n + 1)} disabled={probe.status === 'starting' || probe.status === 'running'}>
          Run the test again
        </Button>
        <Button size="small" onClick={onClose}>
          Close the test
        </Button>
      </div>
    </section>
  );
}

/** A one-line verdict: the recipient was accepted, refused, or the test stopped at a step. */
function outcomeText(states: string[]): string {
  if (states.includes('rcptTo:ok')) return 'Finished: the receiving server accepts mail for this recipient.';
  if (states.includes('rcptTo:failed')) return 'Finished: the receiving server refused this recipient.';
  if (states.some((s) => s.endsWith(':failed'))) return 'Finished with problems: see the failed stages below.';
  return 'Finished: the domain’s mail servers can be reached.';
}
