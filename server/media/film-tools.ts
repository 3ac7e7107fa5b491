/**
 * ffmpeg and ffprobe, run the one safe way (decision 037): an argument array (no
 * shell, so no file name is ever read as a command), stdin closed, a timeout that
 * kills the process, stderr kept to its last few KB for the log. A missing binary is
 * its own outcome, so the route can say "install ffmpeg" rather than "bad film".
 */
import { spawn } from 'node:child_process';

export interface FilmTools {
  /** The ffmpeg binary: a name found on PATH or a path (FFMPEG_PATH). */
  ffmpeg: string;
  /** The ffprobe binary (FFPROBE_PATH). */
  ffprobe: string;
  /** How long one run may take before it is killed, in milliseconds. */
  timeoutMs: number;
}

export function filmToolsFromEnv(env: NodeJS.ProcessEnv = process.env): FilmTools {
  return {
    ffmpeg: env.FFMPEG_PATH || 'ffmpeg',
    ffprobe: env.FFPROBE_PATH || 'ffprobe',
    timeoutMs: Number(env.FFMPEG_TIMEOUT_MS) || 10 * 60_000,
  };
}

export type RunOutcome =
  | { ok: true; stdout: string }
  | { ok: false; kind: 'missing' | 'failed' | 'timeout'; stderr: string };

const KEPT = 8 * 1024;

/** Runs a binary with `args`; stdout is kept (ffprobe's JSON), stderr only its end. */
export function run(
  binary: string,
  args: readonly string[],
  timeoutMs: number,
): Promise<RunOutcome> {
  return new Promise((resolve) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], shell: false });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      // ffprobe's JSON is small; a runaway output is cut rather than held.
      if (stdout.length < 1024 * 1024) stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-KEPT);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({
        ok: false,
        kind: error.code === 'ENOENT' || error.code === 'EACCES' ? 'missing' : 'failed',
        stderr: error.message,
      });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) resolve({ ok: false, kind: 'timeout', stderr });
      else if (code === 0) resolve({ ok: true, stdout });
      else resolve({ ok: false, kind: 'failed', stderr });
    });
  });
}

let checked: { key: string; at: number; present: boolean } | undefined;

/**
 * Whether both binaries run (`-version`), remembered for a minute: asked when an
 * upload starts, so nobody sends a gigabyte to a server that cannot take it.
 */
export async function toolsPresent(tools: FilmTools): Promise<boolean> {
  const key = `${tools.ffmpeg}\n${tools.ffprobe}`;
  if (checked?.key === key && Date.now() - checked.at < 60_000) return checked.present;
  const [ffmpeg, ffprobe] = await Promise.all([
    run(tools.ffmpeg, ['-version'], 10_000),
    run(tools.ffprobe, ['-version'], 10_000),
  ]);
  checked = { key, at: Date.now(), present: ffmpeg.ok && ffprobe.ok };
  return checked.present;
}
