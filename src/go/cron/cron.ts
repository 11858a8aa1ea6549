// Go: github.com/cert-manager/cert-manager (master) — internal/cron Parser.Parse (standard fields, descriptors, TZ=/CRON_TZ=).
import { parseDuration } from '../time/duration.js';
import { goFields, goTrimSpace } from '../strings/space.js';
import { goAtoi } from '../strconv/atoi.js';
import { timeZoneProblem } from '../time/zone.js';

/**
 * H-CRON: the five-field cron syntax (minute, hour, day of month, month, day of week) plus
 * `@` descriptors and an optional `TZ=`/`CRON_TZ=` prefix, with the acceptance rules of the
 * robfig/cron-style parser cert-manager uses for renewal windows.
 */

interface Bounds {
  readonly min: number;
  readonly max: number;
  readonly names?: Readonly<Record<string, number>>;
}

const MONTHS = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const DAYS = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

/** The fields in order, with their ranges. */
const FIELDS: readonly Bounds[] = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: MONTHS },
  { min: 0, max: 6, names: DAYS },
];

const DESCRIPTORS = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);

class CronError {
  constructor(readonly message: string) {}
}

/** A non-negative decimal (Go's strconv.Atoi, so `+5` and leading zeros pass). */
function parseNumber(expr: string): bigint {
  const n = goAtoi(expr);
  if (n === undefined) throw new CronError(`failed to parse int from ${expr}: not a decimal number`);
  if (n < 0n) throw new CronError(`negative number (${n}) not allowed: ${expr}`);
  return n;
}

function parseIntOrName(expr: string, b: Bounds): bigint {
  const key = expr.toLowerCase();
  return b.names !== undefined && Object.hasOwn(b.names, key) ? BigInt(b.names[key]!) : parseNumber(expr);
}

/** One range: `*`, `?`, `N`, `N-M`, each optionally `/step`. */
function checkRange(expr: string, b: Bounds): void {
  const rangeAndStep = expr.split('/');
  const lowAndHigh = rangeAndStep[0]!.split('-');
  let start: bigint;
  let end: bigint;
  if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
    start = BigInt(b.min);
    end = BigInt(b.max);
  } else {
    start = parseIntOrName(lowAndHigh[0]!, b);
    if (lowAndHigh.length === 1) end = start;
    else if (lowAndHigh.length === 2) end = parseIntOrName(lowAndHigh[1]!, b);
    else throw new CronError(`too many hyphens: ${expr}`);
  }
  let step = 1n;
  if (rangeAndStep.length === 2) {
    step = parseNumber(rangeAndStep[1]!);
    if (lowAndHigh.length === 1) end = BigInt(b.max); // "N/step" means "N-max/step"
  } else if (rangeAndStep.length > 2) throw new CronError(`too many slashes: ${expr}`);
  if (start < b.min) throw new CronError(`beginning of range (${start}) below minimum (${b.min}): ${expr}`);
  if (end > b.max) throw new CronError(`end of range (${end}) above maximum (${b.max}): ${expr}`);
  if (start > end) throw new CronError(`beginning of range (${start}) beyond end of range (${end}): ${expr}`);
  if (step === 0n) throw new CronError(`step of range should be a positive number: ${expr}`);
}

function checkSchedule(spec: string): void {
  if (spec.startsWith('@')) {
    if (DESCRIPTORS.has(spec)) return;
    if (spec.startsWith('@every ')) {
      const d = parseDuration(spec.slice('@every '.length));
      if (!d.ok) throw new CronError(`failed to parse duration ${spec}: ${d.error}`);
      return;
    }
    throw new CronError(`unrecognized descriptor: ${spec}`);
  }
  const fields = goFields(spec);
  if (fields.length !== FIELDS.length) {
    throw new CronError(`expected exactly ${FIELDS.length} fields, found ${fields.length}: [${fields.join(' ')}]`);
  }
  fields.forEach((f, i) => {
    for (const expr of f.split(',')) if (expr !== '') checkRange(expr, FIELDS[i]!);
  });
}

/**
 * Parses a cron spec (which may start with `TZ=<zone> ` or `CRON_TZ=<zone> `).
 * @returns the parser's error text, or undefined when the spec is valid
 */
export function cronSpecProblem(spec: string): string | undefined {
  try {
    if (spec === '') throw new CronError('empty spec string');
    let schedule = spec;
    if (spec.startsWith('TZ=') || spec.startsWith('CRON_TZ=')) {
      const space = spec.indexOf(' ');
      if (space < 0) throw new CronError(`expected timezone prefix to be followed by a cron spec: ${spec}`);
      const name = spec.slice(spec.indexOf('=') + 1, space);
      const bad = timeZoneProblem(name);
      if (bad !== undefined) throw new CronError(`provided bad location ${name}: ${bad}`);
      schedule = goTrimSpace(spec.slice(space));
    }
    checkSchedule(schedule);
    return undefined;
  } catch (e) {
    if (e instanceof CronError) return e.message;
    throw e;
  }
}

/**
 * H-CRON(cron, tz): checks a renewal-window cron expression, prefixed with `CRON_TZ=<tz> ` when
 * a time zone is given, the way cert-manager does.
 * @returns `failed to parse cron spec '<cron>': <reason>`, or undefined when valid
 */
export function cronProblem(cron: string, tz: string): string | undefined {
  const spec = tz === '' ? cron : `CRON_TZ=${tz} ${cron}`;
  const problem = cronSpecProblem(spec);
  return problem === undefined ? undefined : `failed to parse cron spec '${cron}': ${problem}`;
}
