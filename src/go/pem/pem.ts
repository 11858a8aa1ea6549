/**
 * Byte decoding as Go does it: `[]byte` JSON fields (standard base64) and PEM blocks
 * (Go's `encoding/pem.Decode`). Browser-safe: atob and Uint8Array only.
 */

/** One decoded PEM block. */
export interface PemBlock {
  readonly type: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly bytes: Uint8Array;
}

const B64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Decodes standard padded base64 as Go's `base64.StdEncoding` does (CR and LF are skipped;
 * anything else outside the alphabet, or missing padding, is an error).
 * @returns the bytes, or undefined when `s` is not valid base64
 */
export function decodeStdBase64(s: string): Uint8Array | undefined {
  const clean = s.replace(/[\r\n]/g, '');
  if (clean.length % 4 !== 0 || !B64.test(clean)) return undefined;
  let bin: string;
  try {
    bin = atob(clean);
  } catch {
    return undefined;
  }
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Bytes → a string of Latin-1 code units (one char per byte), for byte-exact text scanning. */
export function bytesToBinary(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

/** Go's pem getLine: the line without its EOL and trailing spaces/tabs, and the rest. */
function getLine(data: string): [string, string] {
  const nl = data.indexOf('\n');
  if (nl < 0) return [trimRightSpaceTab(data), ''];
  const end = nl > 0 && data[nl - 1] === '\r' ? nl - 1 : nl;
  return [trimRightSpaceTab(data.slice(0, end)), data.slice(nl + 1)];
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
  let rest = data;
  for (;;) {
    if (rest.startsWith(BEGIN.slice(1))) rest = rest.slice(BEGIN.length - 1);
    else {
      const at = rest.indexOf(BEGIN);
      if (at < 0) return undefined;
      rest = rest.slice(at + BEGIN.length);
    }
    let typeLine: string;
    [typeLine, rest] = getLine(rest);
    if (!typeLine.endsWith(DASHES)) continue;
    const type = typeLine.slice(0, -DASHES.length);
    const headers: Record<string, string> = {};
    let headerCount = 0;
    for (;;) {
      if (rest.length === 0) return undefined;
      const [line, next] = getLine(rest);
      const colon = line.indexOf(':');
      if (colon < 0) break;
      headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
      headerCount++;
      rest = next;
    }
    let endIndex: number;
    let trailerIndex: number;
    if (headerCount === 0 && rest.startsWith(END.slice(1))) {
      endIndex = 0;
      trailerIndex = END.length - 1;
    } else {
      endIndex = rest.indexOf(END);
      trailerIndex = endIndex + END.length;
    }
    if (endIndex < 0) continue;
    const trailerLen = type.length + DASHES.length;
    const trailer = rest.slice(trailerIndex, trailerIndex + trailerLen);
    if (trailer.length < trailerLen || !trailer.startsWith(type) || !trailer.endsWith(DASHES)) continue;
    if (getLine(rest.slice(trailerIndex + trailerLen))[0].length !== 0) continue;
    const bytes = decodeStdBase64(rest.slice(0, endIndex).replace(/[ \t]/g, ''));
    if (bytes === undefined) continue;
    return { block: { type, headers, bytes }, rest: getLine(rest.slice(endIndex + END.length - 1))[1] };
  }
}
