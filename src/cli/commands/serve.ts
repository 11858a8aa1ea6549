import { writeFile } from 'node:fs/promises';
import { readServeConfig } from '../../server/config.js';
import { serveHelp } from '../../server/flags.js';
import { startServer } from '../../server/start.js';
import { generateCa } from '../../server/tls/pki.js';
import { ExitCode, type CliIo } from '../io.js';
import { UsageError } from './lint.js';

/** The help text of `cmapi serve`. */
export const SERVE_HELP = serveHelp();

/**
 * `cmapi serve`: runs the webhook server until SIGTERM or SIGINT, then drains it and returns 0.
 * With `--generate-ca` it writes a CA for dynamic serving, prints its caBundle and returns.
 * Configuration mistakes are usage errors (exit code 2), and so is a server that cannot start.
 */
export async function serveCommand(args: string[], io: CliIo): Promise<number> {
  const read = readServeConfig(args, process.env);
  if (!read.ok) throw new UsageError(read.message);
  const config = read.config;
  if (config.mode === 'help') {
    io.stdout(SERVE_HELP);
    return ExitCode.Clean;
  }
  if (config.mode === 'generate-ca') {
    const ca = await generateCa(config.durationMs);
    await writeFile(config.certFile, ca.certPem, { mode: 0o644 });
    await writeFile(config.keyFile, ca.keyPem, { mode: 0o600 });
    io.stdout(`${toCaBundle(ca.certPem)}\n`);
    return ExitCode.Clean;
  }
  const server = await startServer({ log: (line) => io.stderr(`${line}\n`), ...config.options });
  if (config.printCaBundle) {
    const bundle = server.caBundle();
    if (bundle) io.stdout(`${toCaBundle(bundle)}\n`);
    else io.stderr('cmapi serve: --print-ca-bundle has nothing to print: the certificate comes from files, not from a CA of its own\n');
  }
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      void server.shutdown().then(resolve);
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
  return ExitCode.Clean;
}

/** PEM as the base64 string a webhook configuration's `caBundle` takes. */
export function toCaBundle(pem: string): string {
  return Buffer.from(pem, 'utf8').toString('base64');
}
