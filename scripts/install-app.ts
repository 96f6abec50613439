// `npm run install-app -- --server URL --prefix /postmaster (--file PATH | --url URL)`: see --help.
import { installApp } from './install/install-app';
import { InstallError } from './install/jmap-calls';
import { parseInstallArgs, USAGE } from './install/options';

let parsed;
try {
  parsed = parseInstallArgs(process.argv.slice(2), process.env, process.env.INIT_CWD ?? process.cwd());
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
if (parsed.help) {
  process.stdout.write(USAGE);
} else {
  try {
    await installApp(parsed.options, (line) => process.stdout.write(`${line}\n`));
  } catch (err) {
    process.stderr.write(`${err instanceof InstallError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  }
}
