import type { SpamRuleType } from '../../../src/schema/spam-rule';
import type { WireExpression } from '../../../src/schema/wire-types';

/** Runtime values of rule variables (the expression language's Value). */
export type RuleValue = string | number | boolean | null | RuleValue[];

/** Input fields of `x:SpamClassify` (the ClassifySpam action), wire form. */
export interface ClassifySpamInput {
  message: string;
  remoteIp: string;
  ehloDomain: string;
  authenticatedAs?: string | null;
  isTls?: boolean;
  envFrom: string;
  envFromParameters?: string | null;
  /** Set<EmailAddress>: `{"bob@example.com": true}`. */
  envRcptTo?: Record<string, boolean>;
}

export type { WireExpression };
export type SpamRuleScope = SpamRuleType;

/** `x:SpamRule` in wire form. */
export interface SpamRule {
  '@type': SpamRuleScope;
  name: string;
  description?: string | null;
  enable?: boolean;
  priority?: number;
  condition: WireExpression;
}

/** The `x:SpamSettings` fields classification uses. */
export interface SpamSettings {
  enable?: boolean;
  scoreSpam?: number;
  scoreDiscard?: number;
  scoreReject?: number;
}

export type TagDisposition = 'score' | 'reject' | 'discard';

/** A tag's entry in the score table: a score, or a disposition that decides the message outright. */
export type TagScore = number | { score?: number; disposition?: TagDisposition };

/** Where a tag's score is looked up: a Map of names, or the x:SpamTag entries with their patterns. */
export type TagScoreTable = Pick<ReadonlyMap<string, TagScore>, 'get'>;

export interface ClassifiedTag {
  score: number;
  disposition: TagDisposition;
}

/** Server-set fields the action returns in `created`. */
export interface ClassifySpamResult {
  score: number;
  result: 'spam' | 'ham' | 'reject' | 'discard';
  tags: Record<string, ClassifiedTag>;
}

export interface ActionError {
  type: string;
  description: string;
  properties?: string[];
}

export type ClassifySpamOutcome = { ok: true; result: ClassifySpamResult } | { ok: false; error: ActionError };
