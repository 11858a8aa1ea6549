/**
 * Every code block of the README (and of docs/, deploy/ and examples/ Markdown) is checked, so
 * that a sample cannot rot (issue 14 item 8; the Express sample once threw `ReferenceError: https
 * is not defined`). The rules are written at the top of README.md: ```ts blocks are type-checked
 * against the built package (needs dist/: `npm run build`), `test-run` blocks run, `test-serve`
 * blocks start their server and answer a review, `test-fetch` blocks answer one through fetch(),
 * and `cmapi` lines of `test-run` shell blocks run with their documented exit code.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCa, issueLeaf } from '../../src/server/tls/pki.js';
import { allBlocks, type Block, extractBlocks, outputMatches } from './blocks.js';

const root = new URL('../..', import.meta.url).pathname;
const blocks = allBlocks(root);
const tsBlocks = blocks.filter((b) => b.lang === 'ts');
const REVIEW = {
  apiVersion: 'admission.k8s.io/v1',
  kind: 'AdmissionReview',
  request: {
    uid: 'readme',
    kind: { group: 'cert-manager.io', version: 'v1', kind: 'Issuer' },
    resource: { group: 'cert-manager.io', version: 'v1', resource: 'issuers' },
    operation: 'CREATE',
    userInfo: { username: 'alice' },
    object: { apiVersion: 'cert-manager.io/v1', kind: 'Issuer', metadata: { name: 'a', namespace: 'default' }, spec: { selfSigned: {} } },
  },
};

/** A directory where `node_modules/cmapi` is this package and every dev dependency resolves. */
const dir = mkdtempSync(join(tmpdir(), 'cmapi-docs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'node_modules'));
for (const name of readdirSync(join(root, 'node_modules'))) {
  if (name.startsWith('.')) continue;
  symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
}
symlinkSync(root, join(dir, 'node_modules', 'cmapi'));
writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'docs-check', private: true, type: 'module' }));

const fileOf = (b: Block) => `block-${blocks.indexOf(b)}`;
const source = (b: Block, code = b.code) => `${b.prelude.join('\n')}\n${code}\nexport {};\n`;

/** tsc's errors, by block. */
const errors = new Map<Block, string[]>();
beforeAll(() => {
  for (const b of tsBlocks) writeFileSync(join(dir, `${fileOf(b)}.ts`), source(b));
  const tsconfig = {
    compilerOptions: {
      strict: true,
      noEmit: true,
      module: 'nodenext',
      moduleResolution: 'nodenext',
      target: 'es2022',
      lib: ['es2022', 'dom'],
      types: ['node'],
      skipLibCheck: true,
    },
    files: tsBlocks.map((b) => `${fileOf(b)}.ts`),
  };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
  const r = spawnSync(process.execPath, [join(root, 'node_modules/typescript/lib/tsc.js'), '-p', dir, '--pretty', 'false'], {
    cwd: dir,
    encoding: 'utf8',
  });
  for (const line of r.stdout.split('\n')) {
    const m = /^(block-\d+)\.ts\((\d+),\d+\): (.*)$/.exec(line);
    const b = m && tsBlocks.find((x) => fileOf(x) === m[1]);
    if (!b || !m) continue;
    const codeLine = Number(m[2]) - b.prelude.length - 1; // 1-based line in the block
    const at = codeLine >= 1 ? `line ${codeLine} of the block` : `prelude line ${Number(m[2])}`;
    errors.set(b, [...(errors.get(b) ?? []), `${at}: ${m[3]}`]);
  }
  if (r.status !== 0 && errors.size === 0) throw new Error(`tsc failed: ${r.stdout}${r.stderr}`);
}, 120_000);

/** The block compiled to JavaScript (as an .mjs in the directory), with `from → to` replaced. */
function compiled(b: Block, replace?: [RegExp, string]): string {
  const code = replace ? b.code.replace(replace[0], replace[1]) : b.code;
  const file = join(dir, `${fileOf(b)}.mjs`);
  writeFileSync(file, transformSync(source(b, code), { loader: 'ts', format: 'esm', target: 'node20' }).code);
  return file;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function untilListening(port: number, child: ChildProcess, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`the sample exited with ${child.exitCode} before listening`);
    const ok = await new Promise<boolean>((resolve) => {
      const s = connect(port, '127.0.0.1', () => {
        s.destroy();
        resolve(true);
      });
      s.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the sample did not listen in time');
}

describe('the convention', () => {
  test('README.md documents it for sections added later', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toMatch(/<!--\nEvery code block in this file is tested \(test\/docs\/code-blocks\.test\.ts\)/);
    for (const marker of ['test-prelude:', 'test-run', 'test-serve:', 'test-fetch', 'test-output-of:']) expect(readme).toContain(marker);
  });

  test('markers are read from the comment right above a block; an unknown marker is an error', () => {
    const md = '<!--\ntest-run\ntest-prelude: const a = 1;\n-->\n```ts\nconsole.log(a);\n```\n\n<!-- test-serve: 8080 -->\n```ts\nx\n```\n';
    const [a, b] = extractBlocks('x.md', md);
    expect(a).toMatchObject({ where: 'x.md:5', lang: 'ts', run: true, prelude: ['const a = 1;'], code: 'console.log(a);' });
    expect(b).toMatchObject({ where: 'x.md:10', serve: 8080, run: false });
    expect(() => extractBlocks('x.md', '<!-- test-rnu -->\n```ts\nx\n```\n')).toThrow(/unknown marker/);
  });

  test('the README has type-checked, run, served and fetched samples', () => {
    const readme = tsBlocks.filter((b) => b.where.startsWith('README.md'));
    expect(readme.length).toBeGreaterThanOrEqual(5);
    expect(readme.some((b) => b.run)).toBe(true);
    expect(readme.filter((b) => b.serve !== undefined).length).toBeGreaterThanOrEqual(3);
    expect(readme.some((b) => b.fetch)).toBe(true);
  });

  test('a sample with a mistake is caught (the type check is real)', () => {
    const bad = join(dir, 'bad.ts');
    writeFileSync(bad, "import { createServer as c } from 'node:https';\nhttps.createServer({}, () => {});\nvoid c;\nexport {};\n");
    const r = spawnSync(
      process.execPath,
      [join(root, 'node_modules/typescript/lib/tsc.js'), '--noEmit', '--strict', '--module', 'nodenext', '--types', 'node', bad],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    expect(r.stdout).toMatch(/Cannot find name 'https'/);
  });
});

describe.each(tsBlocks.map((b) => [b.where, b] as const))('```ts at %s', (_where, b) => {
  test('type-checks against the built package', () => {
    expect(errors.get(b) ?? []).toEqual([]);
  });

  if (b.run) {
    test('runs (exit 0)', () => {
      const r = spawnSync(process.execPath, [compiled(b)], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    });
  }

  if (b.serve !== undefined) {
    const port = b.serve;
    test(`serves: started on a free port in place of ${port}, it answers an AdmissionReview on /validate over HTTPS`, async () => {
      const ca = await generateCa(3_600_000);
      const leaf = await issueLeaf(ca, ['localhost', '127.0.0.1'], 3_600_000);
      const free = await freePort();
      const child = spawn(process.execPath, [compiled(b, [new RegExp(`\\b${port}\\b`, 'g'), String(free)])], {
        cwd: dir,
        env: { ...process.env, TLS_KEY: leaf.keyPem, TLS_CERT: leaf.certPem },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr?.on('data', (c: Buffer) => {
        stderr += c.toString();
      });
      try {
        await untilListening(free, child);
        const reply = await new Promise<{ status: number; body: string }>((resolve, reject) => {
          const req = httpsRequest(
            {
              host: '127.0.0.1',
              servername: 'localhost',
              port: free,
              path: '/validate?timeout=10s',
              method: 'POST',
              ca: ca.certPem,
              headers: { 'Content-Type': 'application/json' },
            },
            (res) => {
              let body = '';
              res.on('data', (c: Buffer) => {
                body += c.toString();
              });
              res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
            },
          );
          req.on('error', reject);
          req.end(JSON.stringify(REVIEW));
        });
        expect(stderr).toBe('');
        expect(reply.status).toBe(200);
        expect(JSON.parse(reply.body)).toMatchObject({ kind: 'AdmissionReview', response: { uid: 'readme', allowed: true } });
      } finally {
        child.kill('SIGKILL');
      }
    }, 30_000);
  }

  if (b.fetch) {
    test("fetch(): its default export's handler answers an AdmissionReview on /validate", () => {
      const module = compiled(b);
      const driver = join(dir, `${fileOf(b)}-driver.mjs`);
      writeFileSync(
        driver,
        `import handler from ${JSON.stringify(module)};
const res = await handler.fetch(new Request('https://webhook/validate', { method: 'POST', body: ${JSON.stringify(JSON.stringify(REVIEW))} }));
console.log(JSON.stringify({ status: res.status, body: await res.json() }));`,
      );
      const out = execFileSync(process.execPath, [driver], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
      expect(JSON.parse(out)).toMatchObject({ status: 200, body: { response: { uid: 'readme', allowed: true } } });
    });
  }
});

/** Runs a documented `cmapi`/`npx cmapi` line (its trailing comment removed) in the directory. */
function runCmapi(line: string) {
  const [command] = line.split(/\s+#\s/, 1) as [string];
  const args = command.trim().replace(/^npx /, '').split(/\s+/).slice(1);
  return spawnSync(process.execPath, [join(root, 'bin/cmapi.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
}

test('outputMatches: exact lines, … for text within a line, a line … for lines left out', () => {
  expect(outputMatches(['a', 'b…', 'c…e (f)', '…', 'z'], ['a', 'bcd', 'cde (f)', 'x', 'y', 'z'])).toBeUndefined();
  expect(outputMatches(['c…e'], ['cde!'])).toMatch(/c…e/);
  expect(outputMatches(['a', 'z'], ['a', 'x', 'z'])).toMatch(/z/);
  expect(outputMatches(['b'], ['a'])).toMatch(/b/);
});

const outputBlocks = blocks.filter((b) => b.outputOf !== undefined);
describe.each(outputBlocks.map((b) => [b.where, b] as const))('output sample at %s', (_where, b) => {
  test(`matches what ${b.outputOf} prints`, () => {
    const r = runCmapi(b.outputOf ?? '');
    expect(outputMatches(b.code.split('\n'), r.stdout.trimEnd().split('\n'))).toBeUndefined();
  });
});

const shellBlocks = blocks.filter((b) => b.lang === 'sh' && b.run);
describe.each(shellBlocks.map((b) => [b.where, b] as const))('```sh at %s (test-run)', (_where, b) => {
  const commands = b.code.split('\n').filter((l) => /^(npx )?cmapi /.test(l.trim()));
  test('has cmapi commands to run', () => {
    expect(commands.length).toBeGreaterThan(0);
  });
  test.each(commands)('%s', (line) => {
    const comment = line.split(/\s+#\s/, 2)[1] ?? '';
    const expected = Number(/\bexits (\d+)/.exec(comment)?.[1] ?? 0);
    const r = runCmapi(line);
    expect(r.status, r.stderr).toBe(expected);
  });
});
