import { describe, expect, it } from 'vitest';
import { readRuleListParams } from './spam-rule-list-params';
import type { RuleRow } from './spam-rule-queries';
import { viewRules } from './spam-rule-view';

const rule = (name: string, type: RuleRow['@type'], priority: number, enable: boolean, description: string | null = null): RuleRow => ({
  id: name.toLowerCase(),
  name,
  '@type': type,
  priority,
  enable,
  description,
});

const rules = [
  rule('URL_SHORTENER', 'Url', 100, true, 'Links to a URL shortener'),
  rule('FROM_NO_DN', 'Header', 50, true),
  rule('BODY_EMPTY', 'Body', 300, false, 'No text in the body'),
  rule('SUBJ_ALL_CAPS', 'Header', 50, false),
];
const view = (query: string) => viewRules(rules, readRuleListParams(new URLSearchParams(query))).rows.map((r) => r.name);

describe('viewRules', () => {
  it('searches any part of the Rule ID or description, ignoring case', () => {
    expect(view('q=shortener')).toEqual(['URL_SHORTENER']);
    expect(view('q=no_dn')).toEqual(['FROM_NO_DN']);
    expect(view('q=TEXT IN')).toEqual(['BODY_EMPTY']);
  });

  it('filters by type and by enabled', () => {
    expect(view('type=Header')).toEqual(['FROM_NO_DN', 'SUBJ_ALL_CAPS']);
    expect(view('enabled=no')).toEqual(['SUBJ_ALL_CAPS', 'BODY_EMPTY']);
    expect(view('type=Header&enabled=yes')).toEqual(['FROM_NO_DN']);
  });

  it('sorts by priority (default), name, type and enabled, over all rules', () => {
    expect(view('')).toEqual(['FROM_NO_DN', 'SUBJ_ALL_CAPS', 'URL_SHORTENER', 'BODY_EMPTY']);
    expect(view('sort=priority&dir=desc')).toEqual(['BODY_EMPTY', 'URL_SHORTENER', 'FROM_NO_DN', 'SUBJ_ALL_CAPS']);
    expect(view('sort=name&dir=asc')).toEqual(['BODY_EMPTY', 'FROM_NO_DN', 'SUBJ_ALL_CAPS', 'URL_SHORTENER']);
    expect(view('sort=type&dir=asc')).toEqual(['BODY_EMPTY', 'FROM_NO_DN', 'SUBJ_ALL_CAPS', 'URL_SHORTENER']);
    expect(view('sort=enabled&dir=desc')).toEqual(['FROM_NO_DN', 'URL_SHORTENER', 'BODY_EMPTY', 'SUBJ_ALL_CAPS']);
  });
});
