// Production build of the server: one ES module, dist/server/main.mjs, bundled by esbuild from
// packages/server/src/main.ts with the workspace packages (@dvcq/domain, shared, docgen, extractor) compiled
// in and every npm dependency left to node_modules. `npm start` runs it with plain Node (no tsx).
//
// Files the sources find next to themselves (migrations, fixtures, the common-password list, the
// extractor's worker scripts, the web build) are still read from the checkout: each source file's
// `import.meta.url` / `import.meta.dirname` is rewritten to that file's own place, expressed relative to the
// bundle, so the dist folder works wherever the checkout is moved.
//
//   node scripts/build-server.mjs          build
//   node scripts/build-server.mjs --if-needed   only when the bundle is missing or older than a source
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const outfile = join(root, 'dist/server/main.mjs');
const outDir = dirname(outfile);
const sources = [
  'packages/server/src',
  'packages/server/migrations',
  'packages/domain/src',
  'packages/shared/src',
  'packages/docgen/src',
  'packages/extractor/src',
];

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}

if (process.argv.includes('--if-needed') && existsSync(outfile)) {
  const builtAt = statSync(outfile).mtimeMs;
  if (Math.max(...sources.map((s) => newest(join(root, s)))) <= builtAt) {
    console.log('Máy chủ đã được build, bỏ qua.');
    process.exit(0);
  }
}

/** import.meta.url / dirname of a source file, as seen from the bundle. */
const hereOf = {
  name: 'source-location',
  setup(b) {
    b.onLoad({ filter: /[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.ts$/ }, (args) => {
      let code = readFileSync(args.path, 'utf8');
      if (code.includes('import.meta.url') || code.includes('import.meta.dirname')) {
        const file = relative(outDir, args.path).split('\\').join('/');
        const dir = relative(outDir, dirname(args.path)).split('\\').join('/');
        code = code
          .replaceAll('import.meta.url', `new URL(${JSON.stringify(file)}, import.meta.url).href`)
          .replaceAll('import.meta.dirname', `(import.meta.dirname + ${JSON.stringify(`/${dir}`)})`);
      }
      return { contents: code, loader: 'ts' };
    });
  },
};

const started = Date.now();
await build({
  entryPoints: [join(root, 'packages/server/src/main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  // npm dependencies stay in node_modules; the workspace packages (TypeScript sources) are compiled in.
  packages: 'external',
  alias: {
    '@dvcq/domain': join(root, 'packages/domain'),
    '@dvcq/shared': join(root, 'packages/shared'),
    '@dvcq/docgen': join(root, 'packages/docgen'),
    '@dvcq/extractor': join(root, 'packages/extractor'),
  },
  banner: {
    js: "import { createRequire as __dvcqCreateRequire } from 'node:module'; const require = __dvcqCreateRequire(import.meta.url);",
  },
  plugins: [hereOf],
  logLevel: 'warning',
});
console.log(`dist/server/main.mjs built in ${Date.now() - started} ms`);
