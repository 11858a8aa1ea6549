import { describe, expect, test } from 'vitest';
import { cli } from './harness.js';

describe('flags (issue 11 point 8)', () => {
  test('an unknown flag names the closest one', async () => {
    const r = await cli(['lint', '--formt', 'json', 'x.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('cmapi lint: unknown option --formt; did you mean --format?\nRun "cmapi lint --help" for usage.\n');
    expect((await cli(['convert', '--too', 'v1', 'x'])).stderr).toContain('unknown option --too; did you mean --to?');
    expect((await cli(['default', '--in-plcae', 'x'])).stderr).toContain('did you mean --in-place?');
    expect((await cli(['serve', '--secure-prot', '1'])).stderr).toContain('unknown option --secure-prot; did you mean --secure-port?');
    expect((await cli(['lint', '--zzzzzzzz', 'x'])).stderr).toContain('cmapi lint: unknown option --zzzzzzzz\n');
  });

  test('every subcommand takes -h', async () => {
    for (const command of ['lint', 'convert', 'default', 'serve']) {
      const r = await cli([command, '-h']);
      expect([command, r.code, r.stdout.startsWith('Usage: cmapi ') || r.stdout.includes(`cmapi ${command}`)]).toEqual([command, 0, true]);
    }
  });

  test('NO_COLOR turns colour off on a terminal; FORCE_COLOR turns it on in a pipe', async () => {
    const args = ['lint', 'fixtures/lint/certificates.yaml'];
    expect((await cli(args, { isTTY: true })).stdout).toContain('\u001b[31m');
    expect((await cli(args, { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await cli(args, { isTTY: false, env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[31m');
    expect((await cli(args, { isTTY: true, env: { FORCE_COLOR: '0' } })).stdout).toContain('\u001b[31m');
    expect((await cli(args, { isTTY: false, env: { FORCE_COLOR: '0' } })).stdout).not.toContain('\u001b[');
    // Machine formats never get colour.
    expect(
      (await cli(['lint', '--format', 'json', 'fixtures/lint/certificates.yaml'], { env: { FORCE_COLOR: '1' } })).stdout,
    ).not.toContain('\u001b[');
  });
});
