/**
 * What the server needs from a certificate source: the current serving certificate, change
 * notifications, and the facts that health and metrics report.
 */

/** A serving certificate chain and key, PEM, with the leaf's expiry. */
export interface ServingMaterial {
  readonly certPem: string;
  readonly keyPem: string;
  readonly notAfter: Date;
}

/** A source of serving certificates that may replace them over time. */
export interface CertificateSource {
  /** Loads or generates the first certificate; rejects (with a readable message) when it cannot. */
  start(): Promise<void>;
  /** The certificate to serve now, once started. */
  current(): ServingMaterial | undefined;
  /** The CA bundle (PEM) clients should trust, for sources that own a CA. */
  caBundle(): string | undefined;
  /** Expiry of that CA. */
  caNotAfter(): Date | undefined;
  /** How many times the serving certificate was replaced after the first one. */
  rotations(): number;
  /** Calls `listener` with every new serving certificate. */
  onChange(listener: (material: ServingMaterial) => void): void;
  /** Stops timers and polling. */
  close(): void;
}

/** Whether `source` holds a serving certificate that has not expired. */
export function isHealthy(source: CertificateSource, now = Date.now()): boolean {
  const m = source.current();
  return m !== undefined && now < m.notAfter.getTime();
}
