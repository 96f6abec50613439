// The tags of a classification, sortable by score and by name; a tag made by a spam rule links to
// it, and a tag with an x:SpamTag entry links to that entry.
import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import type { SpamClassifyResult, SpamClassifyTag } from '../../schema/action-results';
import { SortableHeader, type SortDirection } from '../../ui/sortable-header';
import { ScoreEntryCell } from './score-entry-cell';
import { formatScore } from './score-ladder';
import { sortTags, type TagSortKey } from './sort-tags';
import type { SpamTagEntryLookup } from './spam-tag-entries-query';
import type { RuleRef } from './tag-rule-map';
import { tagEffect } from './verdict-words';

export interface SpamTagsTableProps {
  tags: Record<string, SpamClassifyTag>;
  verdict: SpamClassifyResult['result'];
  /** Undefined while the rules load or when they cannot be read. */
  tagRules: ReadonlyMap<string, RuleRef[]> | undefined;
  rulesNote?: string;
  /** The score entries: absent without permission to read them (no column then). */
  scoreEntries?: { lookup: SpamTagEntryLookup | undefined; note: string };
  caption: string;
}

export function SpamTagsTable({ tags, verdict, tagRules, rulesNote, scoreEntries, caption }: SpamTagsTableProps) {
  const [sort, setSort] = useState<{ key: TagSortKey; direction: SortDirection }>({ key: 'score', direction: 'descending' });
  const rows = sortTags(tags, sort.key, sort.direction);
  if (rows.length === 0) return <p>No tags were set.</p>;
  return (
    <div className="actions-table-wrap">
      <table className="table">
        <caption className="actions-caption">
          {caption}
        </caption>
        <thead>
          <tr>
            <SortableHeader
              label="Tag"
              direction={sort.key === 'name' ? sort.direction : undefined}
              onSort={(direction) => setSort({ key: 'name', direction })}
            />
            <SortableHeader
              label="Score"
              direction={sort.key === 'score' ? sort.direction : undefined}
              onSort={(direction) => setSort({ key: 'score', direction })}
            />
            <th scope="col">Effect</th>
            <th scope="col">Spam rule</th>
            {scoreEntries && <th scope="col">Score entry</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, tag]) => {
            const rules = tagRules?.get(name) ?? [];
            return (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>{formatScore(tag.score)}</td>
                <td>{tagEffect(tag, verdict)}</td>
                <td>
                  {rules.length > 0
                    ? rules.map((rule, i) => (
                        <span key={rule.id}>
                          {i > 0 && ', '}
                          <Link to="/settings/spam/rules/$id" params={{ id: rule.id }}>{rule.name}</Link>
                        </span>
                      ))
                    : tagRules
                      ? 'No rule (built-in check)'
                      : (rulesNote ?? 'Unknown')}
                </td>
                {scoreEntries && <ScoreEntryCell name={name} lookup={scoreEntries.lookup} note={scoreEntries.note} />}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
