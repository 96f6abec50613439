import { describe, expect, it } from 'vitest';
import { loginUrl, safeNext } from './return-path';

describe('return path', () => {
  it('keeps same-site paths with their query', () => {
    expect(safeNext('/settings/spam/rules?sort=name')).toBe('/settings/spam/rules?sort=name');
    expect(loginUrl('/management/queue/7', 'expired')).toBe('/sign-in?next=%2Fmanagement%2Fqueue%2F7&reason=expired');
  });

  it('refuses other sites and the login screen itself', () => {
    expect(safeNext('//evil.example/x')).toBeUndefined();
    expect(safeNext('/\\evil.example')).toBeUndefined();
    expect(safeNext('https://evil.example')).toBeUndefined();
    expect(safeNext('/sign-in?next=/x')).toBeUndefined();
    expect(safeNext(null)).toBeUndefined();
    expect(loginUrl('https://evil.example')).toBe('/sign-in');
    expect(loginUrl('/')).toBe('/sign-in');
  });
});
