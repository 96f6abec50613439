// Demo milters: the usual suspects of a mail host, with realistic ports and stages.
import type { JsonObject } from '../jmap/method-types';
import type { Prng } from './prng';

export function demoMilters(rng: Prng): JsonObject[] {
  const milters: JsonObject[] = [
    {
      hostname: '127.0.0.1',
      port: 11332,
      stages: { connect: true, ehlo: true, mail: true, rcpt: true, data: true },
      enable: { else: 'true' },
    },
    {
      hostname: 'clamav.internal',
      port: 7357,
      stages: { data: true },
      timeoutData: 120000,
      maxResponseSize: 10485760,
      enable: { match: { '0': { if: 'is_local_domain(rcpt_domain)', then: 'true' } }, else: 'false' },
    },
    {
      hostname: '127.0.0.1',
      port: 8891,
      stages: { mail: true, data: true },
      protocolVersion: 'v2',
      tempFailOnError: false,
      enable: { match: { '0': { if: "!is_empty(authenticated_as) || listener == 'submission'", then: 'true' } }, else: 'false' },
    },
    {
      hostname: 'milter.example.net',
      port: 11332,
      useTls: true,
      allowInvalidCerts: rng.chance(0.5),
      stages: { rcpt: true, data: true },
      timeoutConnect: 15000,
      flagsAction: 0x1ff,
      enable: { match: { '0': { if: "remote_ip == '203.0.113.25'", then: 'false' } }, else: 'true' },
    },
  ];
  // rspamd always; the others by seed, so different seeds give different but realistic sets.
  const count = rng.int(3, 4);
  return [milters[0], ...rng.shuffle(milters.slice(1)).slice(0, count - 1)];
}
