import { writeFile } from 'node:fs/promises';
import { readServeConfig } from '../../server/config.js';
import { serveHelp } from '../../server/flags.js';
import { apiDiscovery, sarAuthorizer } from '../../server/kube/approval.js';
import { inClusterOptions, kubeClient } from '../../server/kube/client.js';
import { startServer } from '../../server/start.js';
import { generateCa, loadX509, MissingPeerError } from '../../server/tls/pki.js';
import { ExitCode, type CliIo } from '../io.js';
import { closest } from '../suggest.js';

/**
 * `cmapi serve`: runs the webhook server until SIGTERM or SIGINT, then drains it and returns 0.
 * With `--generate-ca` it writes a CA for dynamic serving, prints its caBundle and returns.
 * Configuration mistakes and a missing optional peer dependency (the X.509 library) print a message
 * and return 2; a server that cannot start rejects.
 * The second argument is the CLI's io, or a context holding it.
 */
export const serveCommand = {
  summary: 'run the admission and conversion webhook server (HTTPS)',
  help: serveHelp(),
  run: (args: string[], context: CliIo | { readonly io: CliIo }): Promise<number> => serve(args, 'io' in context ? context.io : context),
};

async function serve(args: string[], io: CliIo): Promise<number> {
  // -h, as every command takes it.
  const read = readServeConfig(
    args.map((a) => (a === '-h' ? '--help' : a)),
    process.env,
  );
  if (!read.ok) {
    io.stderr(`cmapi serve: ${withSuggestion(read.message)}\nRun "cmapi serve --help" for usage.\n`);
    return ExitCode.Usage;
  }
  const config = read.config;
  if (config.mode === 'help') {
    io.stdout(serveCommand.help);
    return ExitCode.Clean;
  }
  // The X.509 stack is an optional peer dependency: name the install command before anything starts.
  try {
    await loadX509();
  } catch (err) {
    if (!(err instanceof MissingPeerError)) throw err;
    io.stderr(`cmapi serve: ${err.message}\n`);
    return ExitCode.Usage;
  }
  if (config.mode === 'generate-ca') {
    const ca = await generateCa(config.durationMs);
    await writeFile(config.certFile, ca.certPem, { mode: 0o644 });
    await writeFile(config.keyFile, ca.keyPem, { mode: 0o600 });
    io.stdout(`${toCaBundle(ca.certPem)}\n`);
    return ExitCode.Clean;
  }
  let options = config.options;
  if (config.inCluster) {
    const client = kubeClient(await inClusterOptions(process.env));
    options = { ...options, admission: { ...options.admission, authorize: sarAuthorizer(client), discover: apiDiscovery(client) } };
  }
  const server = await startServer({ log: (line) => io.stderr(`${line}\n`), ...options });
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

/** Adds the closest flag of the help to an unknown-option message ("did you mean --secure-port?"). */
function withSuggestion(message: string): string {
  const given = /^Unknown option '(--?[^'=]*)/.exec(message)?.[1];
  if (given === undefined) return message;
  const hint = closest(given, [...new Set(serveCommand.help.match(/--[a-z][a-z0-9-]*/g) ?? [])]);
  return `unknown option ${given}${hint ? `; did you mean ${hint}?` : ''}`;
}
