// Settings › Spam Filter › Rules: every rule fetched within the server's limits, then searched,
// filtered, sorted and paged in the console (the view is in the URL); enable or disable a rule
// from its row, open one by its ID, create and delete for those allowed to.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useCan, useConnection } from '../../session/connection-context';
import { Button } from '../../ui/button';
import { EmptyState } from '../../ui/empty-state';
import { ErrorBanner } from '../../ui/error-banner';
import { PageHeader } from '../../ui/page-header';
import { Pagination } from '../../ui/pagination';
import { Loading } from '../../ui/spinner';
import { Toolbar } from '../../ui/toolbar';
import { RuleEnabledFilter, RuleTypeFilter } from './rule-choice-filters';
import { RuleIdJump } from './rule-id-jump';
import { RuleSearchFilter } from './rule-search-filter';
import { useToggleRule } from './spam-rule-mutations';
import { ruleListSearchSchema, type RuleListSearch } from './spam-rule-list-search';
import { readRuleListParams, RULES_PER_PAGE, writeRuleListParams, type RuleListParams } from './spam-rule-list-params';
import { NEW_RULE_PATH } from './spam-rule-paths';
import { ruleListQuery } from './spam-rule-queries';
import { SpamRuleTable } from './spam-rule-table';
import { isNarrowed, viewRules } from './spam-rule-view';
import './spam-rules.css';

export default function SpamRuleListPage() {
  const { client, accountId } = useConnection();
  const canCreate = useCan('sysSpamRuleCreate');
  const canUpdate = useCan('sysSpamRuleUpdate');
  const canDelete = useCan('sysSpamRuleDestroy');
  const search: RuleListSearch = useSearch({ from: '/settings/spam/rules' });
  const navigate = useNavigate();
  const params = useMemo(() => readRuleListParams(search), [search]);
  const list = useQuery(ruleListQuery(client, accountId));
  const view = useMemo(() => (list.data ? viewRules(list.data, params) : undefined), [list.data, params]);
  const toggle = useToggleRule();

  const change = useCallback(
    (next: Partial<RuleListParams>, replace = false) =>
      void navigate({
        to: '/settings/spam/rules',
        search: ruleListSearchSchema.parse(writeRuleListParams({ ...params, ...next })),
        replace,
      }),
    [params, navigate],
  );
  // Typing in the search replaces the URL rather than stacking one history entry per pause.
  const searchFor = useCallback((text: string) => change({ search: text, page: 1 }, true), [change]);

  const createLink = canCreate ? (
    <Link to={NEW_RULE_PATH} className="button button--primary">
      Create rule
    </Link>
  ) : undefined;

  const failedToggle = toggle.isError ? toggle.variables : undefined;

  return (
    <>
      <PageHeader title="Rules" subtitle="Manage spam filter rules" actions={createLink} />
      <Toolbar label="Filter rules">
        <RuleSearchFilter value={params.search} onChange={searchFor} />
        <RuleTypeFilter value={params.type} onChange={(type) => change({ type, page: 1 })} />
        <RuleEnabledFilter value={params.enabled} onChange={(enabled) => change({ enabled, page: 1 })} />
      </Toolbar>
      <RuleIdJump />
      {failedToggle && (
        <ErrorBanner
          title={`Could not ${failedToggle.patch.enable ? 'enable' : 'disable'} rule ${failedToggle.name}`}
          error={toggle.error}
          action={
            <Button size="small" onClick={() => toggle.reset()}>
              Dismiss
            </Button>
          }
        />
      )}
      {list.isPending ? (
        <Loading label="Loading rules…" />
      ) : list.isError ? (
        <ErrorBanner
          title="Cannot load the rules"
          error={list.error}
          action={
            <Button size="small" onClick={() => void list.refetch()}>
              Try again
            </Button>
          }
        />
      ) : !view || view.total === 0 ? (
        <EmptyState message={isNarrowed(params) ? 'No rules match these filters.' : 'No rules are configured.'} />
      ) : (
        <>
          <SpamRuleTable
            rows={view.rows}
            params={params}
            onSort={(sort, ascending) => change({ sort, ascending, page: 1 })}
            onToggle={canUpdate ? (rule, enable) => toggle.mutate({ id: rule.id, name: rule.name, patch: { enable } }) : undefined}
            canDelete={canDelete}
          />
          <Pagination
            label="Rule pages"
            position={view.position}
            limit={RULES_PER_PAGE}
            total={view.total}
            count={view.rows.length}
            onChange={(position) => change({ page: Math.floor(position / RULES_PER_PAGE) + 1 })}
          />
        </>
      )}
    </>
  );
}
