// @vitest-environment happy-dom
// The tags table as a screen reader meets it: the score entry column links a tag to the x:SpamTag
// entry that scores it (exact name or pattern), says when none does, and is absent for a user who
// may not read the entries.
import { RouterProvider, createMemoryHistory, createRootRoute, createRouter } from '@tanstack/react-router';
import { cleanup, render, screen, within } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { spamTagLookup } from '../../schema/spam-tag-lookup';
import { SpamTagsTable, type SpamTagsTableProps } from './spam-tags-table';

afterEach(cleanup);

const tags: SpamTagsTableProps['tags'] = {
  X_MAILER_SPAMMY: { score: 5, disposition: 'score' },
  X_HDR_DATE: { score: 0, disposition: 'score' },
  RCVD_TLS_ALL: { score: 0, disposition: 'score' },
};
const lookup = spamTagLookup([
  { id: 'k1', tag: 'X_MAILER_SPAMMY' },
  { id: 'k2', tag: 'X_HDR_*' },
]);
const tagRules = new Map([['X_MAILER_SPAMMY', [{ id: 'r1', name: 'X_MAILER_SPAMMY' }]]]);

// Links need a router: the table renders as the only page of an in-memory one.
async function table(scoreEntries: SpamTagsTableProps['scoreEntries']) {
  const page = () => createElement(SpamTagsTable, { tags, verdict: 'spam', tagRules, scoreEntries, caption: 'Tags' });
  const router = createRouter({ routeTree: createRootRoute({ component: page }), history: createMemoryHistory({ initialEntries: ['/'] }) });
  await router.load();
  render(createElement(RouterProvider, { router }));
  await screen.findByRole('table');
}
const row = (tag: string) => screen.getByRole('row', { name: new RegExp(`^${tag} `) });

describe('SpamTagsTable score entries', () => {
  it('links a tag to its exact entry or to the pattern that covers it, and says when none does', async () => {
    await table({ lookup, note: 'Loading…' });
    expect(screen.getByRole('columnheader', { name: 'Score entry' })).toBeTruthy();
    expect(within(row('X_MAILER_SPAMMY')).getByRole('link', { name: 'Score entry' }).getAttribute('href')).toBe('/settings/spam/scores/k1');
    // The rule link stays beside it.
    expect(within(row('X_MAILER_SPAMMY')).getByRole('link', { name: 'X_MAILER_SPAMMY' }).getAttribute('href')).toBe('/settings/spam/rules/r1');
    expect(within(row('X_HDR_DATE')).getByRole('link', { name: 'Pattern X_HDR_*' }).getAttribute('href')).toBe('/settings/spam/scores/k2');
    expect(within(row('RCVD_TLS_ALL')).getByText('No score entry')).toBeTruthy();
    expect(within(row('RCVD_TLS_ALL')).queryAllByRole('link')).toHaveLength(0);
  });

  it('shows the note while the entries load or when they fail', async () => {
    await table({ lookup: undefined, note: 'Unknown (forbidden)' });
    expect(within(row('X_MAILER_SPAMMY')).getAllByRole('cell').at(-1)?.textContent).toBe('Unknown (forbidden)');
    expect(within(row('X_MAILER_SPAMMY')).queryByRole('link', { name: 'Score entry' })).toBeNull();
  });

  it('has no score entry column without permission to read the entries', async () => {
    await table(undefined);
    expect(screen.queryByRole('columnheader', { name: 'Score entry' })).toBeNull();
    expect(screen.queryByText('No score entry')).toBeNull();
    expect(within(row('X_MAILER_SPAMMY')).getAllByRole('link')).toHaveLength(1);
  });
});
