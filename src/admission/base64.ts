/**
 * Base64 of JSON text without Node's Buffer (the core runs in browsers too).
 */

const CHUNK = 0x8000;

/**
 * Base64 (standard alphabet, padded) of the UTF-8 bytes of `JSON.stringify(value)`.
 * @param value - any JSON value
 */
export function encodeBase64Json(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}
