import { type FieldError, fe, withRule } from '../../../field/field-error.js';
import type { Path } from '../../../field/path.js';
import { arr, obj, str } from '../../../util/json.js';
import { dns01NameserverProblem } from '../../helpers/nameserver.js';
import { validateAcmeDns } from './dns01/acmedns.js';
import { validateAkamai } from './dns01/akamai.js';
import { validateAzureDns } from './dns01/azuredns.js';
import { validateCloudDns } from './dns01/clouddns.js';
import { validateCloudflare } from './dns01/cloudflare.js';
import { validateDigitalOcean } from './dns01/digitalocean.js';
import { validateRfc2136 } from './dns01/rfc2136.js';
import { validateRoute53 } from './dns01/route53.js';
import { validateWebhook } from './dns01/webhook.js';
import type { CertManagerRelease } from '../../../release/release.js';
import { hasRule } from '../../release-rules.js';
import { appendAll } from '../../../util/append.js';

/** How a provider takes part in the "only one provider" count (§4.2.3, provider selection). */
type Counting = 'always' | 'checked';

interface Provider {
  readonly name: string;
  readonly counting: Counting;
  readonly validate: (section: unknown, at: Path, release: CertManagerRelease) => FieldError[];
}

/**
 * The providers in upstream's fixed order. `akamai` and `acmeDNS` are always validated (upstream
 * never reports them as extra); every other one is reported and skipped when an earlier
 * provider was already validated.
 */
const PROVIDERS: readonly Provider[] = [
  { name: 'akamai', counting: 'always', validate: validateAkamai },
  { name: 'azureDNS', counting: 'checked', validate: validateAzureDns },
  { name: 'cloudDNS', counting: 'checked', validate: validateCloudDns },
  { name: 'cloudflare', counting: 'checked', validate: validateCloudflare },
  { name: 'route53', counting: 'checked', validate: validateRoute53 },
  { name: 'acmeDNS', counting: 'always', validate: validateAcmeDns },
  { name: 'digitalocean', counting: 'checked', validate: validateDigitalOcean },
  { name: 'rfc2136', counting: 'checked', validate: validateRfc2136 },
  { name: 'webhook', counting: 'checked', validate: validateWebhook },
];

const PROVIDER_NAMES = PROVIDERS.map((p) => p.name).join(', ');

const PROVIDER_INDEX: ReadonlyMap<string, number> = new Map(PROVIDERS.map((p, i) => [p.name, i]));

/**
 * The providers among the own keys of `dns01`, as bits by position in {@link PROVIDERS}: one
 * pass over the few keys a solver has instead of a lookup of every provider name.
 */
function presentProviders(dns01: unknown): number {
  if (typeof dns01 !== 'object' || dns01 === null) return 0;
  let bits = 0;
  const keys = Object.getOwnPropertyNames(dns01);
  for (let i = 0; i < keys.length; i++) {
    const p = PROVIDER_INDEX.get(keys[i] as string);
    if (p !== undefined) bits |= 1 << p;
  }
  return bits;
}

/**
 * DNS01 solver rules (spec/validation.md §4.2.3): the common fields, then the provider.
 * @param dns01 - the `dns01` object of a solver (any JSON)
 * @param at - the path of `dns01`
 * @param release - the cert-manager release
 * @returns the errors in rule order
 */
export function validateDns01Solver(dns01: unknown, at: Path, release: CertManagerRelease = 'master'): FieldError[] {
  const errors: FieldError[] = [];
  // ISS-DNS01-CNAMESTRATEGY-INVALID
  const strategy = str(dns01, 'cnameStrategy');
  if (strategy !== '' && strategy !== 'None' && strategy !== 'Follow') {
    errors.push(
      withRule(
        'ISS-DNS01-CNAMESTRATEGY-INVALID',
        fe.invalid(at.child('cnameStrategy'), strategy, 'must be "None" or "Follow" (or left empty)'),
      ),
    );
  }
  // ISS-DNS01-NAMESERVER-INVALID (master only)
  const nameservers = hasRule('ISS-DNS01-NAMESERVER-INVALID', release) ? arr(dns01, 'nameservers') : undefined;
  for (let k = 0; nameservers !== undefined && k < nameservers.length; k++) {
    const ns = nameservers[k];
    const problem = typeof ns === 'string' ? dns01NameserverProblem(ns) : undefined;
    if (problem !== undefined)
      errors.push(withRule('ISS-DNS01-NAMESERVER-INVALID', fe.invalid(at.child('nameservers').index(k), ns, problem)));
  }
  let validated = 0;
  const present = presentProviders(dns01);
  // Only the set bits, lowest (earliest provider) first: a solver names one or two providers of nine.
  for (let bits = present; bits !== 0; bits &= bits - 1) {
    const p = 31 - Math.clz32(bits & -bits);
    const provider = PROVIDERS[p] as Provider;
    const section = obj(dns01, provider.name);
    if (section === undefined) continue;
    if (provider.counting === 'checked' && validated > 0) {
      // ISS-DNS01-PROVIDER-MULTIPLE
      errors.push(
        withRule(
          'ISS-DNS01-PROVIDER-MULTIPLE',
          fe.forbidden(at.child(provider.name), 'configure only one DNS01 provider in a single solver'),
        ),
      );
      continue;
    }
    validated++;
    appendAll(errors, provider.validate(section, at.child(provider.name), release));
  }
  // ISS-DNS01-PROVIDER-REQUIRED
  if (validated === 0)
    errors.push(withRule('ISS-DNS01-PROVIDER-REQUIRED', fe.required(at, `configure a DNS01 provider: one of ${PROVIDER_NAMES}`)));
  return errors;
}
