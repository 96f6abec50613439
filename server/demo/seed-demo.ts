// Seeds demo data into an empty database, deterministically from the seed. Everything goes
// through the same validation as /set, so demo rules are guaranteed to compile.
import type { Database } from 'better-sqlite3';
import type { JsonObject } from '../jmap/method-types';
import { demoSpamTags } from '../actions/tag-score-store';
import { SINGLETON_ID } from '../objects/active-config';
import { catalogEntry, objectFields } from '../objects/catalog-lookup';
import { validateCreate } from '../objects/object-validator';
import { setMeta } from '../store/database';
import { allocateId, insertObject, putObject } from '../store/object-store';
import { demoMilters } from './demo-milters';
import { demoSpamRules } from './demo-spam-rules';
import { mulberry32 } from './prng';

function insertValidated(db: Database, objectName: string, input: JsonObject): void {
  const entry = catalogEntry(objectName);
  if (!entry) throw new Error(`Demo data: unknown object ${objectName}`);
  const { ['@type']: type, ...rest } = input;
  const fields = entry.variants ? entry.variants[String(type)]?.fields : entry.fields;
  if (!fields) throw new Error(`Demo data: unknown variant ${String(type)} of ${objectName}`);
  const validated = validateCreate(fields, rest, objectName);
  if (!validated.ok) throw new Error(`Demo data for ${objectName} is invalid: ${JSON.stringify(validated.error)}`);
  const { id, docId } = allocateId(db, objectName);
  insertObject(db, objectName, id, docId, type === undefined ? validated.object : { '@type': type, ...validated.object });
}

export interface DemoCounts {
  milters: number;
  spamRules: number;
}

export function seedDemoObjects(db: Database, seed: number): DemoCounts {
  const rng = mulberry32(seed);
  const milters = demoMilters(rng);
  const rules = demoSpamRules(rng);
  db.transaction(() => {
    for (const m of milters) insertValidated(db, 'x:MtaMilter', m);
    for (const r of rules) insertValidated(db, 'x:SpamRule', r);
    const settings = validateCreate(objectFields('x:SpamSettings'), {
      scoreSpam: 5,
      scoreDiscard: 0,
      scoreReject: 15,
      greylistFor: rng.chance(0.5) ? 300000 : null,
    }, 'x:SpamSettings');
    if (!settings.ok) throw new Error(`Demo spam settings are invalid: ${JSON.stringify(settings.error)}`);
    putObject(db, 'x:SpamSettings', SINGLETON_ID, 0, settings.object);
    seedDemoSpamTags(db);
  })();
  return { milters: milters.length, spamRules: rules.length };
}

/** The demo score of every tag, as x:SpamTag objects (once per database). */
export function seedDemoSpamTags(db: Database): void {
  for (const tag of demoSpamTags()) insertValidated(db, 'x:SpamTag', tag);
  setMeta(db, SPAM_TAGS_SEEDED, '1');
}

/** Set once the demo tags exist, so that tags an administrator deleted do not come back. */
export const SPAM_TAGS_SEEDED = 'spamTagsSeeded';
