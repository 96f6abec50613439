import { describe, expect, it } from 'vitest';
import { registrableDomain, splitAddress } from './domain-parts';
import { emailsInText } from './email-extract';
import { decodeEncodedWords } from './encoded-words';
import { headerAttributes, headerFields } from './header-fields';
import { htmlToText, parseMessage } from './parsed-message';
import { checkRawMessage, toCrlf } from './raw-message';
import { ipsInReceived } from './received-ips';
import { threadName, words } from './text-words';
import { collectUrls, urlParts, urlsInHtml, urlsInText } from './url-extract';

describe('checkRawMessage', () => {
  it('accepts headers, folded lines and an empty line', () => {
    expect(checkRawMessage('Subject: a\r\n  folded\r\nFrom: x@example.com\r\n\r\nbody').ok).toBe(true);
    expect(checkRawMessage('Subject: a\n\n').ok).toBe(true);
  });

  it('refuses text without a header section or separator', () => {
    expect(checkRawMessage('hello world')).toMatchObject({ ok: false, reason: expect.stringContaining('empty line') });
    expect(checkRawMessage('hello world\n\nbody')).toMatchObject({ ok: false, reason: expect.stringContaining('header field') });
    expect(checkRawMessage('Subject: a\nbroken line\n\nbody')).toMatchObject({ ok: false, reason: expect.stringContaining('line 2') });
    expect(checkRawMessage('').ok).toBe(false);
  });

  it('normalises line endings', () => {
    expect(toCrlf('a\nb\r\nc')).toBe('a\r\nb\r\nc');
  });
});

describe('header fields', () => {
  it('keeps the raw value and gives the unfolded, decoded one', () => {
    const [subject, type] = headerFields([
      'Subject: =?UTF-8?B?SMOpbGxv?=',
      '  =?ISO-8859-1?Q?w=F6rld_!?=',
      'Content-Type: text/plain; charset="utf-8"; format=flowed',
    ]);
    expect(subject).toEqual({ name: 'Subject', raw: ' =?UTF-8?B?SMOpbGxv?=\r\n  =?ISO-8859-1?Q?w=F6rld_!?=', value: 'Héllowörld !' });
    expect(headerAttributes(type.value)).toEqual(['charset=utf-8', 'format=flowed']);
  });

  it('leaves undecodable words alone', () => {
    expect(decodeEncodedWords('=?x-unknown?Q?abc?= plain')).toBe('=?x-unknown?Q?abc?= plain');
  });
});

describe('URL extraction', () => {
  it('finds URLs in text without trailing punctuation', () => {
    expect(urlsInText('See https://example.com/a?b=1. Or www.example.org, or (https://example.net/x).')).toEqual([
      'https://example.com/a?b=1',
      'http://www.example.org',
      'https://example.net/x',
    ]);
  });

  it('finds link attributes and visible URLs in HTML', () => {
    expect(urlsInHtml('<a href="https://example.com/?a=1&amp;b=2">x</a> <img src=\'http://192.0.2.1/p.png\'> see https://example.org')).toEqual([
      'https://example.com/?a=1&b=2',
      'http://192.0.2.1/p.png',
      'https://example.org',
    ]);
  });

  it('deduplicates across bodies and remembers the location', () => {
    expect(collectUrls(['https://example.com/'], ['<a href="https://example.com/">a</a><a href="https://example.net/">b</a>'])).toEqual([
      { url: 'https://example.com/', location: 'body_text' },
      { url: 'https://example.net/', location: 'body_html' },
    ]);
  });

  it('splits a URL into rule variables', () => {
    expect(urlParts('https://user@www.shop.example.co.uk:8443/p/q?x=1')).toEqual({
      url: 'https://user@www.shop.example.co.uk:8443/p/q?x=1',
      scheme: 'https',
      authority: 'user@www.shop.example.co.uk:8443',
      host: 'www.shop.example.co.uk',
      sld: 'example.co.uk',
      port: 8443,
      path: '/p/q',
      query: 'x=1',
      path_query: '/p/q?x=1',
    });
    expect(urlParts('not a url')).toBeUndefined();
  });
});

describe('addresses, IPs and words', () => {
  it('finds addresses in text', () => {
    expect(emailsInText('Mail a.b@example.com or <mailto:c@sub.example.org>.')).toEqual(['a.b@example.com', 'c@sub.example.org']);
  });

  it('splits addresses and finds registrable domains', () => {
    expect(splitAddress('Alice.Smith@Mail.Example.COM')).toEqual({ local: 'Alice.Smith', domain: 'mail.example.com' });
    expect(registrableDomain('a.b.example.com.')).toBe('example.com');
    expect(registrableDomain('example.com.au')).toBe('example.com.au');
    expect(registrableDomain('192.0.2.1')).toBe('192.0.2.1');
  });

  it('reads IPs from Received headers', () => {
    expect(ipsInReceived('from x (x [192.0.2.1]) by y ([IPv6:2001:DB8::5]) with ESMTP; 203.0.113.9')).toEqual([
      '192.0.2.1',
      '2001:db8::5',
      '203.0.113.9',
    ]);
    expect(ipsInReceived('from x ([999.1.1.1]) id 1.2.3')).toEqual([]);
  });

  it('splits words and thread names', () => {
    expect(words("Don't MISS: 50% off—today!")).toEqual(["don't", 'miss', '50', 'off', 'today']);
    expect(threadName('Re: [list] Fwd: RE: Plans')).toBe('Plans');
  });
});

describe('parseMessage', () => {
  it('gives text, HTML and a readable body for HTML-only mail', async () => {
    const parsed = await parseMessage(
      'From: "Shop" <news@example.com>\r\nTo: a@example.org, Team: b@example.org, c@example.org;\r\nContent-Type: text/html\r\n\r\n<p>Hello&nbsp;<b>there</b></p><style>p{}</style>',
    );
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.message.text).toBe('');
    expect(parsed.message.body).toBe('Hello there');
    expect(parsed.message.from).toEqual({ address: 'news@example.com', name: 'Shop' });
    expect(parsed.message.to.map((m) => m.address)).toEqual(['a@example.org', 'b@example.org', 'c@example.org']);
  });

  it('turns HTML into text', () => {
    expect(htmlToText('<div>a</div><div>b &amp; c</div><script>x()</script>')).toBe('a\nb & c');
  });
});
