// The x:SpamTag entry that scores a tag, as a link to it; a tag no entry covers scores 0 and says so.
import { Link } from '../../router/link';
import { isTagPattern } from '../../schema/spam-tag-lookup';
import { spamTagEntryPath, type SpamTagEntryLookup } from './spam-tag-entries-query';

export function ScoreEntryCell({ name, lookup, note }: { name: string; lookup: SpamTagEntryLookup | undefined; note: string }) {
  if (!lookup) return <td>{note}</td>;
  const entry = lookup(name);
  if (!entry) return <td>No score entry</td>;
  // The link's name leaves out the tag name: the row header already says it.
  return (
    <td>
      <Link to={spamTagEntryPath(entry.id)}>{isTagPattern(entry.tag) ? `Pattern ${entry.tag}` : 'Score entry'}</Link>
    </td>
  );
}
