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

  /**
   * A display name. As in Go, encoded words are decoded into a pending run that becomes a word
   * only when it is not empty, and `words` counts only what Go's `words` holds: a phrase of
   * nothing but empty encoded words is missing its word, and comments are skipped only once a
   * word is held.
   */
  private consumePhrase(): string {
    const words: string[] = [];
    let pending = '';
    let firstError: Fail | undefined;
    for (;;) {
      if (words.length > 0 && !this.skipCFWS()) throw new Fail('mail: misformatted parenthetical comment');
      this.skipSpace();
      if (this.empty()) break;
      try {
        let word: string;
        let decoded: string | undefined;
        if (this.peek() === '"') word = this.consumeQuotedString();
        else {
          word = this.consumeAtom(true, true);
          const encoded = encodedWord(word);
          if (encoded.kind === 'unhandled-charset') throw new Fail(`mime: unhandled charset ${JSON.stringify(encoded.charset)}`);
          if (encoded.kind === 'decoded') decoded = encoded.text;
        }
        if (decoded !== undefined) pending += decoded;
        else {
          if (pending !== '') words.push(pending);
          pending = '';
          words.push(word);
        }
      } catch (e) {
        if (!(e instanceof Fail)) throw e;
        firstError = e;
        break;
      }
    }
    if (pending !== '') words.push(pending);
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

/** What Go's mime.WordDecoder makes of an atom of a display name. */
type EncodedWord = { kind: 'not-encoded' } | { kind: 'unhandled-charset'; charset: string } | { kind: 'decoded'; text: string };

/**
 * An RFC 2047 encoded word (`=?charset?q?text?=`) as Go's mime.WordDecoder reads it: not one
 * (kept as written), one in a charset Go has no decoder for (no CharsetReader: only UTF-8,
 * ISO-8859-1 and US-ASCII are known; an error), or decoded. The decoded text is only tested for
 * emptiness, so its bytes need not be exact.
 */
function encodedWord(word: string): EncodedWord {
  const not: EncodedWord = { kind: 'not-encoded' };
  if (utf8Length(word) < 8 || !word.startsWith('=?') || !word.endsWith('?=') || word.split('?').length !== 5) return not;
  const [charset = '', encoding = '', text = ''] = word.slice(2, -2).split('?');
  if (charset === '' || encoding.length !== 1) return not;
  let length: number;
  if (encoding === 'B' || encoding === 'b') {
    const bytes = decodeStdBase64(text);
    if (bytes === undefined) return not;
    length = bytes.length;
  } else if (encoding === 'Q' || encoding === 'q') {
    if (!validQ(text)) return not;
    length = text.length;
  } else return not;
  if (equalFold(charset, 'utf-8') || equalFold(charset, 'iso-8859-1') || equalFold(charset, 'us-ascii'))
    return { kind: 'decoded', text: 'x'.repeat(Math.min(length, 1)) };
  return { kind: 'unhandled-charset', charset };
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
