import { describe, expect, it } from 'vitest';
import { domainOf, parseAddressList } from './address-list';
import { envelopeFromMessage, subjectOf } from './envelope-from-message';
import { headerValues, readHeaders } from './message-headers';
import { isIpv6, lastExternalHop, parseReceived } from './received-header';

const crlf = (lines: string[]) => lines.join('\r\n');

describe('readHeaders', () => {
  it('unfolds continuation lines and stops at the blank line', () => {
    const raw = crlf(['Subject: a long', '\tsubject line', 'From: a@example.org', '', 'X-Not-A-Header: body text']);
    expect(readHeaders(raw)).toEqual([
      { name: 'Subject', value: 'a long\tsubject line' },
      { name: 'From', value: 'a@example.org' },
    ]);
  });

  it('accepts LF line ends and skips an mbox separator line', () => {
    const raw = 'From alice@example.org Mon Apr  6 10:00:00 2026\nTo: b@example.net\n\nHi';
    expect(headerValues(readHeaders(raw), 'to')).toEqual(['b@example.net']);
  });

  it('ends the header section at a line that is not a header', () => {
    expect(readHeaders('Subject: x\nthis is body text\nTo: c@example.org')).toEqual([{ name: 'Subject', value: 'x' }]);
  });
});

describe('parseAddressList', () => {
  it('reads display names, quoted strings and bare addresses', () => {
    expect(parseAddressList('"Doe, Jane" <jane@example.org>, bob@example.net, Carl <carl@example.com>')).toEqual([
      'jane@example.org',
      'bob@example.net',
      'carl@example.com',
    ]);
  });

  it('ignores comments, group names and empty groups, and drops duplicates', () => {
    expect(parseAddressList('team: a@example.org (Alice), b@example.org;, Undisclosed recipients:;, A@example.org')).toEqual([
      'a@example.org',
      'b@example.org',
    ]);
  });

  it('drops a source route and keeps the address', () => {
    expect(parseAddressList('<@relay.example:user@example.org>')).toEqual(['user@example.org']);
  });

  it('finds nothing in text without addresses', () => {
    expect(parseAddressList('undisclosed-recipients:;')).toEqual([]);
  });

  it('takes the domain of an address in lower case', () => {
    expect(domainOf('Alice@Mail.Example.COM')).toBe('mail.example.com');
    expect(domainOf('no-domain')).toBeUndefined();
  });
});

describe('parseReceived', () => {
  it('reads the Postfix / Stalwart shape', () => {
    expect(parseReceived('from mail.example.com (mail.example.com [192.0.2.10])\tby mx.example.net with ESMTPS id 1; Mon, 6 Apr 2026')).toEqual({
      helo: 'mail.example.com',
      ip: '192.0.2.10',
    });
  });

  it('keeps the HELO name when reverse DNS is unknown', () => {
    expect(parseReceived('from claimed.example (unknown [203.0.113.66]) by mx.example.net')).toEqual({
      helo: 'claimed.example',
      ip: '203.0.113.66',
    });
  });

  it('reads the helo= note of Exim', () => {
    expect(parseReceived('from rdns.example.org ([198.51.100.20] helo=mx.example.org) by mx.example.net with esmtp')).toEqual({
      helo: 'mx.example.org',
      ip: '198.51.100.20',
    });
  });

  it('reads the qmail shape with the address in parentheses', () => {
    expect(parseReceived('from unknown (HELO relay.example.net) (203.0.113.25) by mail.example.com with SMTP')).toEqual({
      helo: 'relay.example.net',
      ip: '203.0.113.25',
    });
  });

  it('reads IPv6 address literals', () => {
    expect(parseReceived('from mail.example.com (mail.example.com [IPv6:2001:db8::10]) by mx.example.net')).toEqual({
      helo: 'mail.example.com',
      ip: '2001:db8::10',
    });
  });

  it('gives nothing for a header without a from clause', () => {
    expect(parseReceived('by mx.example.net with LMTP id abc; Mon, 6 Apr 2026')).toEqual({});
  });

  it('does not take the by-host for the client', () => {
    expect(parseReceived('from helo.example by mx.example.net ([192.0.2.99]) with SMTP')).toEqual({ helo: 'helo.example' });
  });
});

describe('isIpv6', () => {
  it('accepts compressed and v4-embedded forms and refuses garbage', () => {
    expect(isIpv6('2001:db8::1')).toBe(true);
    expect(isIpv6('::ffff:192.0.2.1')).toBe(true);
    expect(isIpv6('1:2:3:4:5:6:7:8')).toBe(true);
    expect(isIpv6('1::2::3')).toBe(false);
    expect(isIpv6('12345::1')).toBe(false);
    expect(isIpv6('1:2:3')).toBe(false);
  });
});

describe('lastExternalHop', () => {
  it('takes the topmost hop and skips local hand-offs', () => {
    expect(
      lastExternalHop([
        'from localhost (localhost [127.0.0.1]) by mx.example.net with ESMTP',
        'by mx.example.net with LMTP',
        'from mail.example.com (mail.example.com [192.0.2.10]) by mx.example.net with ESMTPS',
        'from laptop.local ([10.0.0.5]) by mail.example.com with ESMTPSA',
      ]),
    ).toEqual({ helo: 'mail.example.com', ip: '192.0.2.10' });
  });
});

describe('envelopeFromMessage', () => {
  it('fills IP and HELO from the last Received hop, MAIL FROM from From, RCPT TO from To and Cc', () => {
    const raw = crlf([
      'Received: from mx.example.org (mx.example.org [198.51.100.20])',
      '\tby mail.example.com (Stalwart) with ESMTPS id 42;',
      '\tMon, 6 Apr 2026 10:00:00 +0000',
      'Received: from desk.example.org ([10.1.2.3]) by mx.example.org with ESMTPSA',
      'From: "Alice Example" <alice@example.org>',
      'To: Bob <bob@example.com>, carol@example.com',
      'Cc: dave@example.net, bob@example.com',
      'Subject: Lunch?',
      '',
      'Body',
    ]);
    expect(envelopeFromMessage(raw)).toEqual({
      remoteIp: '198.51.100.20',
      ehloDomain: 'mx.example.org',
      envFrom: 'alice@example.org',
      envRcptTo: ['bob@example.com', 'carol@example.com', 'dave@example.net'],
    });
    expect(subjectOf(raw)).toBe('Lunch?');
  });

  it('fills only what the headers say', () => {
    expect(envelopeFromMessage('Subject: no addresses\r\n\r\nHello')).toEqual({ envRcptTo: [] });
  });
});
