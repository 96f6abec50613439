import { describe, expect, it } from 'vitest';
import { parseCli } from './main';
import { PROJECT_ROOT } from './sandbox';

describe('command-line options', () => {
  it('parses every flag', () => {
    const parsed = parseCli(
      ['--port', '0', '--host', '127.0.0.1', '--memory', '--seed', '9', '--queue', '12', '--max-size-request', '2048', '--max-calls-in-request', '3',
        '--max-concurrent-requests', '2', '--max-objects-in-get', '10', '--max-objects-in-set', '11', '--max-size-upload', '99', '--max-concurrent-upload', '1', '--permissive-cors'],
      PROJECT_ROOT,
    );
    expect(parsed).toMatchObject({
      help: false,
      options: {
        port: 0,
        host: '127.0.0.1',
        memory: true,
        seed: 9,
        queue: 12,
        permissiveCors: true,
        limits: { maxSizeRequest: 2048, maxCallsInRequest: 3, maxConcurrentRequests: 2, maxObjectsInGet: 10, maxObjectsInSet: 11, maxSizeUpload: 99, maxConcurrentUpload: 1 },
      },
    });
  });

  it('defaults --dns-zone to the shipped demo zone and accepts repeats', () => {
    const parsed = parseCli([], PROJECT_ROOT);
    expect(parsed.help === false && parsed.options.dnsZones).toEqual([`${PROJECT_ROOT}/server/demo/zones/demo.zone`]);
    const zone = `${PROJECT_ROOT}/server/demo/zones/demo.zone`;
    const twice = parseCli(['--dns-zone', zone, '--dns-zone', zone], PROJECT_ROOT);
    expect(twice.help === false && twice.options.dnsZones).toEqual([zone, zone]);
  });

  it.each([
    [['--bogus']],
    [['--port']],
    [['--port', 'abc']],
    [['--port', '70000']],
    [['--max-calls-in-request', '0']],
    [['--seed', '1.5']],
    [['--dns-zone', '/does/not/exist.zone']],
  ])('rejects %j', (argv) => {
    expect(() => parseCli(argv, PROJECT_ROOT)).toThrow();
  });

  it('recognises --help', () => {
    expect(parseCli(['--help'], PROJECT_ROOT)).toEqual({ help: true });
  });
});
