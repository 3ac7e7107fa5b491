#!/usr/bin/env node
/**
 * Writes media/manifest.json from media/images/*.jpg and the films in
 * public/media/films/: size, dominant colour, a tiny blurred WebP placeholder,
 * bilingual alt text and credit for every image; source, poster, duration and
 * captions for every film. Output is deterministic (sorted keys).
 *   node tools/demo-media/manifest.mjs
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import sharp from 'sharp';

import {
  dominantColour,
  placeholder as placeholderOf,
  WIDTHS,
} from '../../server/media/recipe.mjs';
import { CREDIT, FILMS, IMAGES } from './catalogue.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const imgDir = path.join(root, 'media/images');
const filmDir = path.join(root, 'public/media/films');

function sortKeys(v) {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sortKeys(v[k])]),
    );
  return v;
}

async function imageEntry(file, meta) {
  const img = sharp(file);
  const { width, height } = await img.metadata();
  const color = await dominantColour(img);
  // The same recipe as an upload's (server/media/recipe.mjs).
  const placeholder = await placeholderOf(sharp(file), width, height);
  if (placeholder.length >= 600)
    throw new Error(`placeholder too long for ${file}: ${placeholder.length}`);
  return {
    width,
    height,
    color,
    placeholder,
    description: meta.alt,
    credit: meta.credit || CREDIT,
  };
}

function probeDuration(file) {
  const out = execFileSync('ffprobe', [
    '-v',
    'error',
    '-show_entries',
    'format=duration',
    '-of',
    'default=nw=1:nk=1',
    file,
  ])
    .toString()
    .trim();
  return Math.round(Number(out) * 100) / 100;
}

async function main() {
  const byName = new Map(IMAGES.map((im) => [im.name, im]));
  const files = (await readdir(imgDir)).filter((n) => n.endsWith('.jpg')).sort();
  const images = {};
  const missing = [];
  for (const name of files) {
    const key = name.replace(/\.jpg$/, '');
    const meta = byName.get(key);
    if (!meta) {
      missing.push(key);
      continue;
    }
    images[key] = await imageEntry(path.join(imgDir, name), meta);
  }
  if (missing.length)
    throw new Error(`No description in tools/demo-media/catalogue.mjs for: ${missing.join(', ')}`);
  const films = {};
  for (const slug of FILMS) {
    const mp4 = path.join(filmDir, `${slug}.mp4`);
    if (!existsSync(mp4))
      throw new Error(`Missing film ${mp4} (run tools/demo-media/make-films.mjs)`);
    if (!images[`${slug}-poster`]) throw new Error(`Missing poster image ${slug}-poster`);
    films[slug] = {
      src: `/media/films/${slug}.mp4`,
      poster: `${slug}-poster`,
      duration: probeDuration(mp4),
      captions: { fr: `/media/films/${slug}.fr.vtt`, en: `/media/films/${slug}.en.vtt` },
    };
  }
  const manifest = sortKeys({ widths: WIDTHS, images, films });
  await writeFile(path.join(root, 'media/manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  console.log(
    `manifest: ${Object.keys(images).length} images, ${Object.keys(films).length} films → media/manifest.json`,
  );
}

await main();
