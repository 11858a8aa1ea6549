// Bundles the JavaScript of the package with esbuild (tsc emits only the declarations):
//   dist/cmapi.js  the core, platform-neutral ESM (runs in browsers); one file so that a fresh
//                  process imports it in one read instead of ~200 module loads
//   dist/cli.js    the `cmapi` command line and webhook server (Node only)
// The core has no runtime dependencies left to resolve.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  metafile: true,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  packages: 'external',
  legalComments: 'none',
  logLevel: 'warning',
  // Maps point into src/ by path; the sources themselves would more than double the tarball.
  sourcesContent: false,
};
// The core is minified (with a source map): V8 compiles the whole file at import, so size is start-up time.
const core = await build({
  ...common,
  packages: undefined,
  mainFields: ['module', 'main'],
  entryPoints: ['src/index.ts'],
  platform: 'neutral',
  outfile: 'dist/cmapi.js',
  minify: true,
  sourcemap: true,
});
// The CLI is an application: its dependencies are bundled too (yaml alone is ~60 CommonJS files),
// except the X.509 library, an optional peer dependency that only `cmapi serve` loads, on first use.
const cli = await build({
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

// The licences of the packages bundled into dist/ travel with it.
const bundled = new Set();
for (const r of [core, cli]) {
  for (const input of Object.keys(r.metafile.inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) bundled.add(m[1]);
  }
}
const notices = [...bundled].sort().map((name) => {
  const dir = `node_modules/${name}`;
  const { version: v, license } = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license'].map((f) => `${dir}/${f}`).find((f) => existsSync(f));
  return `${name}@${v} (${license})\n\n${file ? readFileSync(file, 'utf8').trim() : '(no licence file shipped)'}\n`;
});
writeFileSync('dist/THIRD_PARTY_LICENSES.txt', `Packages bundled into dist/cmapi.js and dist/cli.js\n\n${notices.join('\n---\n\n')}`);
