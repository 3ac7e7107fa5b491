#!/usr/bin/env node
/**
 * Renders every image of catalogue.mjs into media/images/<name>.jpg.
 *   node tools/demo-media/generate-art.mjs            # all images
 *   node tools/demo-media/generate-art.mjs nuancier   # names containing "nuancier"
 * Deterministic: each image is seeded from its name. Two renders run at once.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { IMAGES } from './catalogue.mjs';
import { writeJpeg } from './lib/render.mjs';
import { rng, Svg } from './lib/svg.mjs';
import * as debates from './scenes/debates.mjs';
import * as design from './scenes/design.mjs';
import * as environment from './scenes/environment.mjs';
import * as manufacturing from './scenes/manufacturing.mjs';
import * as mobility from './scenes/mobility.mjs';
import * as people from './scenes/people.mjs';
import * as research from './scenes/research.mjs';
import * as work from './scenes/work.mjs';

export const SCENES = {
  design,
  research,
  manufacturing,
  mobility,
  environment,
  work,
  people,
  debates,
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(root, 'media/images');

export function sceneFn(id) {
  const [mod, fn] = id.split('.');
  const f = SCENES[mod]?.[fn];
  if (!f) throw new Error(`Unknown scene ${id}`);
  return f;
}

/** Builds the SVG markup of a catalogue entry (or any scene id + params) at w×h. */
export function buildSvg(scene, w, h, params, seed) {
  const s = new Svg(w, h);
  const r = rng(seed);
  if (scene === 'people.portraitScene') {
    s.add(people.portraitScene(s, w, h, params, r, sceneFn(params.bg)));
  } else {
    s.add(sceneFn(scene)(s, w, h, params, r));
  }
  return s.toString();
}

async function main() {
  const filters = process.argv.slice(2);
  const todo = IMAGES.filter((im) => !filters.length || filters.some((q) => im.name.includes(q)));
  await mkdir(outDir, { recursive: true });
  const t0 = Date.now();
  let i = 0;
  const worker = async () => {
    while (i < todo.length) {
      const im = todo[i++];
      const [w, h] = im.size;
      const svg = buildSvg(im.scene, w, h, im.params, im.name);
      await writeJpeg(svg, path.join(outDir, `${im.name}.jpg`), { width: w, height: h });
      process.stdout.write(`  ${im.name} (${w}×${h})\n`);
    }
  };
  await Promise.all([worker(), worker()]);
  console.log(
    `generate-art: ${todo.length} image(s) in ${((Date.now() - t0) / 1000).toFixed(1)} s → media/images/`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await main();
}
