// Runs every database test on its own (a fresh vitest run per test), to prove that no test depends on
// another having run first. Slow by design; not part of `npm test`.
//   node scripts/each-test-alone.mjs [db-pglite|db-postgres] [file filter]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const project = process.argv[2] ?? 'db-pglite';
const filter = process.argv[3] ?? '';
const listFile = join(mkdtempSync(join(tmpdir(), 'dvcq-alone-')), 'tests.json');
spawnSync('npx', ['vitest', 'list', '--project', project, `--json=${listFile}`, ...(filter ? [filter] : [])], { stdio: 'ignore' });
const tests = JSON.parse(readFileSync(listFile, 'utf8'));
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const failed = [];
for (const [i, t] of tests.entries()) {
  // the full name as vitest matches it: describe blocks and test joined by spaces
  const pattern = `^${escape(t.name.replace(/ > /g, ' '))}$`;
  const res = spawnSync('npx', ['vitest', 'run', '--project', project, relative(process.cwd(), t.file), '--testNamePattern', pattern], {
    encoding: 'utf8',
  });
  const summary = /(\d+) passed, (\d+) failed, (\d+) skipped/.exec(res.stdout ?? '');
  const ok = res.status === 0 && summary && summary[1] === '1';
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${i + 1}/${tests.length} ${relative(process.cwd(), t.file)} › ${t.name}`);
  if (!ok) failed.push(t.name);
}
console.log(`\n${tests.length - failed.length} of ${tests.length} tests pass alone (${project}).`);
if (failed.length) {
  console.log(failed.map((f) => `  ✗ ${f}`).join('\n'));
  process.exit(1);
}
