#!/usr/bin/env node
/**
 * `npm start`: builds the app when the sources are newer than the last build, then
 * serves it. In this phase the API behind it is the mocked one (mocks/http-server.ts).
 */
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const stamp = join(root, 'dist', '.build-stamp');
const mode = 'mock';
const inputs = ['src', 'contract', 'mocks', 'media', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

function newest(path) {
  const full = join(root, path);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = stat.mtimeMs;
  for (const entry of readdirSync(full)) {
    if (path === 'public' && entry === 'media') continue; // generated derivatives
    max = Math.max(max, newest(join(path, entry)));
  }
  return max;
}

function needsBuild() {
  if (!existsSync(stamp) || !existsSync(join(root, 'dist', 'index.html'))) return true;
  const built = JSON.parse(readFileSync(stamp, 'utf8'));
  return built.mode !== mode || Math.max(...inputs.map(newest)) > built.at;
}

function run(cmd, args, env = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (needsBuild()) {
  console.log('Building Parcours (sources changed since the last build)…');
  const at = Date.now();
  run('npm', ['run', '--silent', 'build:mock']);
  writeFileSync(stamp, JSON.stringify({ mode, at }));
}

const server = spawn(process.execPath, ['--import', 'tsx', 'mocks/http-server.ts'], {
  stdio: 'inherit',
  cwd: root,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
