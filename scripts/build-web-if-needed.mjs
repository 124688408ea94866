// `npm start` builds the web client only when it is missing or older than its sources, so a second
// start is immediate and an updated checkout is never served with a stale client.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'packages/web/dist/index.html');
const sources = [
  'packages/web/src',
  'packages/web/index.html',
  'packages/web/vite.config.ts',
  'packages/shared/src',
  'packages/domain/src',
].map((p) => join(root, p));

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}

const builtAt = existsSync(dist) ? statSync(dist).mtimeMs : 0;
if (builtAt && Math.max(...sources.map(newest)) <= builtAt) {
  console.log('Giao diện web đã được build, bỏ qua.');
} else {
  console.log('Đang build giao diện web…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: join(root, 'packages/web'), stdio: 'inherit' });
}
