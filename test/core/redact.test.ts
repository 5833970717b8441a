// The one redactor: every form a held secret leaks in, and anything shaped like a GitHub credential.
import { Redactor, redactCredentialShapes, secretForms } from '../../src/core/redact.js';

const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';
// The stateless installation-token format: about 520 characters, with dots.
const STATELESS = `ghs_${'A1b2C3d4'.repeat(20)}.${'e5F6g7H8'.repeat(20)}.${'iJ9kL0'.repeat(20)}`;

describe('Redactor: a secret the job holds', () => {
  const r = new Redactor();
  r.addSecret(TOKEN);
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  it.each([
    ['raw', TOKEN],
    ['base64', b64(TOKEN)],
    ['base64url', Buffer.from(TOKEN).toString('base64url')],
    ['base64 of x-access-token basic auth', b64(`x-access-token:${TOKEN}`)],
    ['double base64', b64(b64(TOKEN))],
    ['URL-encoded', encodeURIComponent(TOKEN)],
  ])('removes the %s form', (_form, leaked) => {
    const out = r.redact(`before ${leaked} after`);
    expect(out).toBe('before *** after');
    for (const f of secretForms(TOKEN)) expect(out).not.toContain(f);
  });

  it('removes a PEM key whole, and each of its lines when printed alone', () => {
    const key = `-----BEGIN RSA PRIVATE KEY-----\n${'MIIEowIBAAKCAQEAx7'.repeat(3)}\n${'q9Zk3LmN0pQrStUvWx'.repeat(3)}\n-----END RSA PRIVATE KEY-----`;
    const k = new Redactor();
    k.addSecret(key);
    expect(k.redact(`key: ${key}`)).toBe('key: ***');
    expect(k.redact(`line: ${'q9Zk3LmN0pQrStUvWx'.repeat(3)}`)).toBe('line: ***');
  });

  it('keeps a JSON document JSON: the JSON-escaped form is removed inside a string', () => {
    const doc = JSON.stringify({ error: `Authorization: token ${TOKEN}`, ok: true });
    const out = r.redact(doc);
    expect(JSON.parse(out)).toEqual({ error: 'Authorization: token ***', ok: true });
  });

  it('ignores values too short to be secrets (they would redact ordinary words)', () => {
    const s = new Redactor();
    s.addSecret('abc');
    expect(s.redact('abc def')).toBe('abc def');
  });
});

describe('redactCredentialShapes: credentials nobody told it about', () => {
  it.each([
    ['a classic token', 'ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789'],
    ['an installation token', TOKEN],
    ['a stateless installation token (~520 characters, dots)', STATELESS],
    ['a fine-grained PAT', 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz'],
    ['a JWT', 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiIxMjMifQ.c2lnbmF0dXJl'],
  ])('removes %s', (_what, credential) => {
    const out = redactCredentialShapes(`error: ${credential} was refused`);
    expect(out).toBe('error: *** was refused');
  });

  it('removes basic auth in a URL and an x-access-token pair, keeping what names them', () => {
    expect(redactCredentialShapes('fetch https://x-access-token:s3cr3tValue99@github.com/acme/api')).toBe('fetch https://***@github.com/acme/api');
    expect(redactCredentialShapes('x-access-token:s3cr3tValue99')).toBe('x-access-token:***');
  });

  it('leaves ordinary text alone', () => {
    const text = 'guard-diff: allow (low tier): docs/guide.md changed; token requested for contents: write';
    expect(redactCredentialShapes(text)).toBe(text);
  });
});
