/**
 * An immutable field path printed the way Kubernetes prints it: dotted child names
 * (`spec.issuerRef.name`, raw even when a name contains `.` or `/`), list indices and map keys
 * in brackets (`spec.dnsNames[0]`, `x[key]`).
 */
const SEPARATORS = new Set(['.', '[', ']']);

export class Path {
  /**
   * A step is a child name (`sep` `.` unless it is the first), a list index or a map key
   * (`sep` `[`). The printed segment is made only by toString: the rules build paths for every
   * field they look at, and print them only for an error.
   */
  private constructor(
    private readonly parent: Path | undefined,
    private readonly step: string | number,
    private readonly sep: '' | '.' | '[',
  ) {}

  /** A path starting at a root field name (`spec`), or the empty root. */
  static root(name?: string): Path {
    return new Path(undefined, name ?? '', '');
  }

  /**
   * Parse a printed path back into a Path (the inverse of toString for dotted names and `[..]`).
   * A scanner rather than a global regex: `/\[([^\]]*)\]/g` rescans to the end of the text from
   * every unclosed `[`, which is quadratic in the length of the text.
   */
  static parse(printed: string): Path {
    let p = Path.root();
    let closed = true; // false once no `]` is left: every later `[` is unclosed too
    let i = 0;
    while (i < printed.length) {
      const c = printed[i];
      if (c === '.' || c === ']') {
        i++;
      } else if (c === '[') {
        const end = closed ? printed.indexOf(']', i + 1) : -1;
        if (end < 0) {
          closed = false;
          i++;
          continue;
        }
        const inner = printed.slice(i + 1, end);
        p = /^\d+$/.test(inner) ? p.index(Number(inner)) : p.key(inner);
        i = end + 1;
      } else {
        let end = i + 1;
        while (end < printed.length && !SEPARATORS.has(printed[end] as string)) end++;
        p = p.child(printed.slice(i, end));
        i = end;
      }
    }
    return p;
  }

  /** `a.b` */
  child(name: string, ...more: string[]): Path {
    let p: Path = new Path(this, name, this.isEmpty() ? '' : '.');
    for (let i = 0; i < more.length; i++) p = p.child(more[i] as string);
    return p;
  }

  /** `a[0]` */
  index(i: number): Path {
    return new Path(this, i, '[');
  }

  /** `a[key]` */
  key(k: string): Path {
    return new Path(this, k, '[');
  }

  isEmpty(): boolean {
    return this.parent === undefined && this.step === '';
  }

  toString(): string {
    // A loop, not recursion up the parents: a path is as long as the input is deep.
    let out = '';
    for (let p: Path | undefined = this; p !== undefined; p = p.parent) {
      out = (p.sep === '[' ? `[${p.step}]` : p.sep === '.' ? `.${p.step}` : String(p.step)) + out;
    }
    return out;
  }
}
