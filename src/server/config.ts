/**
 * Turning `cmapi serve` flags and `CMAPI_*` environment variables into {@link ServerOptions}.
 */
import { parseArgs } from 'node:util';
import type { PluginName } from '../admission/types.js';
import type { FeatureGates } from '../validation/feature-gates.js';
import { parseDuration } from './duration.js';
import { envName, FLAGS } from './flags.js';
import { LOG_LEVELS, type LogLevel } from './log.js';
import type { ServerOptions, TlsSource } from './options.js';

/** What `cmapi serve` was asked to do. */
export type ServeConfig =
  | { readonly mode: 'help' }
  | { readonly mode: 'generate-ca'; readonly certFile: string; readonly keyFile: string; readonly durationMs: number }
  | { readonly mode: 'serve'; readonly options: ServerOptions; readonly printCaBundle: boolean; readonly inCluster: boolean };

/** A configuration, or the message of the first mistake in it. */
export type ConfigResult = { readonly ok: true; readonly config: ServeConfig } | { readonly ok: false; readonly message: string };

type Values = Record<string, string | boolean | string[] | undefined>;

/** Reads the flags (`args`) over the environment (`env`). */
export function readServeConfig(args: readonly string[], env: Readonly<Record<string, string | undefined>>): ConfigResult {
  let values: Values;
  try {
    const options = Object.fromEntries(FLAGS.map((f) => [f.name, { type: f.type, ...(f.multiple ? { multiple: true } : {}) }]));
    values = parseArgs({ args: [...args], options, allowPositionals: false, strict: true }).values as Values;
  } catch (err) {
    return { ok: false, message: (err as Error).message };
  }
  try {
    return { ok: true, config: build(new Reader(values, env)) };
  } catch (err) {
    if (err instanceof ConfigError) return { ok: false, message: err.message };
    throw err;
  }
}

class ConfigError extends Error {}

/** Reads one setting: the flag, else the environment variable, else the default. */
class Reader {
  constructor(
    private readonly values: Values,
    private readonly env: Readonly<Record<string, string | undefined>>,
  ) {}

  str(name: string): string | undefined {
    const v = this.values[name];
    if (typeof v === 'string') return v;
    const e = this.env[envName(name)];
    return e !== undefined && e !== '' ? e : FLAGS.find((f) => f.name === name)?.default;
  }

  bool(name: string): boolean {
    if (this.values[name] === true) return true;
    const e = this.env[envName(name)]?.toLowerCase();
    if (e === undefined || e === '' || e === 'false' || e === '0') return false;
    if (e === 'true' || e === '1') return true;
    throw new ConfigError(`${envName(name)} must be true or false, not "${e}"`);
  }

  list(name: string): string[] {
    const v = this.values[name];
    const raw = Array.isArray(v) ? v : [this.str(name) ?? ''];
    return raw
      .flatMap((s) => s.split(','))
      .map((s) => s.trim())
      .filter(Boolean);
  }

  duration(name: string): number {
    const text = this.str(name) ?? '';
    const ms = parseDuration(text);
    if (ms === undefined) throw new ConfigError(`--${name}: "${text}" is not a duration such as 500ms, 32s, 5m or 168h`);
    return ms;
  }

  int(name: string, min: number, max: number): number | undefined {
    const text = this.str(name);
    if (text === undefined) return undefined;
    const n = Number(text);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new ConfigError(`--${name}: "${text}" must be a whole number from ${min} to ${max}`);
    return n;
  }
}

function build(r: Reader): ServeConfig {
  if (r.bool('help')) return { mode: 'help' };
  if (r.bool('generate-ca')) {
    const certFile = r.str('dynamic-serving-ca-cert-file');
    const keyFile = r.str('dynamic-serving-ca-key-file');
    if (!certFile || !keyFile)
      throw new ConfigError('--generate-ca needs --dynamic-serving-ca-cert-file and --dynamic-serving-ca-key-file');
    return { mode: 'generate-ca', certFile, keyFile, durationMs: positive(r, 'dynamic-serving-ca-duration') };
  }
  const healthPort = r.int('healthz-port', 0, 65535);
  const ciphers = r.str('tls-cipher-suites');
  const options: ServerOptions = {
    tls: tlsSource(r),
    port: r.int('secure-port', 0, 65535) ?? 6443,
    host: r.str('listen-address') ?? '0.0.0.0',
    ...(healthPort === undefined ? {} : { healthPort }),
    admission: { featureGates: featureGates(r.str('feature-gates')) },
    mutationPlugins: mutationPlugins(r.list('mutation-plugins')),
    maxBodyBytes: r.int('max-request-body-bytes', 1, 2 ** 31 - 1) ?? 7340032,
    ...limits(r),
    headersTimeoutMs: positive(r, 'header-timeout'),
    requestTimeoutMs: positive(r, 'request-timeout'),
    keepAliveTimeoutMs: positive(r, 'idle-timeout'),
    shutdownTimeoutMs: positive(r, 'shutdown-timeout'),
    shutdownDelayMs: r.duration('shutdown-delay'),
    minTlsVersion: tlsVersion(r.str('tls-min-version') ?? ''),
    ...(ciphers ? { ciphers } : {}),
    logLevel: logLevel(r.str('log-level') ?? ''),
  };
  return { mode: 'serve', options, printCaBundle: r.bool('print-ca-bundle'), inCluster: r.bool('in-cluster') };
}

/** Connection and in-flight bounds, and the metrics listener (issue 15 item 4, issue 14 item 11). */
function limits(r: Reader): Pick<ServerOptions, 'maxConnections' | 'maxBodyBytesInFlight' | 'metricsPort'> {
  const maxBody = r.int('max-request-body-bytes', 1, 2 ** 31 - 1) ?? 7340032;
  const inFlight = r.int('max-body-bytes-in-flight', 1, 2 ** 40) ?? 33554432;
  if (inFlight < maxBody) throw new ConfigError('--max-body-bytes-in-flight must be at least --max-request-body-bytes');
  const metricsPort = r.int('metrics-port', 0, 65535);
  return {
    maxConnections: r.int('max-connections', 1, 1_000_000) ?? 512,
    maxBodyBytesInFlight: inFlight,
    ...(metricsPort === undefined ? {} : { metricsPort }),
  };
}

function tlsSource(r: Reader): TlsSource {
  const certFile = r.str('tls-cert-file');
  const keyFile = r.str('tls-private-key-file');
  const dynamic = r.bool('dynamic-serving');
  const reloadIntervalMs = positive(r, 'tls-reload-interval');
  if (dynamic && (certFile || keyFile))
    throw new ConfigError('choose one certificate source: --dynamic-serving or --tls-cert-file/--tls-private-key-file');
  if (!dynamic) {
    if (!certFile || !keyFile) {
      throw new ConfigError('a certificate source is required: --tls-cert-file and --tls-private-key-file, or --dynamic-serving');
    }
    return { kind: 'files', certFile, keyFile, reloadIntervalMs };
  }
  const dnsNames = r.list('dynamic-serving-dns-names');
  if (dnsNames.length === 0) throw new ConfigError('--dynamic-serving needs --dynamic-serving-dns-names (e.g. svc,svc.ns,svc.ns.svc)');
  const caCertFile = r.str('dynamic-serving-ca-cert-file');
  const caKeyFile = r.str('dynamic-serving-ca-key-file');
  if (Boolean(caCertFile) !== Boolean(caKeyFile))
    throw new ConfigError('give both --dynamic-serving-ca-cert-file and --dynamic-serving-ca-key-file, or neither');
  const caBundleFile = r.str('ca-bundle-file');
  return {
    kind: 'dynamic',
    dnsNames,
    leafDurationMs: positive(r, 'dynamic-serving-leaf-duration'),
    caDurationMs: positive(r, 'dynamic-serving-ca-duration'),
    reloadIntervalMs,
    ...(caCertFile && caKeyFile ? { caCertFile, caKeyFile } : {}),
    ...(caBundleFile ? { caBundleFile } : {}),
  };
}

function positive(r: Reader, name: string): number {
  const ms = r.duration(name);
  if (ms <= 0) throw new ConfigError(`--${name} must be longer than 0`);
  return ms;
}

function tlsVersion(text: string): 'TLSv1.2' | 'TLSv1.3' {
  if (text === 'VersionTLS12' || text === 'TLSv1.2') return 'TLSv1.2';
  if (text === 'VersionTLS13' || text === 'TLSv1.3') return 'TLSv1.3';
  throw new ConfigError(`--tls-min-version: "${text}" is not allowed; use VersionTLS12 or VersionTLS13`);
}

function logLevel(text: string): LogLevel {
  if ((LOG_LEVELS as string[]).includes(text)) return text as LogLevel;
  throw new ConfigError(`--log-level: "${text}" is not one of ${LOG_LEVELS.join(', ')}`);
}

function mutationPlugins(names: string[]): PluginName[] {
  for (const n of names)
    if (n !== 'identity' && n !== 'defaults') throw new ConfigError(`--mutation-plugins: "${n}" is not one of identity, defaults`);
  return names as PluginName[];
}

function featureGates(text: string | undefined): FeatureGates {
  const gates: Record<string, boolean> = {};
  for (const part of (text ?? '').split(',').filter(Boolean)) {
    const [name, value, extra] = part.split('=');
    if (!name || extra !== undefined || (value !== 'true' && value !== 'false'))
      throw new ConfigError(`--feature-gates: "${part}" is not NAME=true or NAME=false`);
    gates[name.trim()] = value === 'true';
  }
  return gates as FeatureGates;
}
