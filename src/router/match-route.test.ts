import { describe, expect, it } from 'vitest';
import { buildPath, matchRoute } from './match-route';

describe('matchRoute', () => {
  it('matches literal paths, ignoring a trailing slash', () => {
    expect(matchRoute('/settings/spam/rules', '/settings/spam/rules')).toEqual({});
    expect(matchRoute('/settings/spam/rules', '/settings/spam/rules/')).toEqual({});
    expect(matchRoute('/settings/spam/rules', '/settings/spam')).toBeNull();
    expect(matchRoute('/settings/spam/rules', '/settings/spam/rules/x')).toBeNull();
  });

  it('extracts and decodes params', () => {
    expect(matchRoute('/settings/spam/rules/:id', '/settings/spam/rules/a%2Fb%20c')).toEqual({ id: 'a/b c' });
    expect(matchRoute('/management/queue/:id', '/management/queue/42')).toEqual({ id: '42' });
    expect(matchRoute('/settings/mta/milters/:id', '/settings/mta/other/1')).toBeNull();
  });

  it('refuses malformed percent-encoding instead of throwing', () => {
    expect(matchRoute('/management/queue/:id', '/management/queue/%E0%A4%A')).toBeNull();
  });

  it('builds paths that round-trip through matchRoute', () => {
    const path = buildPath('/settings/spam/rules/:id', { id: 'rule/1?x' });
    expect(path).toBe('/settings/spam/rules/rule%2F1%3Fx');
    expect(matchRoute('/settings/spam/rules/:id', path)).toEqual({ id: 'rule/1?x' });
  });
});
