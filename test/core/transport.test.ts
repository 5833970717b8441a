// The transport comes from the step's inputs: variables an earlier step could set refuse the step.
import { decideTransport, parseTransportSettings } from '../../src/core/transport.js';

const NONE = { proxy: '', caCertificates: '' };
const BASE = { GITHUB_API_URL: 'https://api.github.com', GITHUB_SERVER_URL: 'https://github.com' };
const PEM = '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----';

describe('attack: transport set through the environment', () => {
  it.each(['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'ALL_PROXY', 'NODE_USE_ENV_PROXY'])('%s without the proxy input refuses the step, naming it', (name) => {
    const d = decideTransport(NONE, { ...BASE, [name]: 'http://proxy.evil:8080' });
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.problems.map((p) => p.variable)).toEqual([name]);
  });

  it.each(['NODE_EXTRA_CA_CERTS', 'NODE_USE_SYSTEM_CA', 'SSL_CERT_FILE', 'SSL_CERT_DIR'])('%s without the ca-certificates input refuses the step', (name) => {
    const d = decideTransport(NONE, { ...BASE, [name]: '/tmp/evil-ca.pem' });
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.problems[0]!.message).toContain(name);
  });

  it('NODE_TLS_REJECT_UNAUTHORIZED=0, code-loading NODE_OPTIONS and OpenSSL configuration refuse the step whatever the inputs', () => {
    for (const [name, value] of [['NODE_TLS_REJECT_UNAUTHORIZED', '0'], ['NODE_OPTIONS', '--require /tmp/x.js'], ['OPENSSL_CONF', '/tmp/o.cnf']] as const) {
      const d = decideTransport({ proxy: 'http://proxy.internal:3128', caCertificates: PEM }, { ...BASE, [name]: value });
      expect(d.ok).toBe(false);
    }
  });

  it('an API URL that is not the server\'s API refuses the step', () => {
    const d = decideTransport(NONE, { GITHUB_API_URL: 'https://api.evil.example', GITHUB_SERVER_URL: 'https://github.com' });
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.problems[0]!.variable).toBe('GITHUB_API_URL');
  });
});

describe('transport from inputs', () => {
  it('uses the proxy and CA inputs, and ignores (and lists) the variables they cover', () => {
    const d = decideTransport({ proxy: 'http://user:pa55word@proxy.internal:3128', caCertificates: PEM }, { ...BASE, HTTPS_PROXY: 'http://proxy.evil:8080', NODE_EXTRA_CA_CERTS: '/tmp/x.pem' });
    expect(d.ok).toBe(true);
    if (d.ok) {
      expect(d.settings).toEqual({ apiUrl: 'https://api.github.com', proxy: 'http://user:pa55word@proxy.internal:3128', ca: [PEM] });
      expect(d.ignored).toEqual(['HTTPS_PROXY', 'NODE_EXTRA_CA_CERTS']);
      expect(d.secrets).toContain('pa55word');
    }
  });

  it('refuses a proxy input that is not a proxy URL and a CA input that is not PEM', () => {
    const d = decideTransport({ proxy: 'socks5://proxy:1080/path', caCertificates: 'not a certificate' }, BASE);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.problems.map((p) => p.variable)).toEqual(['proxy', 'ca-certificates']);
  });

  it('harmless Node variables and memory options pass', () => {
    expect(decideTransport(NONE, { ...BASE, NODE_ENV: 'production', NODE_OPTIONS: '--max-old-space-size=4096' }).ok).toBe(true);
  });

  it('post reads back only a well-formed record of what main decided', () => {
    const settings = { apiUrl: 'https://api.github.com', proxy: null, ca: [PEM] };
    expect(parseTransportSettings(JSON.stringify(settings))).toEqual(settings);
    expect(parseTransportSettings('{"apiUrl":"https://api.github.com","proxy":null,"ca":["x"]}')).toBeNull();
    expect(parseTransportSettings('not json')).toBeNull();
  });
});
