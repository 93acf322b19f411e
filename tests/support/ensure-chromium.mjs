// Browser tests drive Debian's Chromium (playwright.config.ts), never a
// Playwright-downloaded build; install it on a fresh machine, else do nothing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() !== 0) {
    console.error(`${CHROMIUM} is missing and installing it needs root. Run:\n` + '  sudo apt-get update && sudo apt-get install -y chromium');
    process.exit(1);
  }
  console.log(`${CHROMIUM} is missing; installing Debian's chromium package.`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    const { status, error } = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (error || status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed${error ? `: ${error.message}` : ` with exit code ${status}`}`);
      process.exit(1);
    }
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`apt-get installed chromium but ${CHROMIUM} still does not exist.`);
    process.exit(1);
  }
}
