/**
 * Serving certificates from PEM files (spec/admission.md §4.1 `--tls-cert-file`,
 * `--tls-private-key-file`), re-read periodically. Polling the content (not watching inodes)
 * also catches the symlink swap Kubernetes does when a mounted Secret changes. A changed pair
 * replaces the one being served only when it parses, matches, and is valid now, or when the
 * current one is not valid either (issue 15 item 12): an expired or not-yet-valid pair is kept
 * back with a log line, and a not-yet-valid one is taken once its time comes.
 */
import { readFile } from 'node:fs/promises';
import { createSecureContext } from 'node:tls';
import type { Logger } from '../log.js';
import type { FileTlsSource } from '../options.js';
import { certificateValidity } from './pki.js';
import { type CertificateSource, isHealthy, type ServingMaterial } from './source.js';
import { every } from './timer.js';

/** A {@link CertificateSource} backed by a certificate file and a key file. */
export class FileSource implements CertificateSource {
  readonly #opts: FileTlsSource;
  readonly #log: Logger;
  readonly #listeners: Array<(m: ServingMaterial) => void> = [];
  #material: ServingMaterial | undefined;
  #seen = '';
  #rotations = 0;
  #stop: () => void = () => {};
  #reading = false;
  /** The files hold a pair kept back for its validity period: re-check it on every poll. */
  #waiting = false;

  constructor(options: FileTlsSource, log: Logger) {
    this.#opts = options;
    this.#log = log;
  }

  async start(): Promise<void> {
    const loaded = await this.#read();
    if (typeof loaded === 'string') throw new Error(loaded);
    this.#material = loaded;
    this.#log.log('info', 'serving certificate loaded', { certFile: this.#opts.certFile, notAfter: loaded.notAfter.toISOString() });
    const why = notValidNow(loaded);
    if (why) this.#log.log('warn', 'the serving certificate is not valid now; health checks fail until it is replaced', { error: why });
    this.#stop = every(this.#opts.reloadIntervalMs ?? 10_000, () => void this.#poll());
  }

  current(): ServingMaterial | undefined {
    return this.#material;
  }

  caBundle(): string | undefined {
    return undefined;
  }

  caNotAfter(): Date | undefined {
    return undefined;
  }

  rotations(): number {
    return this.#rotations;
  }

  onChange(listener: (m: ServingMaterial) => void): void {
    this.#listeners.push(listener);
  }

  close(): void {
    this.#stop();
  }

  async #poll(): Promise<void> {
    if (this.#reading) return;
    this.#reading = true;
    try {
      const before = this.#seen;
      const loaded = await this.#read();
      const changed = this.#seen !== before;
      if (!changed && !this.#waiting) return;
      if (typeof loaded === 'string') {
        this.#waiting = false;
        this.#log.log('warn', 'changed certificate files rejected; keeping the current certificate', { error: loaded });
        return;
      }
      const why = notValidNow(loaded);
      if (why && this.#material && isHealthy(this)) {
        // issue 15 item 12: never swap a valid pair for one that fails every handshake.
        if (changed) this.#log.log('warn', 'changed certificate files rejected; keeping the current certificate', { error: why });
        this.#waiting = true;
        return;
      }
      this.#waiting = false;
      this.#material = loaded;
      this.#rotations++;
      this.#log.log('info', 'serving certificate reloaded', { certFile: this.#opts.certFile, notAfter: loaded.notAfter.toISOString() });
      for (const l of this.#listeners) l(loaded);
    } catch (err) {
      this.#log.log('error', 'applying the reloaded certificate failed', { error: (err as Error).message });
    } finally {
      this.#reading = false;
    }
  }

  /** Reads both files; the pair must parse and match (node:tls checks that). */
  async #read(): Promise<(ServingMaterial & { readonly notBefore: Date }) | string> {
    let certPem: string;
    let keyPem: string;
    try {
      [certPem, keyPem] = await Promise.all([readFile(this.#opts.certFile, 'utf8'), readFile(this.#opts.keyFile, 'utf8')]);
    } catch (err) {
      return `the certificate files cannot be read: ${(err as Error).message}`;
    }
    this.#seen = certPem + keyPem;
    const validity = await certificateValidity(certPem);
    if (typeof validity === 'string') return validity;
    try {
      createSecureContext({ cert: certPem, key: keyPem });
    } catch (err) {
      return `the certificate and key cannot be used together: ${(err as Error).message}`;
    }
    return { certPem, keyPem, notBefore: validity.notBefore, notAfter: validity.notAfter };
  }
}

/** Why a certificate is not valid at `now`, or undefined when it is. */
function notValidNow(m: { readonly notBefore: Date; readonly notAfter: Date }, now = Date.now()): string | undefined {
  if (now >= m.notAfter.getTime()) return `the certificate expired at ${m.notAfter.toISOString()}`;
  if (now < m.notBefore.getTime()) return `the certificate is not valid before ${m.notBefore.toISOString()}`;
  return undefined;
}
