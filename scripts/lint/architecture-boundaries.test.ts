// The folder arrows in eslint.config.js refuse wrong imports: each case lints a snippet as if it
// lived at the given path and checks whether the boundaries rule speaks up.
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return result.messages.filter((message) => message.ruleId === 'boundaries/dependencies').map((message) => message.message);
}

describe('architecture boundaries', () => {
  it.each([
    ['the form engine reaching the JMAP client', 'src/forms/x.ts', "import { JmapClient } from '../jmap/client';"],
    ['a feature importing another feature', 'src/features/actions/x.ts', "import { queueKeys } from '../queue/queue-queries';"],
    ['shared UI importing the form engine', 'src/ui/x.tsx', "import { SchemaForm } from '../forms/schema-form';"],
    ['the pure schema importing React', 'src/schema/x.ts', "import { useState } from 'react';"],
    ['browser code importing a Node built-in', 'src/ui/x.ts', "import { readFileSync } from 'node:fs';"],
    ['the pure expression language importing the client', 'src/expression/x.ts', "import { JmapClient } from '../jmap/client';"],
    ['the catalog importing the client', 'src/catalog/x.ts', "import { JmapClient } from '../jmap/client';"],
    ['the object layer importing a feature', 'src/objects/x.ts', "import { QueueListPage } from '../features/queue/queue-list-page';"],
    ['the sandbox importing the client', 'server/x.ts', "import { JmapClient } from '../src/jmap/client';"],
    ['the client importing a feature', 'src/jmap/x.ts', "import { queueKeys } from '../features/queue/queue-queries';"],
    ['sign-in importing a feature', 'src/session/x.ts', "import { queueKeys } from '../features/queue/queue-queries';"],
    ['a lazily loaded import across features', 'src/features/queue/x.ts', "export const load = () => import('../milters/milter-list-page');"],
  ])('refuses %s', async (_name, filePath, code) => {
    expect(await boundaryErrors(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['a feature using the form engine and schema', 'src/features/actions/x.ts', "import { SchemaForm } from '../../forms/schema-form';\nimport { z } from '../../schema/field-builders';"],
    ['a feature using its own files', 'src/features/queue/x.ts', "import { queueKeys } from './queue-queries';"],
    ['the catalog using the schema helpers', 'src/catalog/x.ts', "import { z } from '../schema/field-builders';"],
    ['the object layer using the client', 'src/objects/x.ts', "import { JmapClient } from '../jmap/client';"],
    ['the sandbox using the expression language', 'server/x.ts', "import { parseExpression } from '../src/expression/parser';"],
    ['a unit test starting the in-memory sandbox', 'src/jmap/x.test.ts', "import { startSandbox } from '../../server/sandbox';"],
    ['the app composing features', 'src/app/x.ts', "export const load = () => import('../features/queue/queue-list-page');"],
  ])('allows %s', async (_name, filePath, code) => {
    expect(await boundaryErrors(filePath, code)).toEqual([]);
  });
});
