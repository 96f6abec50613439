// `npm run package`: builds the console and writes postmaster.zip at the project root, the
// bundle to install into a Stalwart server as a web application (see `npm run install-app`).
// `--out PATH` writes it elsewhere.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeBundle } from './bundle/make-bundle';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFlag = process.argv.indexOf('--out');
const target = outFlag >= 0 && process.argv[outFlag + 1] ? resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[outFlag + 1]) : join(root, 'postmaster.zip');
const buildDir = mkdtempSync(join(tmpdir(), 'postmaster-package-'));
try {
  const build = spawnSync('npx', ['vite', 'build', '--outDir', buildDir, '--emptyOutDir'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('The console build failed; fix the errors above and run npm run package again.');
    process.exit(build.status ?? 1);
  }
  const { zip, files } = makeBundle(buildDir);
  writeFileSync(target, zip);
  console.log(`\nWrote ${target}: ${files.length} files, ${(zip.length / 1024).toFixed(0)} KiB.`);
  console.log('Install it with: npm run install-app -- --server URL --prefix /postmaster --file postmaster.zip (or --url URL)');
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
} finally {
  rmSync(buildDir, { recursive: true, force: true });
}
