import { describe, expect, it } from 'vitest';
import { parseZone } from './zone-parser';
import { ZoneParseError, type ZoneRecord } from './zone-record';

const pick = (records: ZoneRecord[], type: ZoneRecord['type']) => records.filter((r) => r.type === type);

function parseError(text: string, fileName?: string): ZoneParseError {
  try {
    parseZone(text, { fileName });
  } catch (error) {
    if (error instanceof ZoneParseError) return error;
    throw error;
  }
  throw new Error('expected a ZoneParseError');
}

describe('parseZone', () => {
  it('applies $ORIGIN, @ and relative names', () => {
    const records = parseZone(
      ['$ORIGIN example.com.', '$TTL 300', '@ IN A 192.0.2.1', 'www IN A 192.0.2.2', 'abs.example.net. IN A 192.0.2.3'].join('\n'),
    );
    expect(records.map((r) => r.name)).toEqual(['example.com.', 'www.example.com.', 'abs.example.net.']);
  });

  it('reads a relative $ORIGIN against the current one and takes an initial origin option', () => {
    const records = parseZone('$ORIGIN sub\nhost 60 A 192.0.2.9\n', { origin: 'example.org' });
    expect(records[0].name).toBe('host.sub.example.org.');
  });

  it('repeats the previous owner when the line starts with a blank', () => {
    const records = parseZone('$ORIGIN example.com.\n$TTL 60\nmail A 192.0.2.1\n  AAAA 2001:DB8::1\n\tMX 10 mail\n');
    expect(records.map((r) => [r.name, r.type])).toEqual([
      ['mail.example.com.', 'A'],
      ['mail.example.com.', 'AAAA'],
      ['mail.example.com.', 'MX'],
    ]);
    expect(records[1]).toMatchObject({ address: '2001:db8::1' });
    expect(records[2]).toMatchObject({ priority: 10, exchange: 'mail.example.com.' });
  });

  it('accepts TTL and class in either order, with BIND units', () => {
    const records = parseZone(
      ['$ORIGIN example.com.', 'a 3600 IN A 192.0.2.1', 'b IN 1h30m A 192.0.2.2', 'c IN A 192.0.2.3', 'd 2W A 192.0.2.4'].join('\n'),
    );
    expect(records.map((r) => r.ttl)).toEqual([3600, 5400, 5400, 1209600]);
    expect(records.every((r) => r.class === 'IN')).toBe(true);
  });

  it('uses $TTL for records without a TTL, before the last explicit one', () => {
    const records = parseZone('$ORIGIN example.com.\n$TTL 1d\na A 192.0.2.1\nb 60 A 192.0.2.2\nc A 192.0.2.3\n');
    expect(records.map((r) => r.ttl)).toEqual([86400, 60, 86400]);
  });

  it('joins TXT character strings and resolves escapes', () => {
    const records = parseZone(
      [
        '$ORIGIN example.com.',
        '$TTL 60',
        '@ TXT "v=spf1 " "ip4:192.0.2.0/24" " -all"',
        'q TXT "say \\"hi\\"; not a comment" \\065bc',
        'u TXT unquoted words',
      ].join('\n'),
    );
    const txt = pick(records, 'TXT');
    expect(txt[0]).toMatchObject({ strings: ['v=spf1 ', 'ip4:192.0.2.0/24', ' -all'] });
    expect(txt[1]).toMatchObject({ strings: ['say "hi"; not a comment', 'Abc'] });
    expect(txt[2]).toMatchObject({ strings: ['unquoted', 'words'] });
  });

  it('lets parentheses span lines, with comments inside', () => {
    const records = parseZone(
      [
        '$ORIGIN example.com.',
        '@ 3600 IN SOA ns1 hostmaster (',
        '    2026010101 ; serial',
        '    2h         ; refresh',
        '    15M 2w 300 )',
        'sel._domainkey IN TXT ( "v=DKIM1; k=rsa; "',
        '   "p=MIIB" ) ; trailing comment',
        '; a comment line',
        '',
        'after A 192.0.2.5',
      ].join('\n'),
    );
    expect(records[0]).toMatchObject({
      type: 'SOA',
      mname: 'ns1.example.com.',
      rname: 'hostmaster.example.com.',
      serial: 2026010101,
      refresh: 7200,
      retry: 900,
      expire: 1209600,
      minimum: 300,
    });
    expect(records[1]).toMatchObject({ name: 'sel._domainkey.example.com.', strings: ['v=DKIM1; k=rsa; ', 'p=MIIB'] });
    // No $TTL: the last explicit TTL applies (RFC 1035).
    expect(records[2]).toMatchObject({ name: 'after.example.com.', ttl: 3600, source: { line: 10 } });
  });

  it('reads PTR, CNAME and NS records and lower-cases names', () => {
    const records = parseZone(
      [
        '$ORIGIN 2.0.192.IN-ADDR.ARPA.',
        '$TTL 60',
        '10 PTR Mail.Example.COM.',
        '$ORIGIN example.com.',
        'www CNAME mail',
        '@ NS ns1.example.net.',
      ].join('\n'),
    );
    expect(records.map((r) => r.name)).toEqual(['10.2.0.192.in-addr.arpa.', 'www.example.com.', 'example.com.']);
    expect(records.map((r) => (r.type === 'PTR' || r.type === 'CNAME' || r.type === 'NS' ? r.target : ''))).toEqual([
      'mail.example.com.',
      'mail.example.com.',
      'ns1.example.net.',
    ]);
  });

  it('handles CRLF line endings', () => {
    const records = parseZone('$ORIGIN example.com.\r\n$TTL 60\r\n@ TXT "a"\r\n  A 192.0.2.1\r\n');
    expect(records).toHaveLength(2);
    expect(records[1].name).toBe('example.com.');
  });

  it('records the line and file of each record', () => {
    const records = parseZone('$ORIGIN example.com.\n$TTL 60\n\na A 192.0.2.1\n', { fileName: 'x.zone' });
    expect(records[0].source).toEqual({ file: 'x.zone', line: 4 });
  });
});

describe('parseZone errors', () => {
  const cases: Array<[string, string, number, RegExp]> = [
    ['unknown type', '$ORIGIN e.com.\n$TTL 60\na A 192.0.2.1\nb SRV 0 0 25 a\n', 4, /unsupported record type 'SRV'/],
    ['bad IPv4', '$ORIGIN e.com.\n$TTL 60\na A 192.0.2.300\n', 3, /invalid IPv4 address/],
    ['bad IPv6', '$ORIGIN e.com.\n$TTL 60\na AAAA 2001:db8::zz\n', 3, /invalid IPv6 address/],
    ['MX field count', '$ORIGIN e.com.\n$TTL 60\n@ MX mail\n', 3, /MX record expects 2 fields, found 1/],
    ['MX preference', '$ORIGIN e.com.\n$TTL 60\n@ MX 70000 mail\n', 3, /invalid MX preference/],
    ['unterminated quote', '$ORIGIN e.com.\n$TTL 60\n@ TXT "abc\n', 3, /unterminated quoted string/],
    ['unclosed paren', '$ORIGIN e.com.\n$TTL 60\n@ TXT ( "a"\n "b"\n', 3, /'\(' is never closed/],
    ['stray close paren', '$ORIGIN e.com.\n$TTL 60\n@ TXT "a" )\n', 3, /'\)' without a matching '\('/],
    ['relative name without origin', '$TTL 60\nhost A 192.0.2.1\n', 2, /no origin is set/],
    ['@ without origin', '$TTL 60\n@ A 192.0.2.1\n', 2, /'@' used but no origin/],
    ['no TTL', '$ORIGIN e.com.\na A 192.0.2.1\n', 2, /no TTL given/],
    ['no previous owner', '$ORIGIN e.com.\n$TTL 60\n  A 192.0.2.1\n', 3, /no previous owner/],
    ['missing type', '$ORIGIN e.com.\n$TTL 60\nhost 60 IN\n', 3, /record type is missing/],
    ['unknown directive', '$ORIGIN e.com.\n$FOO bar\n', 2, /unknown directive '\$FOO'/],
    ['$INCLUDE', '$INCLUDE other.zone\n', 1, /\$INCLUDE is not supported/],
    ['bad $TTL', '$TTL soon\n', 1, /invalid TTL 'soon'/],
    ['long TXT string', `$ORIGIN e.com.\n$TTL 60\n@ TXT "${'x'.repeat(256)}"\n`, 3, /256 bytes/],
    ['bad escape', '$ORIGIN e.com.\n$TTL 60\n@ TXT "\\300"\n', 3, /out of range/],
    ['CNAME and other data', '$ORIGIN e.com.\n$TTL 60\nw CNAME a\nw A 192.0.2.1\n', 3, /CNAME and other data/],
    ['empty label', '$ORIGIN e.com.\n$TTL 60\na..b A 192.0.2.1\n', 3, /empty label/],
    ['TTL twice', '$ORIGIN e.com.\n$TTL 60\na 60 60 A 192.0.2.1\n', 3, /TTL given twice/],
  ];
  for (const [label, text, line, message] of cases) {
    it(`reports ${label} with its line`, () => {
      const error = parseError(text, 'bad.zone');
      expect(error.line).toBe(line);
      expect(error.message).toMatch(message);
      expect(error.message.startsWith(`bad.zone:${line}: `)).toBe(true);
    });
  }
});
