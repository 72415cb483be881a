import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GuardProxy {
  port: number;
  /** Every request that reached the proxy, i.e. tried to leave the machine. */
  stray: string[];
  close(): Promise<void>;
}

/**
 * The network guard: Firefox is told to send every request for a host other than 127.0.0.1
 * and [::1] through this proxy, which answers none of them and writes each down. That covers
 * what no page-level request listener sees: the background page, content scripts' own
 * fetches, WebSockets (CONNECT) and prefetches. DNS is left to the proxy, so a name is not
 * even looked up.
 */
export async function startGuardProxy(): Promise<GuardProxy> {
  const stray: string[] = [];
  const server: Server = createServer((request, response) => {
    stray.push(`${request.method} ${request.url}`);
    response.writeHead(403).end();
  });
  server.on('connect', (request, socket) => {
    stray.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    stray,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
