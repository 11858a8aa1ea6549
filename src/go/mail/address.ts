// Go: net/mail (Go 1.26) — ParseAddress (addrParser, decodeRFC2047Word with mime.WordDecoder).
import { decodeStdBase64 } from '../encoding/base64.js';

/**
 * A port of the address grammar of Go's `net/mail.ParseAddress` (RFC 5322 mailbox: addr-spec,
 * `Name <addr-spec>`, comments, quoted strings, groups), as far as cert-manager's email check
 * needs it: whether the text parses, and the bare `local@domain` it parses to. RFC 2047 encoded
 * words in display names are not decoded (they cannot change the bare address), but a
 * well-formed word in a charset Go has no decoder for is an error, as in Go. Linear time.
 */

/** The outcome of {@link parseMailAddress}: the bare address, or a parse error. */
export type MailParse = { ok: true; address: string } | { ok: false; error: string };

class Fail {
  constructor(readonly error: string) {}
}

const SPECIALS = new Set(['(', ')', '<', '>', '[', ']', ':', ';', '@', '\\', ',', '"']);
const isVchar = (c: string): boolean => (c >= '!' && c <= '~') || c.codePointAt(0)! >= 0x80;
const isAtext = (c: string, dot: boolean): boolean => (c === '.' ? dot : !SPECIALS.has(c) && isVchar(c));
const isWsp = (c: string): boolean => c === ' ' || c === '\t';
const isQtext = (c: string): boolean => c !== '\\' && c !== '"' && isVchar(c);
const isDtext = (c: string): boolean => c !== '[' && c !== ']' && c !== '\\' && isVchar(c);

class AddrParser {
  private pos = 0;
  constructor(
    private readonly cs: readonly string[],
    private readonly isIp: (s: string) => boolean,
  ) {}

  private empty = (): boolean => this.pos >= this.cs.length;
  private peek = (): string | undefined => this.cs[this.pos];
  private consume(c: string): boolean {
    if (this.peek() !== c) return false;
    this.pos++;
    return true;
  }
  private skipSpace(): void {
    while (!this.empty() && isWsp(this.peek()!)) this.pos++;
  }
  private rest = (): string => this.cs.slice(this.pos).join('');

  /** Skips folding white space and comments; false on an unclosed comment. */
  private skipCFWS(): boolean {
    this.skipSpace();
    while (this.consume('(')) {
      if (!this.consumeComment()) return false;
      this.skipSpace();
    }
    return true;
  }

  /** After '(': skips to the matching ')'; false when unclosed. */
  private consumeComment(): boolean {
    let depth = 1;
    while (!this.empty() && depth > 0) {
      const c = this.peek();
      if (c === '\\' && this.pos + 1 < this.cs.length) this.pos++;
      else if (c === '(') depth++;
      else if (c === ')') depth--;
      this.pos++;
    }
    return depth === 0;
  }

  private consumeAtom(dot: boolean, permissive: boolean): string {
    const start = this.pos;
    while (!this.empty() && isAtext(this.peek()!, dot)) this.pos++;
    if (this.pos === start) throw new Fail('mail: invalid string');
    const atom = this.cs.slice(start, this.pos).join('');
    if (!permissive) {
      if (atom.startsWith('.')) throw new Fail('mail: leading dot in atom');
      if (atom.includes('..')) throw new Fail('mail: double dot in atom');
      if (atom.endsWith('.')) throw new Fail('mail: trailing dot in atom');
    }
    return atom;
  }

  private consumeQuotedString(): string {
    this.pos++; // the opening quote
    let out = '';
    let escaped = false;
    for (;;) {
      const c = this.peek();
      if (c === undefined) throw new Fail('mail: unclosed quoted-string');
      this.pos++;
      if (escaped) {
        if (!isVchar(c) && !isWsp(c)) throw new Fail(`mail: bad character in quoted-string: ${JSON.stringify(c)}`);
        out += c;
        escaped = false;
      } else if (isQtext(c) || isWsp(c)) out += c;
      else if (c === '"') return out;
      else if (c === '\\') escaped = true;
      else throw new Fail(`mail: bad character in quoted-string: ${JSON.stringify(c)}`);
    }
  }

  private consumeDomainLiteral(): string {
    this.pos++; // '['
    let dtext = '';
    for (;;) {
      const c = this.peek();
      if (c === undefined) throw new Fail('mail: unclosed domain-literal');
      if (c === ']') break;
      if (!isDtext(c)) throw new Fail(`mail: bad character in domain-literal: ${JSON.stringify(c)}`);
      dtext += c;
      this.pos++;
    }
    this.pos++; // ']'
    if (!this.isIp(dtext)) throw new Fail(`mail: invalid IP address in domain-literal: ${JSON.stringify(dtext)}`);
    return `[${dtext}]`;
  }

  /** addr-spec; on failure the position is restored. */
  private consumeAddrSpec(): string {
    const start = this.pos;
    try {
      this.skipSpace();
      if (this.empty()) throw new Fail('mail: no addr-spec');
      let local: string;
      if (this.peek() === '"') {
        local = this.consumeQuotedString();
        if (local === '') throw new Fail('mail: empty quoted-string in addr-spec');
      } else local = this.consumeAtom(true, false);
      if (!this.consume('@')) throw new Fail('mail: missing @ in addr-spec');
      this.skipSpace();
      if (this.empty()) throw new Fail('mail: no domain in addr-spec');
      const domain = this.peek() === '[' ? this.consumeDomainLiteral() : this.consumeAtom(true, false);
      return `${local}@${domain}`;
    } catch (e) {
      this.pos = start;
      throw e;
    }
  }

  private consumePhrase(): string {
    const words: string[] = [];
    let firstError: Fail | undefined;
    for (;;) {
      if (words.length > 0 && !this.skipCFWS()) throw new Fail('mail: misformatted parenthetical comment');
      this.skipSpace();
      if (this.empty()) break;
      try {
        if (this.peek() === '"') words.push(this.consumeQuotedString());
        else {
          const atom = this.consumeAtom(true, true);
          const charset = unhandledCharset(atom);
          if (charset !== undefined) throw new Fail(`mime: unhandled charset ${JSON.stringify(charset)}`);
          words.push(atom);
        }
      } catch (e) {
        if (!(e instanceof Fail)) throw e;
        firstError = e;
        break;
      }
    }
    if (words.length === 0 && firstError) throw new Fail(`mail: missing word in phrase: ${firstError.error}`);
    return words.join(' ');
  }

  private consumeGroupList(): string[] {
    const group: string[] = [];
    this.skipSpace();
    if (this.consume(';')) {
      if (!this.skipCFWS()) throw new Fail('mail: misformatted parenthetical comment');
      return group;
    }
    for (;;) {
      this.skipSpace();
      group.push(...this.parseAddress(false));
      if (!this.skipCFWS()) throw new Fail('mail: misformatted parenthetical comment');
      if (this.consume(';')) {
        if (!this.skipCFWS()) throw new Fail('mail: misformatted parenthetical comment');
        return group;
      }
      if (!this.consume(',')) throw new Fail('mail: expected comma');
    }
  }

  parseAddress(handleGroup: boolean): string[] {
    this.skipSpace();
    if (this.empty()) throw new Fail('mail: no address');
    // A bare addr-spec (possibly followed by a comment) is tried first, then name-addr.
    let spec: string | undefined;
    try {
      spec = this.consumeAddrSpec();
    } catch (e) {
      if (!(e instanceof Fail)) throw e;
    }
    if (spec !== undefined) {
      this.skipSpace();
      if (this.consume('(') && !this.consumeComment()) throw new Fail('mail: misformatted parenthetical comment');
      return [spec];
    }
    let displayName = '';
    if (this.peek() !== '<') displayName = this.consumePhrase();
    this.skipSpace();
    if (handleGroup && this.consume(':')) return this.consumeGroupList();
    if (!this.consume('<')) {
      const atext = Array.from(displayName).every((c) => isAtext(c, true));
      throw new Fail(atext ? "mail: missing '@' or angle-addr" : 'mail: no angle-addr');
    }
    const inner = this.consumeAddrSpec();
    if (!this.consume('>')) throw new Fail('mail: unclosed angle-addr');
    return [inner];
  }

  parseSingleAddress(): string {
    const addrs = this.parseAddress(true);
    if (!this.skipCFWS()) throw new Fail('mail: misformatted parenthetical comment');
    if (!this.empty()) throw new Fail(`mail: expected single address, got ${JSON.stringify(this.rest())}`);
    if (addrs.length === 0) throw new Fail('mail: empty group');
    if (addrs.length > 1) throw new Fail('mail: group with multiple addresses');
    return addrs[0]!;
  }
}

const utf8Length = (s: string): number => new TextEncoder().encode(s).length;
/** Go's strings.EqualFold against an ASCII name; U+017F (long s) folds to `s`. */
const equalFold = (s: string, ascii: string): boolean => s.replaceAll('\u017f', 's').toLowerCase() === ascii && s.length === ascii.length;

/** Go's mime qDecode succeeds on `s`. */
function validQ(s: string): boolean {
  const hex = (c: string | undefined) => c !== undefined && /^[0-9A-Fa-f]$/.test(c);
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '=') {
      if (i + 2 >= s.length || !hex(s[i + 1]) || !hex(s[i + 2])) return false;
      i += 2;
    } else if (!((c >= ' ' && c <= '~') || c === '\n' || c === '\r' || c === '\t')) return false;
  }
  return true;
}

/**
 * The charset of an RFC 2047 encoded word (`=?charset?q?text?=`) that Go's mime.WordDecoder
 * decodes up to the charset conversion and then rejects (no CharsetReader: only UTF-8,
 * ISO-8859-1 and US-ASCII are known); undefined for anything else.
 */
function unhandledCharset(word: string): string | undefined {
  if (utf8Length(word) < 8 || !word.startsWith('=?') || !word.endsWith('?=') || word.split('?').length !== 5) return undefined;
  const [charset = '', encoding = '', text = ''] = word.slice(2, -2).split('?');
  if (charset === '' || encoding.length !== 1) return undefined;
  if (encoding === 'B' || encoding === 'b') {
    if (decodeStdBase64(text) === undefined) return undefined;
  } else if (encoding === 'Q' || encoding === 'q') {
    if (!validQ(text)) return undefined;
  } else return undefined;
  if (equalFold(charset, 'utf-8') || equalFold(charset, 'iso-8859-1') || equalFold(charset, 'us-ascii')) return undefined;
  return charset;
}

/**
 * Parses one RFC 5322 address the way Go's `net/mail.ParseAddress` does and returns the bare
 * `local@domain` it contains (quotes of a quoted local part removed, display name and comments
 * dropped), or the parser's error text.
 * @param s - the text to parse
 * @param isIp - the IP parser used for domain literals (`user@[192.0.2.1]`)
 */
export function parseMailAddress(s: string, isIp: (s: string) => boolean): MailParse {
  try {
    return { ok: true, address: new AddrParser(Array.from(s), isIp).parseSingleAddress() };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, error: e.error };
    throw e;
  }
}
