// How request-capability reaches the GitHub API: the transport comes from the step's inputs, never from
// variables an earlier step could have set (GITHUB_ENV writes any name). The process environment is
// checked against an allow-list: a variable that would route, trust or load anything (proxies, CA
// files, TLS switches, Node options, OpenSSL configuration) refuses the step before any request, unless
// an explicit input covers it (then the input is used and the variable ignored). Pure: no I/O.

export interface TransportInputs {
  /** The `proxy` input: an http(s) URL, or empty (connect directly). */
  proxy: string;
  /** The `ca-certificates` input: PEM certificates to trust besides Node's bundled roots, or empty. */
  caCertificates: string;
}

/** What main records for post: the transport every client of the step uses. */
export interface TransportSettings {
  apiUrl: string;
  proxy: string | null;
  /** Extra trusted certificates (PEM blocks); Node's bundled roots are always trusted. */
  ca: string[];
}

export interface TransportProblem {
  variable: string;
  message: string;
  fix: string;
}

export type TransportDecision = { ok: true; settings: TransportSettings; ignored: string[]; secrets: string[] } | { ok: false; problems: TransportProblem[] };

type Env = Readonly<Record<string, string | undefined>>;

const PROXY_FIX = 'name the proxy in the `proxy` input of this step (a literal or a repository variable, never ${{ env.* }}, which an earlier step can set), or remove the variable';
const CA_FIX = 'pass the certificate in the `ca-certificates` input of this step (PEM, e.g. from a repository variable), or remove the variable';
const NEVER_FIX = 'remove it from the job (an earlier step may have written it to GITHUB_ENV); no input can allow it';

/** Node.js variables known not to change this process's network, trust or code. */
const HARMLESS_NODE = new Set(['NODE_ENV', 'NODE_AUTH_TOKEN', 'NODE_NO_WARNINGS', 'NODE_PENDING_DEPRECATION', 'NODE_DISABLE_COLORS', 'NODE_VERSION', 'NODE_PATH']);
/** NODE_OPTIONS flags that change memory limits or warnings only (anything else may load code or change TLS). */
const HARMLESS_NODE_OPTION = /^--(?:max-old-space-size|max-semi-space-size)=\d{1,7}$|^--(?:no-warnings|enable-source-maps|trace-warnings|no-deprecation|trace-deprecation)$|^--disable-warning=[A-Za-z0-9_-]{1,60}$|^--unhandled-rejections=(?:strict|throw|warn|none|warn-with-error-code)$/;
/** Proxy variables (any case): honoured by curl, @actions/http-client, undici's EnvHttpProxyAgent, Node 24's fetch. */
const PROXY_VARIABLE = /^(?:https?_proxy|all_proxy|node_use_env_proxy)$/i;
/** Certificate stores that would add trust (NODE_USE_SYSTEM_CA and --use-openssl-ca read the SSL_CERT ones). */
const CA_VARIABLE = /^(?:NODE_EXTRA_CA_CERTS|NODE_USE_SYSTEM_CA|SSL_CERT_FILE|SSL_CERT_DIR)$/;

/** The problem a variable of the process environment makes, or null when it changes nothing of the transport. */
function variableProblem(name: string, value: string, inputs: { proxy: boolean; ca: boolean }): TransportProblem | null {
  if (value === '') return null;
  if (PROXY_VARIABLE.test(name)) {
    return inputs.proxy ? null : { variable: name, message: `${name} is set in the environment: a proxy named there would see the App's JWT and the minted token`, fix: PROXY_FIX };
  }
  if (CA_VARIABLE.test(name)) {
    return inputs.ca ? null : { variable: name, message: `${name} is set in the environment: a certificate named there would let whoever holds its key answer for the GitHub API`, fix: CA_FIX };
  }
  if (name === 'NODE_TLS_REJECT_UNAUTHORIZED') {
    return value === '1' ? null : { variable: name, message: `${name}=${JSON.stringify(value.slice(0, 20))} is set in the environment: TLS certificates would not be verified, and the App's JWT and the token would go to whoever answers`, fix: NEVER_FIX };
  }
  if (name === 'NODE_OPTIONS') {
    const bad = value.split(/\s+/).filter((flag) => flag !== '' && !HARMLESS_NODE_OPTION.test(flag));
    return bad.length === 0 ? null : { variable: name, message: `NODE_OPTIONS carries ${bad.slice(0, 3).map((b) => JSON.stringify(b.slice(0, 60))).join(', ')}: options beyond memory limits and warnings can load code into this step or change how it trusts TLS`, fix: NEVER_FIX };
  }
  if (/^NODE_/.test(name)) {
    return HARMLESS_NODE.has(name) ? null : { variable: name, message: `${name} is set in the environment and is not one of the Node.js variables known not to change this step's network, trust or code`, fix: NEVER_FIX };
  }
  if (/^(?:OPENSSL_|SSL)/i.test(name)) {
    return { variable: name, message: `${name} is set in the environment: OpenSSL configuration can load modules into this step, change the trusted certificates or write TLS keys`, fix: NEVER_FIX };
  }
  return null;
}

/**
 * The API URL: GITHUB_API_URL (the runner sets it for every step; GITHUB_ENV cannot replace default
 * variables), which must be the API of GITHUB_SERVER_URL when that is set: api.github.com for
 * github.com, api.SUB.ghe.com for SUB.ghe.com, SERVER/api/v3 for GitHub Enterprise Server. A loopback
 * API (tests) only with a loopback or absent server URL.
 */
export function checkApiUrl(env: Env): { ok: true; apiUrl: string } | { ok: false; problem: TransportProblem } {
  const raw = (env.GITHUB_API_URL ?? '').trim().replace(/\/+$/, '') || 'https://api.github.com';
  const server = (env.GITHUB_SERVER_URL ?? '').trim().replace(/\/+$/, '');
  const bad = (message: string): { ok: false; problem: TransportProblem } => ({
    ok: false,
    problem: { variable: 'GITHUB_API_URL', message, fix: 'run on a runner whose GITHUB_API_URL is the API of its GITHUB_SERVER_URL (a self-hosted runner\'s environment may set either)' },
  });
  let api: URL;
  try {
    api = new URL(raw);
  } catch {
    return bad(`GITHUB_API_URL ${JSON.stringify(raw.slice(0, 100))} is not a URL`);
  }
  const loopback = (u: URL) => ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
  if (server === '') return { ok: true, apiUrl: raw };
  let srv: URL;
  try {
    srv = new URL(server);
  } catch {
    return bad(`GITHUB_SERVER_URL ${JSON.stringify(server.slice(0, 100))} is not a URL, so GITHUB_API_URL cannot be checked against it`);
  }
  const expected =
    srv.origin === 'https://github.com'
      ? ['https://api.github.com']
      : /\.ghe\.com$/i.test(srv.hostname)
        ? [`https://api.${srv.hostname}`]
        : loopback(srv)
          ? [raw]
          : [`${srv.origin}/api/v3`];
  if (!expected.includes(raw) || (loopback(api) && !loopback(srv))) {
    return bad(`GITHUB_API_URL ${JSON.stringify(raw.slice(0, 100))} is not the API of GITHUB_SERVER_URL ${JSON.stringify(srv.origin.slice(0, 100))} (expected ${expected[0]}): the App's JWT and the token would go elsewhere`);
  }
  return { ok: true, apiUrl: raw };
}

/** The variables of `env` that would change the transport, were they honoured (for post: to say they are ignored). */
/** The proxy variables `env` sets (non-empty): what HTTP clients that read the environment route through. */
export function proxyVariables(env: Env): string[] {
  return Object.keys(env)
    .sort()
    .filter((name) => PROXY_VARIABLE.test(name) && (env[name] ?? '').trim() !== '');
}

export function transportVariables(env: Env): string[] {
  return Object.keys(env)
    .sort()
    .filter((name) => variableProblem(name, env[name] ?? '', { proxy: false, ca: false }) !== null);
}

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

/** The transport for this step from its inputs, or the problems the environment makes (each names its variable). */
export function decideTransport(inputs: TransportInputs, env: Env): TransportDecision {
  const problems: TransportProblem[] = [];
  const ignored: string[] = [];
  const secrets: string[] = [];
  const proxyInput = inputs.proxy.trim();
  const caInput = inputs.caCertificates.trim();
  let proxy: string | null = null;
  if (proxyInput !== '') {
    let url: URL | null = null;
    try {
      url = new URL(proxyInput);
    } catch {
      // reported below
    }
    if (url === null || !['http:', 'https:'].includes(url.protocol) || url.pathname.replace(/\/$/, '') !== '' || url.search || url.hash) {
      problems.push({ variable: 'proxy', message: 'the proxy input is not an http(s) URL of a proxy (scheme, host and port only)', fix: 'e.g. proxy: http://proxy.internal:3128' });
    } else {
      if (url.password) secrets.push(url.password, decodeURIComponent(url.password));
      proxy = url.href.replace(/\/$/, '');
    }
  }
  const ca = caInput === '' ? [] : (caInput.replace(/\r\n?/g, '\n').match(PEM_BLOCK) ?? []);
  if (caInput !== '' && (ca.length === 0 || caInput.replace(/\r\n?/g, '\n').replace(PEM_BLOCK, '').trim() !== '')) {
    problems.push({ variable: 'ca-certificates', message: 'the ca-certificates input is not a list of PEM certificates (-----BEGIN CERTIFICATE----- blocks, nothing else)', fix: 'paste the CA certificate(s) in PEM form' });
  }
  for (const name of Object.keys(env).sort()) {
    const value = env[name] ?? '';
    const problem = variableProblem(name, value, { proxy: proxyInput !== '', ca: caInput !== '' });
    if (problem) problems.push(problem);
    else if (value !== '' && (PROXY_VARIABLE.test(name) || CA_VARIABLE.test(name))) ignored.push(name);
  }
  const api = checkApiUrl(env);
  if (!api.ok) problems.push(api.problem);
  if (problems.length > 0 || !api.ok) return { ok: false, problems };
  return { ok: true, settings: { apiUrl: api.apiUrl, proxy, ca }, ignored, secrets };
}

/** Settings main recorded in the state, read back by post; null when the text is not such a record. */
export function parseTransportSettings(text: string): TransportSettings | null {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  const o = v as Partial<TransportSettings> | null;
  if (!o || typeof o.apiUrl !== 'string' || !(o.proxy === null || typeof o.proxy === 'string') || !Array.isArray(o.ca) || !o.ca.every((c) => typeof c === 'string' && /^-----BEGIN CERTIFICATE-----[\s\S]*-----END CERTIFICATE-----$/.test(c))) return null;
  return { apiUrl: o.apiUrl, proxy: o.proxy, ca: [...o.ca] };
}
