import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DnsResolver } from '../dns/dns-resolver';
import { createZoneFileResolver } from '../dns/zone-files';
import { signMessage } from './test-support';
import { troubleshootDmarc } from './troubleshoot';
import type { TroubleshootDmarcInput } from './troubleshoot-types';

const ZONE = fileURLToPath(new URL('../../demo/zones/demo.zone', import.meta.url));
const KEY = fileURLToPath(new URL('../../demo/zones/demo-dkim-private.pem', import.meta.url));

let resolver: DnsResolver;
let privateKey: string;

beforeAll(async () => {
  resolver = await createZoneFileResolver([ZONE]);
  privateKey = await readFile(KEY, 'utf8');
});

const message = (from: string) =>
  `From: ${from}\r\nTo: bob@example.net\r\nSubject: Demo\r\nDate: Mon, 6 Apr 2026 10:00:00 +0000\r\nMessage-ID: <demo@example>\r\n\r\nHello\r\n`;

const input = (over: Partial<TroubleshootDmarcInput>): TroubleshootDmarcInput => ({
  remoteIp: '192.0.2.10',
  ehloDomain: 'mail.example.com',
  mailFrom: 'alice@example.com',
  to: {},
  message: null,
  spfEhloDomain: 'mail.example.com',
  spfMailFromDomain: 'example.com',
  ...over,
});

describe('demo zone', () => {
  it('publishes the public half of the demo DKIM key for each demo domain', async () => {
    for (const domain of ['example.com', 'example.org', 'example.net', 'shop.example']) {
      const signed = await signMessage(message(`news@${domain}`), domain, 'demo', privateKey);
      const outcome = await troubleshootDmarc(input({ message: signed }), resolver);
      expect(outcome.ok && outcome.result.dkimResults).toEqual({ '0': { '@type': 'Pass' } });
    }
  });

  it('passes everything for mail.example.com', async () => {
    const signed = await signMessage(message('alice@example.com'), 'example.com', 'demo', privateKey);
    const outcome = await troubleshootDmarc(input({ message: signed }), resolver);
    expect(outcome).toMatchObject({
      ok: true,
      result: {
        spfEhloResult: { '@type': 'Pass' },
        spfMailFromResult: { '@type': 'Pass' },
        ipRevResult: { '@type': 'Pass' },
        ipRevPtr: { 'mail.example.com.': true },
        dmarcResult: { '@type': 'Pass' },
        dmarcPolicy: 'reject',
      },
    });
  });

  it('has the documented SPF outcomes, include and failing reverse DNS', async () => {
    const outside = '198.51.100.99';
    const spf = async (domain: string, ip = outside) => {
      const outcome = await troubleshootDmarc(input({ remoteIp: ip, spfMailFromDomain: domain }), resolver);
      return outcome.ok ? outcome.result : undefined;
    };
    expect((await spf('example.com'))?.spfMailFromResult['@type']).toBe('Fail');
    expect((await spf('example.org', '203.0.113.5'))?.spfMailFromResult['@type']).toBe('SoftFail');
    expect((await spf('example.net', '198.51.100.5'))?.spfMailFromResult['@type']).toBe('Neutral');
    // example.com includes _spf.example.net, which lists relay.example.net.
    expect((await spf('example.com', '203.0.113.25'))?.spfMailFromResult['@type']).toBe('Pass');
    expect((await spf('example.com'))?.ipRevResult['@type']).toBe('PermError');
    expect((await spf('example.com', '203.0.113.66'))?.ipRevResult['@type']).toBe('Fail');
  });
});
