// Plugs the two actions that compute results into the sandbox core: ClassifySpam and
// TroubleshootDmarc. Listed in server/plugins.ts.
import type { Database } from 'better-sqlite3';
import type { ActionRunner, ActionRunnerContext, JsonObject } from '../jmap/method-types';
import { registerActionRunner } from '../objects/action-registry';
import { listObjects } from '../store/object-store';
import { readSingleton } from '../objects/active-config';
import { objectFields } from '../objects/catalog-lookup';
import { getMeta } from '../store/database';
import { SPAM_TAGS_SEEDED, seedDemoSpamTags } from '../demo/seed-demo';
import { classifySpam } from './classify/classify-spam';
import type { ClassifySpamInput, SpamRule, SpamSettings } from './classify/classify-types';
import { troubleshootDmarc } from './dmarc/troubleshoot';
import type { TroubleshootDmarcInput } from './dmarc/troubleshoot-types';
import type { DnsResolver } from './dns/dns-resolver';
import { createSystemResolver } from './dns/system-resolver';
import { createZoneFileResolver } from './dns/zone-files';
import { readTagScores } from './tag-score-store';

/**
 * A demo database seeded before tag scores were x:SpamTag objects kept them in a side table: it
 * gets the demo tags as objects instead.
 */
export function initDatabase(db: Database): void {
  if (getMeta(db, 'seeded') === undefined || getMeta(db, SPAM_TAGS_SEEDED) !== undefined) return;
  db.transaction(() => {
    db.exec('DROP TABLE IF EXISTS spam_tag_scores');
    seedDemoSpamTags(db);
  })();
}

// Zone files are parsed once per distinct list; without any, the system's DNS answers.
const resolvers = new Map<string, Promise<DnsResolver>>();
function resolverFor(zoneFiles: readonly string[]): Promise<DnsResolver> {
  const key = zoneFiles.join('\n');
  let resolver = resolvers.get(key);
  if (!resolver) {
    resolver = zoneFiles.length > 0 ? createZoneFileResolver(zoneFiles) : Promise.resolve(createSystemResolver());
    resolvers.set(key, resolver);
  }
  return resolver;
}

const classify: ActionRunner = async (input, ctx) => {
  // Rules as stored now, so an administrator can change a rule and classify again at once.
  const rules = listObjects(ctx.db, 'x:SpamRule').map((o) => o.data as unknown as SpamRule);
  const settings = readSingleton(ctx.db, 'x:SpamSettings', objectFields('x:SpamSettings')) as unknown as SpamSettings;
  const outcome = await classifySpam(input as unknown as ClassifySpamInput, rules, settings, readTagScores(ctx.db), {
    resolver: await resolverFor(ctx.dnsZoneFiles),
  });
  if (!outcome.ok) return { ok: false, error: outcome.error };
  const { score, result, tags } = outcome.result;
  return { ok: true, result: { score, result, tags } as unknown as JsonObject };
};

const troubleshoot: ActionRunner = async (input, ctx: ActionRunnerContext) => {
  const outcome = await troubleshootDmarc(input as unknown as TroubleshootDmarcInput, await resolverFor(ctx.dnsZoneFiles));
  if (!outcome.ok) return { ok: false, error: outcome.error };
  return { ok: true, result: outcome.result as unknown as JsonObject };
};

registerActionRunner('ClassifySpam', classify);
registerActionRunner('TroubleshootDmarc', troubleshoot);
