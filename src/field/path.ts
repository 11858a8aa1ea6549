/**
 * An immutable field path printed the way Kubernetes prints it: dotted child names
 * (`spec.issuerRef.name`, raw even when a name contains `.` or `/`), list indices and map keys
 * in brackets (`spec.dnsNames[0]`, `x[key]`).
 */
export class Path {
  private constructor(
    private readonly parent: Path | undefined,
    private readonly segment: string,
  ) {}

  /** A path starting at a root field name (`spec`), or the empty root. */
  static root(name?: string): Path {
    return name === undefined ? new Path(undefined, '') : new Path(undefined, name);
  }

  /** Parse a printed path back into a Path (the inverse of toString for dotted names and `[..]`). */
  static parse(printed: string): Path {
    let p = Path.root();
    const re = /([^.[\]]+)|\[([^\]]*)\]/g;
    for (const m of printed.matchAll(re)) {
      if (m[1] !== undefined) p = p.child(m[1]);
      else p = /^\d+$/.test(m[2] ?? '') ? p.index(Number(m[2])) : p.key(m[2] ?? '');
    }
    return p;
  }

  /** `a.b` */
  child(name: string, ...more: string[]): Path {
    let p: Path = new Path(this, this.isEmpty() ? name : `.${name}`);
    for (const n of more) p = p.child(n);
    return p;
  }

  /** `a[0]` */
  index(i: number): Path {
    return new Path(this, `[${i}]`);
  }

  /** `a[key]` */
  key(k: string): Path {
    return new Path(this, `[${k}]`);
  }

  isEmpty(): boolean {
    return this.parent === undefined && this.segment === '';
  }

  toString(): string {
    return this.parent === undefined ? this.segment : this.parent.toString() + this.segment;
  }
}
