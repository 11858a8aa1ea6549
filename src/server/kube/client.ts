/**
 * A minimal client for the Kubernetes API, for the approval plugin's two questions
 * (SubjectAccessReview and discovery). In a pod it uses the service account: the
 * `KUBERNETES_SERVICE_HOST`/`_PORT` address, the mounted CA and token (the token is re-read,
 * as projected tokens rotate).
 */
import { readFile } from 'node:fs/promises';
import { request } from 'node:https';

/** Where the API server is and how to authenticate. */
export interface KubeClientOptions {
  readonly host: string;
  readonly port: number;
  /** PEM CA bundle that verifies the API server. */
  readonly ca: string;
  /** File holding the bearer token. */
  readonly tokenFile: string;
  /** Per-call timeout (default 10 s). */
  readonly timeoutMs?: number;
}

/** GET and POST of JSON; both reject on transport errors and non-2xx answers. */
export interface KubeClient {
  get(path: string): Promise<unknown>;
  post(path: string, body: unknown): Promise<unknown>;
}

const SA_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

/** The in-cluster options from the pod's environment and service account mount. */
export async function inClusterOptions(env: Readonly<Record<string, string | undefined>>, dir = SA_DIR): Promise<KubeClientOptions> {
  const host = env.KUBERNETES_SERVICE_HOST;
  const port = Number(env.KUBERNETES_SERVICE_PORT ?? 443);
  if (!host) throw new Error('not running in a cluster: KUBERNETES_SERVICE_HOST is not set');
  return { host, port, ca: await readFile(`${dir}/ca.crt`, 'utf8'), tokenFile: `${dir}/token` };
}

/** A client for the API server described by `options`. */
export function kubeClient(options: KubeClientOptions): KubeClient {
  const call = async (method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> => {
    const token = (await readFile(options.tokenFile, 'utf8')).trim();
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: options.host,
          port: options.port,
          path,
          method,
          ca: options.ca,
          timeout: options.timeoutMs ?? 10_000,
          headers: {
            Authorization: `Bearer ${token}`,
            Accept: 'application/json',
            ...(payload ? { 'Content-Type': 'application/json' } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const status = res.statusCode ?? 0;
            if (status < 200 || status > 299) reject(new Error(`${method} ${path}: HTTP ${status}`));
            else {
              try {
                resolve(JSON.parse(text));
              } catch {
                reject(new Error(`${method} ${path}: the answer is not JSON`));
              }
            }
          });
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`${method} ${path}: timed out`)));
      req.on('error', reject);
      req.end(payload);
    });
  };
  return { get: (path) => call('GET', path), post: (path, body) => call('POST', path, body) };
}
