// Boots the product the way the README says (`npm start`) on a free port with a temporary DATA_DIR, waits
// for a healthy /api/health and the web client, then stops it (SIGTERM, as a service manager would).
// Part of `npm run test:all`, so CI proves a fresh clone starts.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TIMEOUT_MS = 10 * 60_000;

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const port = await freePort();
const dataDir = mkdtempSync(join(tmpdir(), 'dvcq-smoke-'));
const child = spawn('npm', ['start'], {
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, REMINDERS: 'off' },
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
});
let output = '';
child.stdout.on('data', (d) => (output += d));
child.stderr.on('data', (d) => (output += d));
/** Exit code, or the signal that ended it; null while it runs. */
let exited = null;
child.on('exit', (code, signal) => (exited = code ?? signal));

const kill = (signal) => {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the whole group is already gone
  }
};

const stop = async () => {
  if (exited === null) {
    kill('SIGTERM');
    for (let i = 0; i < 60 && exited === null; i++) await new Promise((r) => setTimeout(r, 500));
    if (exited === null) kill('SIGKILL');
  }
  rmSync(dataDir, { recursive: true, force: true });
};

const fail = async (message) => {
  await stop();
  console.error(`${message}\n--- npm start output ---\n${output.slice(-6000)}`);
  process.exit(1);
};

const started = Date.now();
let health = null;
while (Date.now() - started < TIMEOUT_MS) {
  if (exited !== null) await fail(`npm start exited with code ${exited} before it was healthy.`);
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/health`);
    if (res.ok) {
      health = await res.json();
      break;
    }
  } catch {
    // not listening yet
  }
  await new Promise((r) => setTimeout(r, 1000));
}
if (!health || health.status !== 'ok') await fail(`no healthy /api/health within ${TIMEOUT_MS / 60_000} minutes.`);
const page = await fetch(`http://127.0.0.1:${port}/`);
const html = await page.text();
if (!page.ok || !html.includes('<div id="root">')) await fail(`the web client is not served at / (HTTP ${page.status}).`);
const seconds = Math.round((Date.now() - started) / 1000);
await stop();
// npm passes SIGTERM on and may report it as its own end; the server itself exits 0 after closing.
if (![0, 143, 'SIGTERM'].includes(exited)) {
  console.error(`npm start did not stop cleanly on SIGTERM (exit code ${exited}).\n${output.slice(-3000)}`);
  process.exit(1);
}
console.log(
  `npm start: healthy in ${seconds} s on port ${port} (database ${health.database}, ${health.migrations} migrations), web client served; stopped.`,
);
