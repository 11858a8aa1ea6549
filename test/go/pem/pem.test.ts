import { describe, expect, test } from 'vitest';
import { decodePem, decodePemRest, decodeStdBase64 } from '../../../src/go/pem/pem.js';

const block = (type: string, body = 'AAEC') => `-----BEGIN ${type}-----\n${body}\n-----END ${type}-----\n`;

describe('decodeStdBase64 (Go base64.StdEncoding)', () => {
  test('decodes padded base64 and skips CR/LF', () => {
    expect([...(decodeStdBase64('AAEC\r\nAw==') ?? [])]).toEqual([0, 1, 2, 3]);
    expect(decodeStdBase64('')).toEqual(new Uint8Array());
  });
  test('rejects missing padding, spaces and other alphabets', () => {
    for (const bad of ['AAE', 'AA E', 'AA-_', 'A===', '====']) expect(decodeStdBase64(bad)).toBeUndefined();
  });
});

describe('decodePem (Go encoding/pem.Decode)', () => {
  test('finds the first well-formed block after leading text; the label is not checked', () => {
    const b = decodePem(`hello\n${block('FOO')}${block('BAR')}`);
    expect(b?.type).toBe('FOO');
    expect([...(b?.bytes ?? [])]).toEqual([0, 1, 2]);
  });
  test('BEGIN must start a line', () => {
    expect(decodePem(`x${block('FOO')}`)).toBeUndefined();
  });
  test('mismatched END labels and bad base64 are skipped over to a later good block', () => {
    const text = `-----BEGIN A-----\nAAEC\n-----END B-----\n${block('C', '!!!!')}${block('D')}`;
    expect(decodePem(text)?.type).toBe('D');
  });
  test('headers are read; an empty block is allowed', () => {
    const b = decodePem('-----BEGIN X-----\nProc-Type: 4,ENCRYPTED\n\nAAEC\n-----END X-----\n');
    expect(b?.headers).toEqual({ 'Proc-Type': '4,ENCRYPTED' });
    expect(decodePem('-----BEGIN X-----\n-----END X-----\n')?.bytes.length).toBe(0);
  });
  test('the END line may only be followed by spaces/tabs; the rest after a block is returned', () => {
    expect(decodePem('-----BEGIN X-----\nAAEC\n-----END X----- junk\n')).toBeUndefined();
    expect(decodePemRest(`${block('A')}tail`)?.rest).toBe('tail');
  });
});
