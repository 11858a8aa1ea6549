/**
 * The places the defaulters work on: each object or list of the (private) copy being defaulted
 * that they reach, with what they set in it, so that the JSON Patch comes from the changes as
 * they are made instead of from a proxy layer or a diff of the whole object.
 *
 * The operations come out in the order immer (the reference, test/properties/reference/) gives:
 * the places that were in the input, most recently reached first, each with its changed keys in
 * the order they were first set; objects the defaulters create are one `add`/`replace` each,
 * holding their final contents.
 */
import { Path } from '../field/path.js';
import { copyJson } from '../patch/copy.js';
import { escapeToken } from '../patch/pointer.js';
import type { JsonPatchOperation } from '../patch/types.js';
import type { JsonObject } from '../util/json.js';

/** The first change of one key of a site: whether the key was there, and its value then. */
interface Change {
  readonly key: string;
  readonly existed: boolean;
  readonly before: unknown;
}

/** An object or list of the copy being defaulted, and how it was reached. */
export class Site<V extends JsonObject | unknown[] = JsonObject | unknown[]> {
  private children: Site[] | undefined;
  private changes: Change[] | undefined;

  private constructor(
    /** The object or list itself (mutated in place). */
    readonly value: V,
    private readonly parent: Site | undefined,
    private readonly key: string | number,
    /** The input's places in the order first reached; undefined for what the defaulters created. */
    private readonly reached: Site[] | undefined,
  ) {
    reached?.push(this);
  }

  /** The site of the object being defaulted (a copy the defaulters may change), with a new record. */
  static root(value: JsonObject): Site<JsonObject> {
    return new Site(value, undefined, '', []);
  }

  /** The site of `value`, found at `key` of this site (the same site on every call). */
  child<C extends JsonObject | unknown[]>(key: string | number, value: C): Site<C> {
    const known = this.children?.find((s) => s.key === key && s.value === value);
    if (known !== undefined) return known as Site<C>;
    return this.remember(new Site(value, this, key, this.reached));
  }

  /** Sets `key` of this object to `value`, recording the change; `value` is the site of a new object when it is one. */
  set(key: string, value: unknown): void {
    const o = this.value as JsonObject;
    if (this.reached !== undefined && !this.changes?.some((c) => c.key === key)) {
      const change = { key, existed: Object.hasOwn(o, key), before: o[key] };
      if (this.changes === undefined) this.changes = [change];
      else this.changes.push(change);
    }
    o[key] = value;
  }

  /** Sets `key` to a new empty object and returns its site (whose own changes are not recorded). */
  create(key: string): Site<JsonObject> {
    const created: JsonObject = {};
    this.set(key, created);
    return this.remember(new Site(created, this, key, undefined));
  }

  private remember<C extends JsonObject | unknown[]>(s: Site<C>): Site<C> {
    if (this.children === undefined) this.children = [s];
    else this.children.push(s);
    return s;
  }

  /** The field path of this site (for errors), or of its member `key`. */
  path(key?: string | number): Path {
    const keys: (string | number)[] = key === undefined ? [] : [key];
    for (let s: Site | undefined = this; s?.parent !== undefined; s = s.parent) keys.push(s.key);
    let p = Path.root();
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i] as string | number;
      p = typeof k === 'number' ? p.index(k) : p.child(k);
    }
    return p;
  }

  private pointer(): string {
    let out = '';
    for (let s: Site | undefined = this; s?.parent !== undefined; s = s.parent) out = `/${escapeToken(s.key)}${out}`;
    return out;
  }

  /** The JSON Patch of every change recorded under this root (in immer's order, see above). */
  patch(): JsonPatchOperation[] {
    const ops: JsonPatchOperation[] = [];
    const reached = this.reached ?? [];
    for (let i = reached.length - 1; i >= 0; i--) {
      const site = reached[i] as Site;
      if (site.changes === undefined) continue;
      const at = site.pointer();
      for (const { key, existed, before } of site.changes) {
        const value = (site.value as JsonObject)[key];
        if (existed && value === before) continue; // set back to what it was: no change
        ops.push({ op: existed ? 'replace' : 'add', path: `${at}/${escapeToken(key)}`, value: copyJson(value) });
      }
    }
    return ops;
  }
}
