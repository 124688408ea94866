// Writes the README's configuration table from the configuration schema (packages/server/src/config.ts).
// `npm run docs:config`; config.test.ts fails while the README differs from what this would write.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configTable } from '../packages/server/src/config.ts';

const file = join(import.meta.dirname, '..', 'README.md');
const readme = readFileSync(file, 'utf8');
const pattern = /(<!-- config:start -->\n)[\s\S]*?(<!-- config:end -->)/;
if (!pattern.test(readme)) throw new Error('README.md has no <!-- config:start --> … <!-- config:end --> block');
writeFileSync(
  file,
  readme.replace(pattern, (_, start: string, end: string) => `${start}${configTable()}\n${end}`),
);
console.log('README.md: configuration table updated.');
