import { describe, expect, it } from 'vitest';
import { registrableDomain } from './domain-parts';

describe('registrableDomain', () => {
  it.each([
    ['mail.example.com', 'example.com'],
    ['MAIL.Example.CO.UK.', 'example.co.uk'],
    ['www.bbc.co.uk', 'bbc.co.uk'],
    ['shop.example.com.au', 'example.com.au'],
    ['a.b.example.co.jp', 'example.co.jp'],
    ['mail.example.com.br', 'example.com.br'],
    ['x.y.example.gov.in', 'example.gov.in'],
    // A wildcard rule: every name under kawasaki.jp is itself a suffix.
    ['news.example.kawasaki.jp', 'news.example.kawasaki.jp'],
    // The private section: each user's site is its own registrable domain, as on the server.
    ['octocat.github.io', 'octocat.github.io'],
    ['deep.site.octocat.github.io', 'octocat.github.io'],
    ['app.herokuapp.com', 'app.herokuapp.com'],
    ['bit.ly', 'bit.ly'],
  ])('%s -> %s', (host, expected) => {
    expect(registrableDomain(host)).toBe(expected);
  });

  it('keeps IPs, bare suffixes, single labels and unknown suffixes whole', () => {
    expect(registrableDomain('192.0.2.1')).toBe('192.0.2.1');
    expect(registrableDomain('[2001:db8::1]')).toBe('[2001:db8::1]');
    expect(registrableDomain('co.uk')).toBe('co.uk');
    expect(registrableDomain('localhost')).toBe('localhost');
    expect(registrableDomain('mail.example.notatld')).toBe('mail.example.notatld');
  });
});
