import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalIp, ipOctets, reverseLookupName, reversedIp } from './dns-names';
import { createZoneFileResolver } from './zone-files';
import { parseZone } from './zone-parser';
import { createZoneResolver } from './zone-resolver';

const ZONE = `
$ORIGIN example.com.
$TTL 300
@          TXT  "v=spf1 " "ip4:192.0.2.0/24 -all"
@          MX   20 backup
@          MX   10 mail
mail       A    192.0.2.10
mail       AAAA 2001:db8:0:0::10
www        CNAME mail
loop1      CNAME loop2
loop2      CNAME loop1
sel._domainkey TXT "v=DKIM1; p=abc"
*.wild     TXT  "wildcard"
exact.wild TXT  "exact"
$ORIGIN 2.0.192.in-addr.arpa.
10         PTR  mail.example.com.
`;

const resolver = createZoneResolver(parseZone(ZONE));

async function errorCode(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: unknown }).code;
  }
  return 'resolved';
}

describe('zone resolver', () => {
  it('answers in node:dns shapes, case-insensitively and with or without the trailing dot', async () => {
    expect(await resolver('EXAMPLE.com.', 'TXT')).toEqual([['v=spf1 ', 'ip4:192.0.2.0/24 -all']]);
    expect(await resolver('example.com', 'mx')).toEqual([
      { exchange: 'backup.example.com', priority: 20 },
      { exchange: 'mail.example.com', priority: 10 },
    ]);
    expect(await resolver('mail.example.com', 'AAAA')).toEqual(['2001:db8::10']);
    expect(await resolver('10.2.0.192.in-addr.arpa', 'PTR')).toEqual(['mail.example.com']);
  });

  it('follows CNAMEs unless the CNAME itself is asked for', async () => {
    expect(await resolver('www.example.com', 'A')).toEqual(['192.0.2.10']);
    expect(await resolver('www.example.com', 'CNAME')).toEqual(['mail.example.com']);
    expect(await errorCode(resolver('loop1.example.com', 'A'))).toBe('ESERVFAIL');
  });

  it('distinguishes NXDOMAIN (ENOTFOUND) from NODATA (ENODATA)', async () => {
    expect(await errorCode(resolver('nothing.example.com', 'A'))).toBe('ENOTFOUND');
    expect(await errorCode(resolver('example.org', 'TXT'))).toBe('ENOTFOUND');
    expect(await errorCode(resolver('mail.example.com', 'TXT'))).toBe('ENODATA');
    // An empty non-terminal exists.
    expect(await errorCode(resolver('_domainkey.example.com', 'TXT'))).toBe('ENODATA');
  });

  it('synthesises wildcard answers only below the closest encloser', async () => {
    expect(await resolver('any.wild.example.com', 'TXT')).toEqual([['wildcard']]);
    expect(await resolver('exact.wild.example.com', 'TXT')).toEqual([['exact']]);
    expect(await errorCode(resolver('x.exact.wild.example.com', 'TXT'))).toBe('ENOTFOUND');
  });

  it('throws like node for an unknown rrtype', async () => {
    expect(await errorCode(resolver('example.com', 'BOGUS'))).toBe('ERR_INVALID_ARG_VALUE');
  });

  it('merges several zone files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zones-'));
    await writeFile(join(dir, 'a.zone'), '$ORIGIN example.com.\n$TTL 60\n@ A 192.0.2.1\n');
    await writeFile(join(dir, 'b.zone'), '$ORIGIN example.org.\n$TTL 60\n@ A 198.51.100.1\n');
    const merged = await createZoneFileResolver([join(dir, 'a.zone'), join(dir, 'b.zone')]);
    expect(await merged('example.com', 'A')).toEqual(['192.0.2.1']);
    expect(await merged('example.org', 'A')).toEqual(['198.51.100.1']);
  });

  it('names errors in a zone file by file and line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zones-'));
    await writeFile(join(dir, 'broken.zone'), '$ORIGIN example.com.\n$TTL 60\n@ A nope\n');
    await expect(createZoneFileResolver([join(dir, 'broken.zone')])).rejects.toThrow('broken.zone:3: invalid IPv4 address');
  });
});

describe('dns names', () => {
  it('builds reverse lookup names', () => {
    expect(reverseLookupName('192.0.2.10')).toBe('10.2.0.192.in-addr.arpa');
    expect(reverseLookupName('2001:db8::1')).toBe(
      '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa',
    );
    expect(reversedIp('203.0.113.7')).toBe('7.113.0.203');
  });

  it('canonicalises IPv6 text and reads octets', () => {
    expect(canonicalIp('2001:DB8:0:0:0:0:0:1')).toBe('2001:db8::1');
    expect(canonicalIp('::ffff:192.0.2.1')).toBe('::ffff:c000:201');
    expect(canonicalIp('2001:db8:0:1:0:0:0:0')).toBe('2001:db8:0:1::');
    expect(ipOctets('192.0.2.1')).toEqual([192, 0, 2, 1]);
    expect(ipOctets('::1')).toEqual([...new Array(15).fill(0), 1]);
  });
});
