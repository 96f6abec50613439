// The x:SpamTag entry that scores a tag, as a link to it; a tag no entry covers scores 0 and says so.
import { PathLink } from '../../router/path-link';
import { isTagPattern } from '../../schema/spam-tag-lookup';
import { spamTagEntryRoute, type SpamTagEntryLookup } from './spam-tag-entries-query';

export function ScoreEntryCell({ name, lookup, note }: { name: string; lookup: SpamTagEntryLookup | undefined; note: string }) {
  if (!lookup) return <td>{note}</td>;
  const entry = lookup(name);
  if (!entry) return <td>No score entry</td>;
  // The link's name leaves out the tag name: the row header already says it.
  return (
    <td>
      <PathLink to={spamTagEntryRoute} params={{ id: entry.id }}>
        {isTagPattern(entry.tag) ? `Pattern ${entry.tag}` : 'Score entry'}
      </PathLink>
    </td>
  );
}
