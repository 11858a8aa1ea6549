/**
 * Dynamic serving (spec/admission.md §4.1): a CA (generated, or shared through files) and a
 * serving certificate issued by it, renewed at 2/3 of its lifetime and whenever the CA changes.
 * A generated CA is renewed when less than 1/3 of its lifetime remains. Every new CA is written
 * to the CA bundle file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Logger } from '../log.js';
import type { DynamicTlsSource } from '../options.js';
import { type Authority, generateCa, issueLeaf, loadCa } from './pki.js';
import type { CertificateSource, ServingMaterial } from './source.js';
import { every, runAt } from './timer.js';

const HOUR = 3_600_000;
const DEFAULT_LEAF_MS = 168 * HOUR;
const DEFAULT_CA_MS = 365 * 24 * HOUR;
/** Retry delay after a failed renewal (bounded by the remaining lifetime). */
const RETRY_MS = 30_000;

/** A {@link CertificateSource} that issues its own serving certificates. */
export class DynamicSource implements CertificateSource {
  readonly #opts: DynamicTlsSource;
  readonly #log: Logger;
  readonly #listeners: Array<(m: ServingMaterial) => void> = [];
  #ca: Authority | undefined;
  /** When a generated CA is due for renewal (1/3 of its lifetime left); never for a shared one. */
  #caRenewAt = Number.POSITIVE_INFINITY;
  #caText = '';
  #leaf: ServingMaterial | undefined;
  #rotations = 0;
  #cancelTimer: () => void = () => {};
  #stopPolling: () => void = () => {};
  #busy = false;

  constructor(options: DynamicTlsSource, log: Logger) {
    this.#opts = options;
    this.#log = log;
  }

  async start(): Promise<void> {
    if (this.#opts.dnsNames.length === 0) throw new Error('dynamic serving needs at least one DNS name');
    if (Boolean(this.#opts.caCertFile) !== Boolean(this.#opts.caKeyFile))
      throw new Error('give both the CA certificate file and the CA key file, or neither');
    const ca = this.#shared() ? await this.#readSharedCa() : await this.#generateCa();
    if (typeof ca === 'string') throw new Error(ca);
    await this.#useCa(ca);
    if (this.#shared()) this.#stopPolling = every(this.#opts.reloadIntervalMs ?? 10_000, () => void this.#pollSharedCa());
  }

  current(): ServingMaterial | undefined {
    return this.#leaf;
  }

  caBundle(): string | undefined {
    return this.#ca?.certPem;
  }

  caNotAfter(): Date | undefined {
    return this.#ca?.notAfter;
  }

  rotations(): number {
    return this.#rotations;
  }

  onChange(listener: (m: ServingMaterial) => void): void {
    this.#listeners.push(listener);
  }

  close(): void {
    this.#cancelTimer();
    this.#stopPolling();
  }

  #shared(): boolean {
    return Boolean(this.#opts.caCertFile && this.#opts.caKeyFile);
  }

  async #generateCa(): Promise<Authority> {
    const now = Date.now();
    const ca = await generateCa(this.#opts.caDurationMs ?? DEFAULT_CA_MS, now);
    this.#caRenewAt = now + ((ca.notAfter.getTime() - now) * 2) / 3;
    return ca;
  }

  async #readSharedCa(): Promise<Authority | string> {
    try {
      const [cert, key] = await Promise.all([readFile(this.#opts.caCertFile ?? '', 'utf8'), readFile(this.#opts.caKeyFile ?? '', 'utf8')]);
      this.#caText = cert + key;
      return await loadCa(cert, key);
    } catch (err) {
      return `the CA files cannot be read: ${(err as Error).message}`;
    }
  }

  /** Makes `ca` current: writes the bundle and issues a new leaf. */
  async #useCa(ca: Authority): Promise<void> {
    this.#ca = ca;
    if (this.#opts.caBundleFile) await writeFile(this.#opts.caBundleFile, ca.certPem, { mode: 0o644 });
    this.#log.log('info', 'serving CA ready', { notAfter: ca.notAfter.toISOString(), bundleFile: this.#opts.caBundleFile });
    await this.#renewLeaf();
  }

  async #renewLeaf(): Promise<void> {
    const ca = this.#ca;
    if (!ca) return;
    const now = Date.now();
    const leaf = await issueLeaf(ca, this.#opts.dnsNames, this.#opts.leafDurationMs ?? DEFAULT_LEAF_MS, now);
    if (this.#leaf) this.#rotations++;
    this.#leaf = leaf;
    this.#log.log('info', 'serving certificate issued', { dnsNames: this.#opts.dnsNames, notAfter: leaf.notAfter.toISOString() });
    for (const l of this.#listeners) l(leaf);
    this.#schedule(now + ((leaf.notAfter.getTime() - now) * 2) / 3);
  }

  /** Next wake-up: leaf renewal, or earlier when a generated CA needs renewing first. */
  #schedule(leafRenewAt: number): void {
    this.#cancelTimer();
    this.#cancelTimer = runAt(Math.min(leafRenewAt, this.#caRenewAt), () => void this.#refresh(leafRenewAt));
  }

  async #refresh(leafRenewAt: number): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    try {
      if (Date.now() >= this.#caRenewAt) await this.#useCa(await this.#generateCa());
      else if (Date.now() >= leafRenewAt) await this.#renewLeaf();
      else this.#schedule(leafRenewAt);
    } catch (err) {
      this.#log.log('error', 'certificate renewal failed; retrying', { error: (err as Error).message });
      const left = (this.#leaf?.notAfter.getTime() ?? Date.now()) - Date.now();
      this.#cancelTimer = runAt(Date.now() + Math.max(100, Math.min(RETRY_MS, left / 10)), () => void this.#refresh(Date.now()));
    } finally {
      this.#busy = false;
    }
  }

  async #pollSharedCa(): Promise<void> {
    if (this.#busy) return;
    const before = this.#caText;
    const ca = await this.#readSharedCa();
    if (this.#caText === before) return;
    if (typeof ca === 'string') {
      this.#log.log('warn', 'new CA files rejected; keeping the current CA', { error: ca });
      return;
    }
    // issue 15 item 12: an expired or not-yet-valid CA never replaces a valid one.
    const now = Date.now();
    const current = this.#ca;
    const why =
      now >= ca.notAfter.getTime()
        ? `the CA expired at ${ca.notAfter.toISOString()}`
        : now < ca.notBefore.getTime()
          ? `the CA is not valid before ${ca.notBefore.toISOString()}`
          : undefined;
    if (why && current && now < current.notAfter.getTime()) {
      this.#log.log('warn', 'new CA files rejected; keeping the current CA', { error: why });
      return;
    }
    this.#busy = true;
    try {
      await this.#useCa(ca);
    } catch (err) {
      this.#log.log('error', 'serving certificate from the new CA failed', { error: (err as Error).message });
    } finally {
      this.#busy = false;
    }
  }
}
