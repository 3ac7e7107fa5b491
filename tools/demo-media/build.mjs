#!/usr/bin/env node
/**
 * Build-time image step: turns every media/images/<name>.jpg into
 * public/media/img/<name>-<w>.avif and .webp for each width of
 * media/manifest.json ("widths") that is ≤ the source width (never upscales;
 * a source narrower than the smallest width is emitted at its own width).
 * Incremental: an output newer than its source is left alone.
 *   node tools/demo-media/build.mjs            # incremental
 *   node tools/demo-media/build.mjs --force    # rebuild everything
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rename, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import sharp from 'sharp';

import { AVIF, targetWidths, WEBP } from '../../server/media/recipe.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const srcDir = path.join(root, 'media/images');
const outDir = path.join(root, 'public/media/img');
const manifestPath = path.join(root, 'media/manifest.json');

// The encodings and widths are the uploads' too (server/media/recipe.mjs).
const force = process.argv.includes('--force');

// Two images at a time, one libvips thread each: keeps both cores busy without oversubscribing.
const POOL = Math.max(1, Math.min(2, os.availableParallelism?.() ?? os.cpus().length));
sharp.concurrency(1);
sharp.cache(false);

function widthsFromManifest() {
  if (existsSync(manifestPath)) {
    const w = JSON.parse(readFileSync(manifestPath, 'utf8')).widths;
    if (Array.isArray(w) && w.length) return [...w].sort((a, b) => a - b);
  }
  return [480, 960, 1600];
}

async function isFresh(out, srcMtime) {
  try {
    return (await stat(out)).mtimeMs >= srcMtime;
  } catch {
    return false;
  }
}

async function main() {
  const t0 = process.hrtime.bigint();
  const widths = widthsFromManifest();
  await mkdir(outDir, { recursive: true });
  const names = (await readdir(srcDir)).filter((n) => n.endsWith('.jpg')).sort();
  const jobs = [];
  let upToDate = 0;
  for (const file of names) {
    const src = path.join(srcDir, file);
    const name = file.replace(/\.jpg$/, '');
    const { mtimeMs } = await stat(src);
    const { width } = await sharp(src).metadata();
    for (const w of targetWidths(width, widths)) {
      for (const fmt of ['avif', 'webp']) {
        const out = path.join(outDir, `${name}-${w}.${fmt}`);
        if (!force && (await isFresh(out, mtimeMs))) upToDate++;
        else jobs.push({ src, out, w, fmt, srcWidth: width });
      }
    }
  }
  // AVIF first (slowest), so the pool finishes evenly.
  jobs.sort((a, b) => (a.fmt === b.fmt ? 0 : a.fmt === 'avif' ? -1 : 1));
  let i = 0;
  let bytes = 0;
  const worker = async () => {
    while (i < jobs.length) {
      const j = jobs[i++];
      let img = sharp(j.src);
      if (j.w < j.srcWidth) img = img.resize({ width: j.w, kernel: 'lanczos3' });
      img = j.fmt === 'avif' ? img.avif(AVIF) : img.webp(WEBP);
      // Write then rename, so a server or a parallel run never sees a half-written file.
      const tmp = `${j.out}.${process.pid}.tmp`;
      const info = await img.toFile(tmp);
      await rename(tmp, j.out);
      bytes += info.size;
    }
  };
  await Promise.all(Array.from({ length: POOL }, worker));
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(
    `build-media: ${names.length} images, ${jobs.length} file(s) written (${(bytes / 1048576).toFixed(1)} MB), ${upToDate} up to date, widths ${widths.join('/')}, ${secs.toFixed(1)} s → public/media/img/`,
  );
}

await main();
