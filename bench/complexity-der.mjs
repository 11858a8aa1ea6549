// DER parsing cost at three input sizes (issue 15 item 1), through the built package: a caBundle
// certificate with a huge serial number, a CSR whose RSA modulus is huge, a CSR whose subject
// has one huge OBJECT IDENTIFIER, and a CSR with many requested extensions. Prints the time per
// call and the growth factor between sizes; nothing is asserted (linear growth: the factor
// follows the size ratio: 4x then 2x for the caBundle, 2x then 2x for the CSRs).
//   npm run build && node bench/complexity-der.mjs
// CMAPI_DIST=path/to/cmapi.js runs it against another build.
import { pathToFileURL } from 'node:url';

const dist = process.env.CMAPI_DIST ?? new URL('../dist/cmapi.js', import.meta.url).href;
const { validate } = await import(dist.startsWith('file:') ? dist : pathToFileURL(dist).href);

const len = (n) => {
  if (n < 0x80) return [n];
  const b = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) b.unshift(v & 0xff);
  return [0x80 | b.length, ...b];
};
const tlv = (tag, ...parts) => {
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([tag, ...len(body.length)]), body]);
};
const seq = (...p) => tlv(0x30, ...p);
const set = (...p) => tlv(0x31, ...p);
const hex = (h) => Buffer.from(h, 'hex');
const pem = (type, der) => `-----BEGIN ${type}-----\n${der.toString('base64').replace(/.{64}/g, '$&\n')}\n-----END ${type}-----\n`;
const b64 = (s) => Buffer.from(s).toString('base64');

const OID_CN = hex('0603550403');
const NAME = seq(set(seq(OID_CN, tlv(0x0c, Buffer.from('x')))));
const ED25519_SPKI = seq(seq(hex('06032b6570')), tlv(3, Buffer.alloc(33)));
const ED25519_ALG = seq(hex('06032b6570'));
const RSA_ALG = seq(hex('06092a864886f70d01010b'), hex('0500'));
const UTC = (s) => tlv(0x17, Buffer.from(s));

const certificate = (serialSize) => {
  const serial = Buffer.alloc(serialSize, 0xa5);
  serial[0] = 0x7f;
  const tbs = seq(
    tlv(0xa0, hex('020102')),
    tlv(2, serial),
    ED25519_ALG,
    NAME,
    seq(UTC('240101000000Z'), UTC('340101000000Z')),
    NAME,
    ED25519_SPKI,
  );
  return pem('CERTIFICATE', seq(tbs, ED25519_ALG, tlv(3, Buffer.alloc(65))));
};
const csr = ({ subject = NAME, spki = ED25519_SPKI, attributes = Buffer.alloc(0), alg = ED25519_ALG } = {}) =>
  pem('CERTIFICATE REQUEST', seq(seq(hex('020100'), subject, spki, tlv(0xa0, attributes)), alg, tlv(3, Buffer.alloc(65))));

const issuer = (caBundle) => ({
  apiVersion: 'cert-manager.io/v1',
  kind: 'Issuer',
  metadata: { name: 'i', namespace: 'default' },
  spec: {
    vault: {
      server: 'https://vault.example',
      path: 'pki/sign/x',
      auth: { tokenSecretRef: { name: 't', key: 'k' } },
      caBundle: b64(caBundle),
    },
  },
});
const request = (pemText) => ({
  apiVersion: 'cert-manager.io/v1',
  kind: 'CertificateRequest',
  metadata: { name: 'r', namespace: 'default' },
  spec: { request: b64(pemText), issuerRef: { name: 'i' } },
});

const cases = {
  'caBundle serial (octets)': (n) => issuer(certificate(n)),
  'CSR RSA modulus (octets)': (n) => {
    const modulus = Buffer.alloc(n, 0xb7);
    modulus[0] = 0x7f;
    const key = seq(tlv(2, modulus), hex('020301000'.padEnd(10, '1')));
    return request(csr({ spki: seq(seq(hex('06092a864886f70d010101'), hex('0500')), tlv(3, Buffer.from([0]), key)), alg: RSA_ALG }));
  },
  'CSR subject OID (arcs)': (n) =>
    request(csr({ subject: seq(set(seq(tlv(6, Buffer.concat([hex('55'), Buffer.alloc(n, 0x05)])), tlv(0x0c, Buffer.from('x'))))) })),
  'CSR extensions (count)': (n) => {
    const exts = Array.from({ length: n }, (_, j) => j + 16_384).map((i) =>
      seq(
        tlv(6, Buffer.from([0x2b, 0x06, 0x01, 0x04, 0x01, 0x82, 0x37, (i >> 14) | 0x80, ((i >> 7) & 0x7f) | 0x80, i & 0x7f])),
        tlv(4, Buffer.alloc(0)),
      ),
    );
    return request(csr({ attributes: seq(hex('06092a864886f70d01090e'), set(seq(...exts))) }));
  },
};
const SIZES = {
  'caBundle serial (octets)': [50_000, 200_000, 400_000],
  // a CSR's PEM is capped at 36,500 bytes (as cert-manager caps it), so ~27 KB of DER at most
  'CSR RSA modulus (octets)': [6_000, 12_000, 24_000],
  'CSR subject OID (arcs)': [6_000, 12_000, 24_000],
  'CSR extensions (count)': [400, 800, 1_600],
};

const time = (obj) => {
  validate(obj, { schema: false });
  const runs = 10;
  const t = performance.now();
  for (let i = 0; i < runs; i++) validate(obj, { schema: false });
  return (performance.now() - t) / runs;
};
for (const [name, make] of Object.entries(cases)) {
  const ms = SIZES[name].map((n) => time(make(n)));
  const growth = ms.slice(1).map((m, i) => (m / ms[i]).toFixed(1));
  console.log(`${name.padEnd(26)} ${SIZES[name].map((n, i) => `${n}: ${ms[i].toFixed(1)} ms`).join('  ')}  growth ${growth.join(', ')}`);
}
