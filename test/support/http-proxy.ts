// A real HTTP proxy on loopback (node:http): CONNECT tunnels (what undici's ProxyAgent opens, for http
// and https targets alike) and absolute-URI requests (a plain forward proxy), both recorded with the
// Proxy-Authorization header they carried. With `credentials` it answers 407 to anything else, as an
// authenticating corporate proxy does. `close()` also ends open tunnels, so a test can kill it between
// a main and a post step ("a dead proxy").

import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface ProxyRecord {
  /** CONNECT (a tunnel) or the method of a forwarded request. */
  method: string;
  /** host:port of a tunnel, or the absolute URL of a forwarded request. */
  target: string;
  /** The Proxy-Authorization header as sent, or null. */
  authorization: string | null;
  /** False when the proxy refused it (407). */
  allowed: boolean;
}

export interface HttpProxy {
  /** http://127.0.0.1:PORT (no credentials). */
  url: string;
  /** http://USER:PASSWORD@127.0.0.1:PORT when started with credentials, else `url`. */
  urlWithCredentials: string;
  port: number;
  records: ProxyRecord[];
  close(): Promise<void>;
}

export interface HttpProxyOptions {
  /** Require Basic credentials; everything without them is answered 407. */
  credentials?: { user: string; password: string };
  /**
   * Where a tunnel to `host:port` really goes (default: there). A test names an API URL nothing listens
   * on and routes it here to the server: only a connection through this proxy can reach it.
   */
  route?: Record<string, string>;
}

export async function startHttpProxy(opts: HttpProxyOptions = {}): Promise<HttpProxy> {
  const records: ProxyRecord[] = [];
  const sockets = new Set<Socket>();
  const expected = opts.credentials ? `Basic ${Buffer.from(`${opts.credentials.user}:${opts.credentials.password}`).toString('base64')}` : null;
  const record = (req: IncomingMessage, target: string): boolean => {
    const authorization = typeof req.headers['proxy-authorization'] === 'string' ? req.headers['proxy-authorization'] : null;
    const allowed = expected === null || authorization === expected;
    records.push({ method: req.method ?? '', target, authorization, allowed });
    return allowed;
  };
  const server: Server = createServer((req, res) => {
    // A forward-proxy request names the absolute URL.
    const target = req.url ?? '';
    if (!record(req, target)) return void res.writeHead(407, { 'proxy-authenticate': 'Basic realm="test"' }).end();
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      return void res.writeHead(400).end('not a proxy request');
    }
    const headers: Record<string, string | string[] | undefined> = { ...req.headers, host: url.host };
    delete headers['proxy-authorization'];
    delete headers['proxy-connection'];
    const upstream = httpRequest({ host: url.hostname, port: url.port, method: req.method, path: `${url.pathname}${url.search}`, headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    const target = req.url ?? '';
    if (!record(req, target)) return void client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\nContent-Length: 0\r\n\r\n');
    const m = /^(.+):(\d{1,5})$/.exec(opts.route?.[target] ?? target);
    if (!m) return void client.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n');
    const upstream = connect(Number(m[2]), m[1]!.replace(/^\[|\]$/g, ''), () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  const c = opts.credentials;
  return {
    url,
    urlWithCredentials: c ? `http://${encodeURIComponent(c.user)}:${encodeURIComponent(c.password)}@127.0.0.1:${port}` : url,
    port,
    records,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
