/**
 * A tiny static server for the floor app and the native reference: precompressed
 * `.br`/`.gz` when the client accepts them (as the app's server does), an SPA
 * fallback to the floor's index.html, and mounts for other directories (`/media/`).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.mp4': 'video/mp4',
  '.vtt': 'text/vtt',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** `mounts`: URL prefix → directory, longest prefix first; `/` gets the SPA fallback. */
export async function serveStatic(
  mounts: Record<string, string>,
  routes: Record<string, { type: string; body: string }> = {},
): Promise<StaticServer> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const fixed = routes[path];
    if (fixed) {
      res.writeHead(200, { 'Content-Type': fixed.type, 'Cache-Control': 'no-cache' });
      res.end(fixed.body);
      return;
    }
    const prefix = prefixes.find((p) => path.startsWith(p)) ?? '/';
    const dir = mounts[prefix]!;
    let file = join(dir, normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, ''));
    if (!existsSync(file) || statSync(file).isDirectory()) {
      if (prefix !== '/') {
        res.writeHead(404).end();
        return;
      }
      file = join(dir, 'index.html');
    }
    const accept = String(req.headers['accept-encoding'] ?? '');
    const headers: Record<string, string> = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': file.includes('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      Vary: 'Accept-Encoding',
    };
    let body = file;
    if (/\bbr\b/.test(accept) && existsSync(`${file}.br`)) {
      body = `${file}.br`;
      headers['Content-Encoding'] = 'br';
    } else if (/\bgzip\b/.test(accept) && existsSync(`${file}.gz`)) {
      body = `${file}.gz`;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = String(statSync(body).size);
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(body).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
