// One classification: the verdict in words, the score on the threshold ladder, and the tags.
import { useQuery } from '@tanstack/react-query';
import type { SpamClassifyResult } from '../../schema/action-results';
import { useCan, useConnection } from '../../session/connection-context';
import { describeError } from '../../ui/describe-error';
import { formatScore } from './score-ladder';
import { ScoreLadderView } from './score-ladder-view';
import { spamRuleTagsQuery } from './spam-rule-tags-query';
import { spamThresholdsQuery } from './spam-settings-query';
import { spamTagEntriesQuery } from './spam-tag-entries-query';
import { SpamTagsTable } from './spam-tags-table';
import { VERDICT_WORDS, verdictReason } from './verdict-words';

export function ClassifyResultView({ result, headingLevel }: { result: SpamClassifyResult; headingLevel: 3 | 4 }) {
  const { client, accountId } = useConnection();
  const canSettings = useCan('sysSpamSettingsGet');
  const canQueryRules = useCan('sysSpamRuleQuery');
  const canGetRules = useCan('sysSpamRuleGet');
  const settings = useQuery({ ...spamThresholdsQuery(client, accountId), enabled: canSettings });
  const rules = useQuery({
    ...spamRuleTagsQuery(client, accountId),
    enabled: canQueryRules && canGetRules,
  });
  // Score entries only for a user who may list and read them; without, the column is left out.
  const canQueryEntries = useCan('sysSpamTagQuery');
  const canGetEntries = useCan('sysSpamTagGet');
  const canReadEntries = canQueryEntries && canGetEntries;
  const entries = useQuery({ ...spamTagEntriesQuery(client, accountId), enabled: canReadEntries });
  const words = VERDICT_WORDS[result.result] ?? { title: result.result, effect: '' };
  const Heading = headingLevel === 3 ? 'h3' : 'h4';

  const rulesNote = !(canQueryRules && canGetRules)
    ? 'Unknown (no permission to read spam rules)'
    : rules.isError
      ? `Unknown (${describeError(rules.error)})`
      : 'Loading…';

  return (
    <div className="actions-dialog__body">
      <div className={`actions-verdict actions-verdict--${result.result}`}>
        <p className="actions-verdict__title">
          Verdict: {words.title}, score {formatScore(result.score)}
        </p>
        <p>{words.effect}</p>
        <p>{verdictReason(result, settings.data)}</p>
      </div>
      {settings.data ? (
        <ScoreLadderView score={result.score} thresholds={settings.data} headingLevel={headingLevel} />
      ) : (
        <p className="actions-muted">
          {!canSettings
            ? 'The thresholds are not shown: you have no permission to read the spam filter settings.'
            : settings.isError
              ? `The thresholds could not be loaded: ${describeError(settings.error)}`
              : 'Loading the thresholds…'}
        </p>
      )}
      <section aria-label="Tags">
        <Heading>Tags</Heading>
        <SpamTagsTable
          tags={result.tags}
          verdict={result.result}
          tagRules={rules.data}
          rulesNote={rulesNote}
          scoreEntries={
            canReadEntries
              ? { lookup: entries.data, note: entries.isError ? `Unknown (${describeError(entries.error)})` : 'Loading…' }
              : undefined
          }
          caption={`${Object.keys(result.tags).length} tags. Sort by tag or score with the column buttons.`}
        />
      </section>
    </div>
  );
}
