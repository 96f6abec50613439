// Runs the server's live delivery probe for a domain or an address: GET /api/token/delivery
// (permission liveDeliveryTest; a text token valid 60 s), then the event stream
// /api/live/delivery/{target}?token=… read with EventSource. The stream is closed when it
// completes, fails or the component unmounts (EventSource would otherwise reconnect and run the
// probe again).

import { useEffect, useState } from 'react';
import { describeJmapError } from '../../jmap/describe-jmap-error';
import { serverEndpoint } from '../../jmap/urls';
import { useConnection } from '../../session/connection-context';
import { applyDeliveryEvent, parseDeliveryFrame, type ProbeStep } from './delivery-stages';

export type ProbeStatus = 'starting' | 'running' | 'completed' | 'failed';

export interface DeliveryProbe {
  status: ProbeStatus;
  steps: ProbeStep[];
  error?: string;
}

export function useDeliveryProbe(target: string, run: number): DeliveryProbe {
  const { client } = useConnection();
  const [probe, setProbe] = useState<DeliveryProbe>({ status: 'starting', steps: [] });

  useEffect(() => {
    let source: EventSource | undefined;
    let cancelled = false;
    setProbe({ status: 'starting', steps: [] });
    const fail = (error: string) => {
      source?.close();
      if (!cancelled) setProbe((p) => ({ ...p, status: 'failed', error }));
    };

    void (async () => {
      const token = await client.getText('/api/token/delivery');
      if (cancelled) return;
      if (!token.ok) return fail(`The server refused the delivery test: ${describeJmapError(token.error)}`);
      const url = serverEndpoint(
        client.serverUrl,
        `/api/live/delivery/${encodeURIComponent(target)}?token=${encodeURIComponent(token.value.trim())}`,
      );
      source = new EventSource(url);
      setProbe((p) => ({ ...p, status: 'running' }));
      source.addEventListener('event', (message) => {
        let events;
        try {
          events = parseDeliveryFrame((message as MessageEvent<string>).data);
        } catch {
          return fail('The server sent a stage that could not be read.');
        }
        setProbe((p) => {
          let steps = p.steps;
          let status = p.status;
          for (const event of events) {
            if (event.type === 'completed') status = 'completed';
            else steps = applyDeliveryEvent(steps, event);
          }
          return { ...p, steps, status };
        });
        if (events.some((event) => event.type === 'completed')) source?.close();
      });
      source.addEventListener('error', () => {
        // After "completed" the stream is closed from this side, so an error here means the
        // connection was lost (or refused) before the end.
        source?.close();
        if (cancelled) return;
        setProbe((p) =>
          p.status === 'completed' ? p : { ...p, status: 'failed', error: 'The connection to the server was lost before the test finished.' },
        );
      });
    })();

    return () => {
      cancelled = true;
      source?.close();
    };
  }, [client, target, run]);

  return probe;
}
