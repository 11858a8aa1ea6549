/**
 * `preservationProblems(object)`: the preservation records on an object that conversion would
 * ignore or remove, for `cmapi lint` (internal, not public API).
 */
import { identify } from '../scheme/identify.js';
import { type Group, isVersion, type Kind, type Version } from '../scheme/kinds.js';
import { isRecord, type JsonObject } from '../util/json.js';
import { PRESERVATION_PREFIX, withoutKey } from './preserve.js';
import { checkRecord, parseRecord } from './record.js';

/**
 * One line per `conversion.cmapi.io/…` annotation that conversion would not use: unreadable,
 * touching what a record may never touch, for an unknown version, for the object's own version
 * (stale), or written from this version but not matching the object. Records written from
 * another version are checked for form only (they are checked in full once the object is back
 * in that version). Items of lists are checked too (`items[3]: …`). Never throws.
 */
export function preservationProblems(object: unknown): string[] {
  const problems: string[] = [];
  const todo: { value: unknown; at: string }[] = [{ value: object, at: '' }];
  try {
    for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
      const { value, at } = next;
      const id = identify(value);
      if (!id.ok || !isRecord(value)) continue;
      if (id.identity.shape !== 'object') {
        const items = value.items;
        if (Array.isArray(items)) for (let i = items.length - 1; i >= 0; i--) todo.push({ value: items[i], at: `${at}items[${i}]: ` });
        continue;
      }
      const { group, kind, version } = id.identity;
      const annotations = isRecord(value.metadata) && isRecord(value.metadata.annotations) ? value.metadata.annotations : {};
      for (const [key, raw] of Object.entries(annotations)) {
        if (!key.startsWith(PRESERVATION_PREFIX)) continue;
        const where = `${at}metadata.annotations[${key}]`;
        const target = key.slice(PRESERVATION_PREFIX.length);
        const problem = recordProblem(value, key, raw, target, { group, kind, version });
        if (problem !== undefined) problems.push(`${where}: ${problem}`);
      }
    }
  } catch (err) {
    problems.push(`the preservation records could not be checked: ${String(err)}`);
  }
  return problems;
}

function recordProblem(
  o: JsonObject,
  key: string,
  raw: unknown,
  target: string,
  id: { group: Group; kind: Kind; version: Version },
): string | undefined {
  if (!isVersion(target)) return `not a cert-manager API version; conversion ignores it`;
  if (target === id.version) return 'a record for the version the object already has is stale; conversion removes it';
  const parsed = parseRecord(raw);
  if (!parsed.ok) return `conversion ignores this record: ${parsed.problem}`;
  if (!isVersion(parsed.from)) return `conversion ignores this record: it names an unknown version ${JSON.stringify(parsed.from)}`;
  if (parsed.from !== id.version) return undefined;
  const r = checkRecord(raw, { object: withoutKey(o, key), group: id.group, kind: id.kind, from: id.version }, target);
  return r.ok ? undefined : `conversion ignores this record: ${r.problem}`;
}
