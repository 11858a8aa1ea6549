/**
 * The server's metrics in the Prometheus text exposition format (version 0.0.4): requests by
 * endpoint, outcome and HTTP code, a latency histogram per endpoint, certificate expiry times
 * and rotations, in-flight requests and resident memory.
 */

/** Upper bounds (seconds) of the latency histogram buckets. */
const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface Histogram {
  counts: number[];
  sum: number;
  count: number;
}

/** Certificate facts the metrics report, read at scrape time. */
export interface CertificateFacts {
  /** Expiry of the serving certificate, if there is one. */
  readonly servingNotAfter: Date | undefined;
  /** Expiry of the CA, for dynamic serving. */
  readonly caNotAfter: Date | undefined;
  /** How many times the serving certificate was replaced since start. */
  readonly rotations: number;
}

/** Counters and histograms of one server. Only counts and timings, never request contents. */
export class Metrics {
  readonly #requests = new Map<string, number>();
  readonly #latency = new Map<string, Histogram>();
  #inFlight = 0;

  /** A request started. */
  begin(): void {
    this.#inFlight++;
  }

  /** A request ended on `endpoint` with `outcome` and HTTP `code`, after `seconds`. */
  end(endpoint: string, outcome: string, code: number, seconds: number): void {
    this.#inFlight = Math.max(0, this.#inFlight - 1);
    const key = labels({ endpoint, outcome, code: String(code) });
    this.#requests.set(key, (this.#requests.get(key) ?? 0) + 1);
    let h = this.#latency.get(endpoint);
    if (!h) {
      h = { counts: BUCKETS.map(() => 0), sum: 0, count: 0 };
      this.#latency.set(endpoint, h);
    }
    for (const [i, le] of BUCKETS.entries()) if (seconds <= le) h.counts[i] = (h.counts[i] ?? 0) + 1;
    h.sum += seconds;
    h.count++;
  }

  /** The exposition text. */
  render(certs: CertificateFacts, rssBytes: number, shed: ReadonlyMap<string, number> = new Map()): string {
    const out: string[] = [];
    out.push('# HELP cmapi_webhook_requests_total Requests answered, by endpoint, outcome and HTTP status code.');
    out.push('# TYPE cmapi_webhook_requests_total counter');
    for (const [key, n] of [...this.#requests].sort()) out.push(`cmapi_webhook_requests_total${key} ${n}`);
    out.push('# HELP cmapi_webhook_request_duration_seconds Time from the request headers to the end of the response.');
    out.push('# TYPE cmapi_webhook_request_duration_seconds histogram');
    for (const [endpoint, h] of [...this.#latency].sort(([a], [b]) => a.localeCompare(b))) {
      for (const [i, le] of BUCKETS.entries()) {
        out.push(`cmapi_webhook_request_duration_seconds_bucket${labels({ endpoint, le: String(le) })} ${h.counts[i] ?? 0}`);
      }
      out.push(`cmapi_webhook_request_duration_seconds_bucket${labels({ endpoint, le: '+Inf' })} ${h.count}`);
      out.push(`cmapi_webhook_request_duration_seconds_sum${labels({ endpoint })} ${h.sum}`);
      out.push(`cmapi_webhook_request_duration_seconds_count${labels({ endpoint })} ${h.count}`);
    }
    gauge(out, 'cmapi_webhook_requests_in_flight', 'Requests being answered now.', this.#inFlight);
    if (certs.servingNotAfter) {
      const help = 'Expiry of the current serving certificate (Unix seconds).';
      gauge(out, 'cmapi_serving_certificate_expiry_timestamp_seconds', help, certs.servingNotAfter.getTime() / 1000);
    }
    if (certs.caNotAfter) {
      gauge(
        out,
        'cmapi_ca_certificate_expiry_timestamp_seconds',
        'Expiry of the serving CA (Unix seconds).',
        certs.caNotAfter.getTime() / 1000,
      );
    }
    out.push('# HELP cmapi_serving_certificate_rotations_total Times the serving certificate was replaced since start.');
    out.push('# TYPE cmapi_serving_certificate_rotations_total counter');
    out.push(`cmapi_serving_certificate_rotations_total ${certs.rotations}`);
    out.push('# HELP cmapi_webhook_shed_total Connections closed or refused and requests answered 429 to bound load, by reason.');
    out.push('# TYPE cmapi_webhook_shed_total counter');
    for (const [reason, n] of [...shed].sort()) out.push(`cmapi_webhook_shed_total${labels({ reason })} ${n}`);
    gauge(out, 'process_resident_memory_bytes', 'Resident memory size in bytes.', rssBytes);
    return `${out.join('\n')}\n`;
  }
}

function gauge(out: string[], name: string, help: string, value: number): void {
  out.push(`# HELP ${name} ${help}`, `# TYPE ${name} gauge`, `${name} ${value}`);
}

/** `{a="1",b="2"}` with label values escaped as the format requires. */
function labels(values: Readonly<Record<string, string>>): string {
  const parts = Object.entries(values).map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`);
  return `{${parts.join(',')}}`;
}
