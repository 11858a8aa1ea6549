import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/cli/source/documents.js';
import { pathSegments } from '../../src/cli/source/locate.js';
import { lintJson } from './harness.js';

const text = `apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: web
  annotations:
    cert-manager.io/issue-temporary-certificate: "true"
    example.com/a.b: x
spec:
  secretName: web-tls
  otherNames:
    - oid: 1.2.3
  dnsNames:
  - a.example.com
  - b.example.com
  secretTemplate:
    labels: {team: web}
`;

describe('locating a printed field path in the text', () => {
  const [doc] = parseDocuments(text);
  const at = (path: string) => {
    const p = doc?.locate(path);
    return p && [p.line, p.column];
  };

  test('keys, list items and nested keys', () => {
    expect(at('spec.secretName')).toEqual([9, 3]);
    expect(at('spec.dnsNames[1]')).toEqual([14, 5]);
    expect(at('spec.otherNames[0].oid')).toEqual([11, 7]);
    expect(at('')).toEqual([1, 1]);
  });

  test('a missing field is reported at its closest present parent', () => {
    expect(at('spec.issuerRef.name')).toEqual([8, 1]);
    expect(at('spec.dnsNames[5]')).toEqual([12, 3]);
    expect(at('spec.secretTemplate.labels.nope')).toEqual([16, 5]);
  });

  test('annotation keys with dots and slashes, printed as dotted children', () => {
    expect(at('metadata.annotations.cert-manager.io/issue-temporary-certificate')).toEqual([6, 5]);
    expect(at('metadata.annotations.example.com/a.b')).toEqual([7, 5]);
  });

  test('CERT-OTHERNAMES-GATE: upstream prints spec.OtherNames (capital O); it still points at otherNames', async () => {
    expect(at('spec.OtherNames')).toEqual([10, 3]);
    const stdin = text.replace('  secretTemplate:\n    labels: {team: web}\n', '  issuerRef: {name: ca}\n');
    const { report } = await lintJson(['--feature-gates', 'OtherNames=false', '-'], { stdin });
    expect(report.findings.map((f) => [f.field, f.line, f.column])).toEqual([['spec.OtherNames', 10, 3]]);
  });

  test('path segments: dotted names and bracketed indices or keys', () => {
    expect(pathSegments('spec.dnsNames[0]')).toEqual(['spec', 'dnsNames', '0']);
    expect(pathSegments('items[2].spec.labels[a.b/c]')).toEqual(['items', '2', 'spec', 'labels', 'a.b/c']);
    expect(pathSegments('')).toEqual([]);
  });
});
