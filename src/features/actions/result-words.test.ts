import { describe, expect, it } from 'vitest';
import type { SpamClassifyResult } from '../../catalog/action';
import type { ActionRun } from './action-history';
import { runAsJson, runSummary } from './run-summary';
import { sortTags } from './sort-tags';
import { tagEffect, verdictReason } from './verdict-words';

const thresholds = { scoreSpam: 5, scoreDiscard: 0, scoreReject: 15 };
const tag = (score: number, disposition: 'score' | 'reject' | 'discard' = 'score') => ({ score, disposition });

describe('verdictReason', () => {
  it('names the threshold the score reached, or stayed under', () => {
    expect(verdictReason({ score: 9.5, result: 'spam', tags: {} }, thresholds)).toBe('The score 9.5 reached the spam threshold of 5.');
    expect(verdictReason({ score: 1, result: 'ham', tags: {} }, thresholds)).toBe('The score 1 stays below the spam threshold of 5.');
    expect(verdictReason({ score: 16, result: 'reject', tags: {} }, thresholds)).toBe('The score 16 reached the reject threshold of 15.');
  });
  it('names the tag that decided by itself', () => {
    const result: SpamClassifyResult = { score: 0, result: 'reject', tags: { GTUBE: tag(0, 'reject'), HAS_MID: tag(0) } };
    expect(verdictReason(result, thresholds)).toBe('Decided by the tag GTUBE, which rejects a message by itself whatever the score.');
  });
  it('does without thresholds it could not read', () => {
    expect(verdictReason({ score: 6, result: 'spam', tags: {} }, undefined)).toBe('The score 6 reached the spam threshold.');
  });
});

describe('tagEffect', () => {
  it('says a tag scored 0 has no effect instead of adding its score', () => {
    expect(tagEffect(tag(0), 'ham')).toBe('No effect on the score');
    expect(tagEffect(tag(0), 'spam')).not.toMatch(/adds/i);
  });
  it('says how much a scored tag adds or takes off', () => {
    expect(tagEffect(tag(2.5), 'spam')).toBe('Adds 2.5 to the score');
    expect(tagEffect(tag(-0.01), 'ham')).toBe('Takes 0.01 off the score');
  });
  it('names a deciding tag by what it does', () => {
    expect(tagEffect(tag(0, 'reject'), 'reject')).toBe('Rejects the message');
    expect(tagEffect(tag(0, 'discard'), 'discard')).toBe('Discards the message');
  });
  it('does not call a reject tag deciding when the verdict is not a rejection (a real server reports unscored tags so)', () => {
    expect(tagEffect(tag(0, 'reject'), 'ham')).toBe('No effect on the score');
    expect(tagEffect(tag(0, 'discard'), 'spam')).toBe('No effect on the score');
  });
});

describe('sortTags', () => {
  const tags = { B: tag(1), A: tag(1), C: tag(3), D: tag(-0.5) };
  it('sorts by score both ways, ties always by name A to Z', () => {
    expect(sortTags(tags, 'score', 'descending').map(([n]) => n)).toEqual(['C', 'A', 'B', 'D']);
    expect(sortTags(tags, 'score', 'ascending').map(([n]) => n)).toEqual(['D', 'A', 'B', 'C']);
  });
  it('sorts by name', () => {
    expect(sortTags(tags, 'name', 'ascending').map(([n]) => n)).toEqual(['A', 'B', 'C', 'D']);
    expect(sortTags(tags, 'name', 'descending').map(([n]) => n)).toEqual(['D', 'C', 'B', 'A']);
  });
});

describe('runSummary and runAsJson', () => {
  const base = { id: '1', at: '2026-04-06T10:00:00.000Z', username: 'admin' };
  it('summarises each kind of outcome', () => {
    expect(runSummary({ ...base, type: 'ReloadSettings', outcome: { ok: true, result: { id: 'x' } } })).toBe('Succeeded');
    expect(runSummary({ ...base, type: 'ReloadSettings', outcome: { ok: false, message: 'Insufficient permissions' } })).toBe(
      'Failed: Insufficient permissions',
    );
    expect(runSummary({ ...base, type: 'ClassifySpam', outcome: { ok: true, result: { score: 9.5, result: 'spam', tags: {} } } })).toBe(
      'Spam, score 9.5',
    );
  });
  it('puts the server error, or the result, in the JSON', () => {
    const refused: ActionRun = {
      ...base,
      type: 'ClassifySpam',
      input: { remoteIp: '192.0.2.10' },
      outcome: { ok: false, message: 'Failed to parse', error: { type: 'invalidProperties', description: 'Failed to parse', properties: ['message'] } },
    };
    expect(runAsJson(refused)).toEqual({
      action: 'ClassifySpam',
      at: base.at,
      by: 'admin',
      input: { remoteIp: '192.0.2.10' },
      error: { type: 'invalidProperties', description: 'Failed to parse', properties: ['message'] },
    });
  });
});
