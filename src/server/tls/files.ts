/**
 * Serving certificates from PEM files (spec/admission.md §4.1 `--tls-cert-file`,
 * `--tls-private-key-file`), re-read periodically. Polling the content (not watching inodes)
 * also catches the symlink swap Kubernetes does when a mounted Secret changes.
 */
import { readFile } from 'node:fs/promises';
import { createSecureContext } from 'node:tls';
import type { Logger } from '../log.js';
import type { FileTlsSource } from '../options.js';
import { certificateValidity } from './pki.js';
import type { CertificateSource, ServingMaterial } from './source.js';
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

  constructor(options: FileTlsSource, log: Logger) {
    this.#opts = options;
    this.#log = log;
  }

  async start(): Promise<void> {
    const loaded = await this.#read();
    if (typeof loaded === 'string') throw new Error(loaded);
    this.#material = loaded;
    this.#log.log('info', 'serving certificate loaded', { certFile: this.#opts.certFile, notAfter: loaded.notAfter.toISOString() });
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
      if (this.#seen === before) return;
      if (typeof loaded === 'string') {
        this.#log.log('warn', 'changed certificate files rejected; keeping the current certificate', { error: loaded });
        return;
      }
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
  async #read(): Promise<ServingMaterial | string> {
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
    return { certPem, keyPem, notAfter: validity.notAfter };
  }
}
