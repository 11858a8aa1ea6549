// Go: encoding/pem (Go 1.26) — Decode (getLine, removeSpacesAndTabs).
/**
 * PEM blocks as Go's `encoding/pem.Decode` finds them, and `decodeStdBase64` (Go's
 * `base64.StdEncoding`, re-exported for the callers that decode `[]byte` JSON fields).
 */
import { decodeStdBase64 } from '../encoding/base64.js';

export { decodeStdBase64 };

/** One decoded PEM block. */
export interface PemBlock {
  readonly type: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly bytes: Uint8Array;
}

/** Bytes → a string of Latin-1 code units (one char per byte), for byte-exact text scanning. */
export function bytesToBinary(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

/** Go's pem getLine: the line without its EOL and trailing spaces/tabs, the rest, and how much was consumed. */
function getLine(data: string): [string, string, number] {
  const nl = data.indexOf('\n');
  if (nl < 0) return [trimRightSpaceTab(data), '', data.length];
  const end = nl > 0 && data[nl - 1] === '\r' ? nl - 1 : nl;
  return [trimRightSpaceTab(data.slice(0, end)), data.slice(nl + 1), nl + 1];
}

function trimRightSpaceTab(s: string): string {
  let e = s.length;
  while (e > 0 && (s[e - 1] === ' ' || s[e - 1] === '\t')) e--;
  return s.slice(0, e);
}

const BEGIN = '\n-----BEGIN ';
const END = '\n-----END ';
const DASHES = '-----';

/**
 * The first PEM block in `data`, found exactly as Go's `pem.Decode` finds it: text before
 * `-----BEGIN` is skipped, malformed candidates are passed over, data after the block ignored.
 * @param data - raw bytes (each byte one char) or text
 * @returns the block, or undefined when there is none
 */
export function decodePem(data: Uint8Array | string): PemBlock | undefined {
  return decodePemRest(typeof data === 'string' ? data : bytesToBinary(data))?.block;
}

/**
 * Like {@link decodePem}, on text of one char per byte, also returning the text after the block
 * (Go's `rest`), so that callers can read a bundle block by block.
 */
export function decodePemRest(data: string): { block: PemBlock; rest: string } | undefined {
  // Go >= 1.24.8 / 1.25.2: find the first END marker, then the last BEGIN before it (linear time).
  let rest = data;
  let endTrailerIndex = 0;
  for (;;) {
    if (endTrailerIndex < 0 || endTrailerIndex > rest.length) return undefined;
    rest = rest.slice(endTrailerIndex);
    let endIndex = rest.indexOf(END);
    if (endIndex < 0) return undefined;
    endTrailerIndex = endIndex + END.length;
    const beginIndex = rest.slice(0, endIndex).lastIndexOf(BEGIN.slice(1));
    if (beginIndex < 0 || (beginIndex > 0 && rest[beginIndex - 1] !== '\n')) continue;
    const skip = beginIndex + BEGIN.length - 1;
    rest = rest.slice(skip);
    endIndex -= skip;
    endTrailerIndex -= skip;
    const [typeLine, afterType, consumed] = getLine(rest);
    rest = afterType;
    endIndex -= consumed;
    endTrailerIndex -= consumed;
    if (!typeLine.endsWith(DASHES)) continue;
    const type = typeLine.slice(0, -DASHES.length);
    const headers: Record<string, string> = {};
    let headerCount = 0;
    let truncated = false;
    for (;;) {
      if (rest.length === 0) {
        truncated = true;
        break;
      }
      const [line, next, used] = getLine(rest);
      const colon = line.indexOf(':');
      if (colon < 0) break;
      headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
      headerCount++;
      rest = next;
      endIndex -= used;
      endTrailerIndex -= used;
    }
    if (truncated) return undefined;
    if (headerCount > 0 && endIndex < 0) continue;
    let endTrailer = rest.slice(endTrailerIndex);
    const endTrailerLen = type.length + DASHES.length;
    if (endTrailer.length < endTrailerLen) continue;
    const restOfEndLine = endTrailer.slice(endTrailerLen);
    endTrailer = endTrailer.slice(0, endTrailerLen);
    if (!endTrailer.startsWith(type) || !endTrailer.endsWith(DASHES)) continue;
    if (getLine(restOfEndLine)[0].length !== 0) continue;
    let bytes: Uint8Array = new Uint8Array();
    if (endIndex > 0) {
      const decoded = decodeStdBase64(rest.slice(0, endIndex).replace(/[ \t]/g, ''));
      if (decoded === undefined) continue;
      bytes = decoded;
    }
    return { block: { type, headers, bytes }, rest: getLine(rest.slice(endIndex + END.length - 1))[1] };
  }
}
