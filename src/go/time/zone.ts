// Go: time (Go 1.26) — LoadLocation (which names load; the zone data itself is not used).
import { TZ_NAMES_BY_AREA } from './zone-names.js';

let names: ReadonlySet<string> | undefined;

/** The full set of zone and link names, built on first use. */
function zoneNames(): ReadonlySet<string> {
  if (names === undefined) {
    const all = new Set<string>();
    for (const [area, rest] of Object.entries(TZ_NAMES_BY_AREA)) {
      for (const n of rest.split(' ')) all.add(area === '' ? n : `${area}/${n}`);
    }
    names = all;
  }
  return names;
}

/**
 * H-TZ: why Go's `time.LoadLocation(tz)` would fail, or undefined when it loads. `""`, `UTC` and
 * `Local` always load; names containing `..` or starting with `/` or `\` are refused outright;
 * anything else must be a name of the IANA time zone database (zones and links, case-sensitive).
 * @param tz - the time zone name
 * @returns Go's error text, or undefined when valid
 */
export function timeZoneProblem(tz: string): string | undefined {
  if (tz === '' || tz === 'UTC' || tz === 'Local') return undefined;
  if (tz.includes('..') || tz.startsWith('/') || tz.startsWith('\\')) return 'time: invalid location name';
  return zoneNames().has(tz) ? undefined : `unknown time zone ${tz}`;
}

/** H-TZ as a predicate. */
export const isTimeZone = (tz: string): boolean => timeZoneProblem(tz) === undefined;
