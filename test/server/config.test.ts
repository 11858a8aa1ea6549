/**
 * `cmapi serve` configuration: flags, CMAPI_* environment variables, durations, help.
 */
import { describe, expect, test } from 'vitest';
import { readServeConfig } from '../../src/server/config.js';
import { parseDuration } from '../../src/server/duration.js';
import { envName, FLAGS, serveHelp } from '../../src/server/flags.js';
import { createLogger } from '../../src/server/log.js';

const DYNAMIC = ['--dynamic-serving', '--dynamic-serving-dns-names', 'svc,svc.ns', '--dynamic-serving-dns-names', 'svc.ns.svc'];

function serveOptions(args: string[], env: Record<string, string> = {}) {
  const r = readServeConfig(args, env);
  if (!r.ok) throw new Error(r.message);
  if (r.config.mode !== 'serve') throw new Error(`mode ${r.config.mode}`);
  return r.config;
}

function failure(args: string[], env: Record<string, string> = {}): string {
  const r = readServeConfig(args, env);
  return r.ok ? 'ok' : r.message;
}

describe('flags', () => {
  test('defaults follow upstream: port 6443, 7 MiB body, 32 s headers, 168 h leaf, TLS 1.2', () => {
    const c = serveOptions(DYNAMIC);
    expect(c.options).toMatchObject({
      port: 6443,
      host: '0.0.0.0',
      maxBodyBytes: 7340032,
      headersTimeoutMs: 32_000,
      keepAliveTimeoutMs: 90_000,
      shutdownTimeoutMs: 60_000,
      minTlsVersion: 'TLSv1.2',
      logLevel: 'info',
      mutationPlugins: ['identity'],
      tls: { kind: 'dynamic', dnsNames: ['svc', 'svc.ns', 'svc.ns.svc'], leafDurationMs: 168 * 3_600_000 },
    });
    expect(c.printCaBundle).toBe(false);
    expect(c.inCluster).toBe(false);
    expect(serveOptions([...DYNAMIC, '--in-cluster']).inCluster).toBe(true);
  });

  test('file source, ports, limits, timeouts and gates', () => {
    const c = serveOptions([
      '--tls-cert-file=/c',
      '--tls-private-key-file=/k',
      '--secure-port=10250',
      '--healthz-port=6080',
      '--max-request-body-bytes=1024',
      '--header-timeout=5s',
      '--shutdown-delay=1m30s',
      '--tls-min-version=VersionTLS13',
      '--feature-gates=AdditionalCertificateOutputFormats=false',
      '--mutation-plugins=identity,defaults',
      '--log-level=debug',
    ]);
    expect(c.options).toMatchObject({
      tls: { kind: 'files', certFile: '/c', keyFile: '/k', reloadIntervalMs: 10_000 },
      port: 10250,
      healthPort: 6080,
      maxBodyBytes: 1024,
      headersTimeoutMs: 5000,
      shutdownDelayMs: 90_000,
      minTlsVersion: 'TLSv1.3',
      admission: { featureGates: { AdditionalCertificateOutputFormats: false } },
      mutationPlugins: ['identity', 'defaults'],
      logLevel: 'debug',
    });
  });

  test('environment variables set what flags do, and flags win', () => {
    const env = {
      CMAPI_DYNAMIC_SERVING: 'true',
      CMAPI_DYNAMIC_SERVING_DNS_NAMES: 'a,b',
      CMAPI_SECURE_PORT: '8443',
      CMAPI_LOG_LEVEL: 'warn',
    };
    expect(serveOptions([], env).options).toMatchObject({ port: 8443, logLevel: 'warn', tls: { kind: 'dynamic', dnsNames: ['a', 'b'] } });
    expect(serveOptions(['--secure-port', '9443'], env).options.port).toBe(9443);
  });

  test('mistakes are reported, naming what is allowed', () => {
    expect(failure([])).toMatch(/certificate source is required/);
    expect(failure(['--dynamic-serving'])).toMatch(/--dynamic-serving-dns-names/);
    expect(failure([...DYNAMIC, '--tls-cert-file', 'x'])).toMatch(/choose one certificate source/);
    expect(failure([...DYNAMIC, '--dynamic-serving-ca-cert-file', 'x'])).toMatch(/both/);
    expect(failure([...DYNAMIC, '--secure-port', '70000'])).toMatch(/from 0 to 65535/);
    expect(failure([...DYNAMIC, '--header-timeout', '10'])).toMatch(/not a duration/);
    expect(failure([...DYNAMIC, '--header-timeout', '0s'])).toMatch(/longer than 0/);
    expect(failure([...DYNAMIC, '--tls-min-version', 'VersionTLS11'])).toMatch(/VersionTLS12 or VersionTLS13/);
    expect(failure([...DYNAMIC, '--log-level', 'loud'])).toMatch(/debug, info, warn, error/);
    expect(failure([...DYNAMIC, '--mutation-plugins', 'approval'])).toMatch(/identity, defaults/);
    expect(failure([...DYNAMIC, '--feature-gates', 'A'])).toMatch(/NAME=true/);
    expect(failure([...DYNAMIC, '--no-such-flag'])).toMatch(/no-such-flag/);
    expect(failure([], { CMAPI_DYNAMIC_SERVING: 'yes' })).toMatch(/CMAPI_DYNAMIC_SERVING must be true or false/);
    expect(failure(['--generate-ca'])).toMatch(/--dynamic-serving-ca-cert-file/);
  });

  test('load bounds and the metrics port (issue 15 item 4, issue 14 item 11): documented defaults, flags and environment', () => {
    expect(serveOptions(DYNAMIC).options).toMatchObject({ maxConnections: 512, maxBodyBytesInFlight: 33554432 });
    expect(serveOptions(DYNAMIC).options.metricsPort).toBeUndefined();
    const c = serveOptions([...DYNAMIC, '--max-connections=100', '--max-body-bytes-in-flight=8000000', '--metrics-port=9402']);
    expect(c.options).toMatchObject({ maxConnections: 100, maxBodyBytesInFlight: 8000000, metricsPort: 9402 });
    expect(serveOptions(DYNAMIC, { CMAPI_MAX_CONNECTIONS: '7', CMAPI_METRICS_PORT: '0' }).options).toMatchObject({
      maxConnections: 7,
      metricsPort: 0,
    });
    expect(failure([...DYNAMIC, '--max-connections=0'])).toMatch(/--max-connections: "0" must be a whole number from 1/);
    expect(failure([...DYNAMIC, '--max-body-bytes-in-flight=1000'])).toMatch(/at least --max-request-body-bytes/);
    const help = serveHelp();
    expect(help).toContain('--max-connections N');
    expect(help).toContain('(default 512)');
    expect(help).toContain('--max-body-bytes-in-flight N');
    expect(help).toContain('(default 33554432)');
    expect(help).toContain('--metrics-port PORT');
  });

  test('--help and --generate-ca modes', () => {
    expect(readServeConfig(['--help'], {})).toEqual({ ok: true, config: { mode: 'help' } });
    const r = readServeConfig(['--generate-ca', '--dynamic-serving-ca-cert-file=a', '--dynamic-serving-ca-key-file=b'], {});
    expect(r).toEqual({ ok: true, config: { mode: 'generate-ca', certFile: 'a', keyFile: 'b', durationMs: 8760 * 3_600_000 } });
  });

  test('the help explains every flag and names its environment variable', () => {
    const help = serveHelp();
    for (const f of FLAGS) {
      expect(help).toContain(`--${f.name}`);
      if (f.name !== 'help') expect(help).toContain(envName(f.name));
    }
  });
});

test('parseDuration reads Go durations', () => {
  expect(parseDuration('168h')).toBe(168 * 3_600_000);
  expect(parseDuration('1h30m')).toBe(90 * 60_000);
  expect(parseDuration('1.5s')).toBe(1500);
  expect(parseDuration('250ms')).toBe(250);
  expect(parseDuration('0')).toBe(0);
  for (const bad of ['', '10', 'h', '1x', '1h-2m', '..s']) expect(parseDuration(bad), bad).toBeUndefined();
});

test('logger writes JSON lines at or above its level and survives a failing sink', () => {
  const out: string[] = [];
  const log = createLogger('info', (l) => out.push(l));
  log.log('debug', 'hidden');
  log.log('warn', 'shown', { code: 1 });
  expect(out).toHaveLength(1);
  expect(JSON.parse(out[0] ?? '')).toMatchObject({ level: 'warn', msg: 'shown', code: 1 });
  expect(log.enabled('debug')).toBe(false);
  const broken = createLogger('debug', () => {
    throw new Error('closed');
  });
  expect(() => broken.log('error', 'x')).not.toThrow();
});
