// Bundles the JavaScript of the package with esbuild (tsc emits only the declarations):
//   dist/cmapi.js  the core, platform-neutral ESM (runs in browsers); one file so that a fresh
//                  process imports it in one read instead of ~200 module loads
//   dist/cli.js    the `cmapi` command line and webhook server (Node only)
// The core keeps its runtime dependencies external.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = { bundle: true, format: 'esm', target: 'es2022', packages: 'external', legalComments: 'none', logLevel: 'warning' };
// The core is minified (with a source map): V8 compiles the whole file at import, so size is start-up time.
await build({ ...common, entryPoints: ['src/index.ts'], platform: 'neutral', outfile: 'dist/cmapi.js', minify: true, sourcemap: true });
// The CLI is an application: its dependencies are bundled too (yaml alone is ~60 CommonJS files),
// except the X.509 library, which only `cmapi serve` loads, on first use.
await build({
  ...common,
  packages: undefined,
  external: ['@peculiar/x509', 'reflect-metadata'],
  // Bundled CommonJS dependencies call require() for Node built-ins.
  banner: { js: "import { createRequire as __cmapiRequire } from 'node:module'; const require = __cmapiRequire(import.meta.url);" },
  entryPoints: ['src/cli/main.ts'],
  platform: 'node',
  outfile: 'dist/cli.js',
  minify: true,
  sourcemap: true,
  define: { __CMAPI_VERSION__: JSON.stringify(version) },
});
