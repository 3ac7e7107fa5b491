/**
 * A TCP relay in front of the test server: the browser visits the relay's origin, and
 * `cut()` takes the network away the hard way (open connections dropped, new ones
 * refused), the same in every engine, since neither WebKitGTK's WebDriver nor
 * Firefox's WebDriver BiDi (as puppeteer drives it) has an offline switch.
 * `navigator.onLine` stays true: the page is not told, it only fails to connect.
 */
import { createConnection, createServer, type Server, type Socket } from 'node:net';

export interface Relay {
  origin: string;
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function relay(target: string): Promise<Relay> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  let server: Server | undefined;
  const listen = (at: number) =>
    new Promise<number>((resolve, reject) => {
      server = createServer((client) => {
        const upstream = createConnection({ host: hostname, port: Number(port) });
        track(client);
        track(upstream);
        client.pipe(upstream).pipe(client);
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
      });
      server.once('error', reject);
      server.listen(at, '127.0.0.1', () => {
        const address = server!.address();
        resolve(typeof address === 'object' && address ? address.port : at);
      });
    });
  const stop = async () => {
    const closing = server;
    server = undefined;
    for (const socket of sockets) socket.destroy();
    if (closing) await new Promise((r) => closing.close(r));
  };
  const own = await listen(0);
  return {
    origin: `http://127.0.0.1:${own}`,
    cut: stop,
    async restore() {
      if (!server) await listen(own);
    },
    close: stop,
  };
}
