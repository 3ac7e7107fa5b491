#!/usr/bin/env node
/**
 * Renders the five demo films. Each film is four animated shots (SVG scenes from
 * tools/demo-media/scenes/, with a moving camera and animated parameters) joined by
 * cross-fades, and a title over the first shot. Frames are rasterised with sharp
 * and piped to ffmpeg (H.264 Constrained Baseline, level 3.1, yuv420p, faststart).
 * Also writes the French and English WebVTT captions next to each film.
 *   node tools/demo-media/make-films.mjs                 # all films
 *   node tools/demo-media/make-films.mjs soufflerie      # one film
 *   node tools/demo-media/make-films.mjs --captions-only # rewrite the .vtt files only
 */
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import sharp from 'sharp';

import { sceneFn } from './generate-art.mjs';
import { clamp, ease, f, g, rect, rng, Svg, text } from './lib/svg.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(root, 'public/media/films');

export const FPS = 25;
const OUT_W = 960;
const OUT_H = 540;
const VW = 1600;
const VH = 900;
const SHOT = 4.45;
const FADE = 0.6;
/** Shot i starts at i × (SHOT − FADE); four shots make 16.0 s. */
const start = (i) => i * (SHOT - FADE);

/** Camera helper: zoom z on focus point (x, y) in the 1600×900 scene. */
const cam = (z0, x0, y0, z1, x1, y1) => (t) => {
  const k = ease(t);
  return { z: z0 + (z1 - z0) * k, x: x0 + (x1 - x0) * k, y: y0 + (y1 - y0) * k };
};

export const FILMS = {
  'atelier-des-formes': {
    title: { fr: 'L’atelier des formes', en: 'The shape studio' },
    shots: [
      {
        scene: 'design.sketchBoard',
        p: (t) => ({ t: 0.05 + t * 1.0 }),
        cam: cam(1.0, 800, 450, 1.08, 820, 470),
      },
      {
        scene: 'design.studio',
        p: () => ({ mode: 'clay', scale: 0.95 }),
        cam: cam(1.18, 700, 500, 1.08, 880, 480),
      },
      { scene: 'design.swatchFan', p: () => ({}), cam: cam(1.0, 800, 450, 1.14, 800, 520) },
      {
        scene: 'design.studio',
        p: () => ({
          mode: 'paint',
          car: '#d9603b',
          sketches: false,
          wall: ['#2a2220', '#3f2e28'],
          scale: 0.95,
        }),
        cam: cam(1.16, 800, 520, 1.0, 800, 450),
      },
    ],
    captions: {
      fr: [
        'Tout commence par un trait de crayon sur une feuille blanche.',
        'Le profil prend du volume : une maquette en argile, sculptée à la main.',
        'Inès Marchal choisit la teinte parmi des centaines de nuances.',
        'La voiture reçoit enfin sa couleur, sous la lumière du studio.',
      ],
      en: [
        'It all begins with a pencil line on a blank sheet.',
        'The profile takes shape: a clay model, sculpted by hand.',
        'Inès Marchal picks the colour from hundreds of shades.',
        'At last the car gets its colour, under the studio lights.',
      ],
    },
  },
  'ligne-de-nuit': {
    title: { fr: 'Ligne de nuit', en: 'The night shift' },
    shots: [
      {
        scene: 'manufacturing.nightLine',
        p: (t) => ({ t: 0.1 + t * 0.45 }),
        cam: cam(1.05, 760, 450, 1.12, 860, 470),
      },
      {
        scene: 'manufacturing.robotCell',
        p: (t) => ({ t: t * 3 }),
        cam: cam(1.0, 800, 450, 1.15, 800, 520),
      },
      {
        scene: 'manufacturing.weldClose',
        p: (t) => ({ t: t * 3 }),
        cam: cam(1.0, 800, 450, 1.1, 880, 520),
      },
      {
        scene: 'manufacturing.qualityTunnel',
        p: () => ({}),
        cam: cam(1.15, 760, 520, 1.0, 800, 450),
      },
    ],
    captions: {
      fr: [
        'Il est 22 heures : l’équipe de nuit prend le relais sur la ligne.',
        'Dans la tôlerie, les robots soudent les caisses point par point.',
        'Chaque point de soudure dure moins d’une seconde.',
        'En bout de ligne, l’équipe de Yacine Dorval contrôle chaque voiture.',
      ],
      en: [
        'It is 10 p.m.: the night shift takes over the line.',
        'In the body shop, robots weld the car bodies spot by spot.',
        'Each weld spot takes less than a second.',
        'At the end of the line, Yacine Dorval’s team checks every car.',
      ],
    },
  },
  soufflerie: {
    title: { fr: 'La soufflerie', en: 'The wind tunnel' },
    shots: [
      {
        scene: 'research.windTunnel',
        p: (t) => ({ t: t * 0.5 }),
        cam: cam(1.0, 800, 450, 1.06, 800, 460),
      },
      {
        scene: 'research.windTunnel',
        p: (t) => ({ t: 0.5 + t * 0.5 }),
        cam: cam(1.9, 760, 330, 2.1, 860, 330),
      },
      {
        scene: 'research.windTunnel',
        p: (t) => ({ t: t * 0.5, wire: true }),
        cam: cam(1.1, 800, 440, 1.0, 800, 450),
      },
      {
        scene: 'research.trackSpeed',
        p: (t) => ({ t: t * 0.6 }),
        cam: cam(1.1, 800, 480, 1.0, 800, 450),
      },
    ],
    captions: {
      fr: [
        'Dans la soufflerie, un vent puissant balaie une voiture immobile.',
        'Des filets de fumée révèlent la façon dont l’air épouse le toit.',
        'Le modèle numérique est ensuite corrigé au millimètre près.',
        'Sur la piste, Lucie Hamadi vérifie les mesures à pleine vitesse.',
      ],
      en: [
        'In the wind tunnel, a strong wind sweeps over a stationary car.',
        'Streams of smoke reveal how the air hugs the roof.',
        'The digital model is then refined to the millimetre.',
        'On the track, Lucie Hamadi checks the figures at full speed.',
      ],
    },
  },
  'batterie-seconde-vie': {
    title: { fr: 'Batterie, seconde vie', en: 'A battery’s second life' },
    shots: [
      {
        scene: 'research.batteryPack',
        p: () => ({ scale: 0.85 }),
        cam: cam(1.0, 800, 450, 1.08, 800, 440),
      },
      {
        scene: 'research.batteryPack',
        p: (t) => ({ scale: 0.85, exploded: ease(clamp(t * 1.3)), highlight: 8 }),
        cam: cam(1.08, 800, 440, 1.15, 800, 420),
      },
      { scene: 'research.moduleTest', p: () => ({}), cam: cam(1.0, 800, 450, 1.12, 900, 420) },
      { scene: 'research.storage', p: () => ({}), cam: cam(1.15, 900, 480, 1.0, 800, 450) },
    ],
    captions: {
      fr: [
        'Après des années de route, une batterie garde encore l’essentiel de sa capacité.',
        'Ses modules sont démontés un à un.',
        'Au laboratoire, Odile Ferrant mesure la santé de chacun d’eux.',
        'Les meilleurs reprennent du service pour stocker l’énergie solaire.',
      ],
      en: [
        'After years on the road, a battery still keeps most of its capacity.',
        'Its modules are taken out one by one.',
        'In the lab, Odile Ferrant measures the health of each one.',
        'The best ones go back to work, storing solar energy.',
      ],
    },
  },
  'ville-sans-voiture': {
    title: { fr: 'La ville sans voiture', en: 'The car-free city' },
    shots: [
      {
        scene: 'mobility.carFreeStreet',
        p: (t) => ({ t: 0.25 + t * 0.3 }),
        cam: cam(1.05, 760, 470, 1.1, 840, 470),
      },
      { scene: 'mobility.crossing', p: () => ({}), cam: cam(1.0, 800, 450, 1.2, 760, 450) },
      { scene: 'mobility.flowMap', p: () => ({}), cam: cam(1.2, 800, 450, 1.0, 800, 450) },
      {
        scene: 'mobility.carFreeStreet',
        p: (t) => ({ t: 0.45 + t * 0.3, dusk: true }),
        cam: cam(1.12, 800, 480, 1.0, 800, 450),
      },
    ],
    captions: {
      fr: [
        'Une rue rendue aux piétons, aux vélos et au tramway.',
        'Aux carrefours, chacun trouve sa place, à pied comme à vélo.',
        'Bastien Lo cartographie les trajets pour comprendre le quartier.',
        'Le soir venu, la rue reste vivante et apaisée.',
      ],
      en: [
        'A street given back to pedestrians, bikes and the tram.',
        'At the crossroads, everyone finds their place, on foot or by bike.',
        'Bastien Lo maps journeys to understand the neighbourhood.',
        'When evening comes, the street stays lively and calm.',
      ],
    },
  },
};

export const DURATION = start(3) + SHOT; // 16.0 s

/** Caption cue times: each cue sits inside its shot, clear of the cross-fades. */
export function cueTimes() {
  return [0, 1, 2, 3].map((i) => {
    const a = i === 0 ? 0.4 : start(i) + FADE * 0.6;
    const b = i === 3 ? DURATION - 0.5 : start(i + 1) + FADE * 0.2;
    return [a, b];
  });
}

function titleOverlay(s, film, time) {
  const a = clamp((time - 0.25) / 0.6) * (1 - clamp((time - 3.0) / 0.6));
  if (a <= 0) return '';
  const shade = s.lin(
    [
      [0, '#000', 0],
      [0.45, '#000', 0.15],
      [1, '#000', 0.72],
    ],
    0,
    0,
    0,
    1,
  );
  const rise = (1 - clamp((time - 0.25) / 0.9)) * 18;
  return g(
    [
      rect(0, 0, VW, VH, { fill: shade }),
      text(110, 640 + rise, 'GROUPE NORELLE · PARCOURS', {
        fill: '#ffffff',
        fontFamily: 'Noto Sans',
        fontWeight: 600,
        fontSize: 22,
        letterSpacing: 5,
        opacity: 0.8,
      }),
      text(104, 738 + rise, film.title.fr, {
        fill: '#ffffff',
        fontFamily: 'Noto Serif Display',
        fontSize: 92,
      }),
      text(110, 792 + rise, film.title.en, {
        fill: '#ffffff',
        fontFamily: 'Noto Sans',
        fontStyle: 'italic',
        fontSize: 32,
        opacity: 0.85,
      }),
    ],
    { opacity: f(a) },
  );
}

function shotMarkup(s, film, i, time, seed) {
  const shot = film.shots[i];
  const t = clamp((time - start(i)) / SHOT);
  const { z, x, y } = shot.cam(t);
  const hx = VW / 2 / z;
  const hy = VH / 2 / z;
  const cx = Math.min(VW - hx, Math.max(hx, x));
  const cy = Math.min(VH - hy, Math.max(hy, y));
  const inner = sceneFn(shot.scene)(s, VW, VH, shot.p(t), rng(`${seed}-${i}`));
  return g(inner, {
    transform: `translate(${VW / 2} ${VH / 2}) scale(${z.toFixed(4)}) translate(${(-cx).toFixed(2)} ${(-cy).toFixed(2)})`,
  });
}

export function frameSvg(slug, time, { width = OUT_W, height = OUT_H, title = true } = {}) {
  const film = FILMS[slug];
  const s = new Svg(width, height, { viewW: VW, viewH: VH });
  for (let i = 0; i < film.shots.length; i++) {
    const a = start(i);
    const b = a + SHOT;
    if (time < a || time > b) continue;
    const fadeIn = i === 0 ? 1 : clamp((time - a) / FADE);
    const op = fadeIn;
    s.add(g(shotMarkup(s, film, i, time, slug), op < 1 ? { opacity: f(op) } : {}));
  }
  if (title) s.add(titleOverlay(s, film, time));
  const fadeOut = clamp((time - (DURATION - 0.6)) / 0.6);
  if (fadeOut > 0) s.add(rect(0, 0, VW, VH, { fill: '#000', opacity: f(fadeOut) }));
  return s.toString();
}

function vttTime(sec) {
  const ms = Math.round(sec * 1000);
  const h = Math.floor(ms / 3600000);
  const m = Math.floor((ms % 3600000) / 60000);
  const s = Math.floor((ms % 60000) / 1000);
  const r = ms % 1000;
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(h)}:${p(m)}:${p(s)}.${p(r, 3)}`;
}

export function vtt(slug, lang) {
  const film = FILMS[slug];
  const times = cueTimes();
  const cues = film.captions[lang].map(
    (line, i) => `${i + 1}\n${vttTime(times[i][0])} --> ${vttTime(times[i][1])}\n${line}\n`,
  );
  return `WEBVTT\n\n${cues.join('\n')}`;
}

async function writeCaptions(slug) {
  await writeFile(path.join(outDir, `${slug}.fr.vtt`), vtt(slug, 'fr'));
  await writeFile(path.join(outDir, `${slug}.en.vtt`), vtt(slug, 'en'));
}

async function renderFilm(slug) {
  const out = path.join(outDir, `${slug}.mp4`);
  const frames = Math.round(DURATION * FPS);
  const ff = spawn(
    'ffmpeg',
    [
      '-hide_banner',
      '-loglevel',
      'error',
      '-y',
      '-f',
      'rawvideo',
      '-pix_fmt',
      'rgb24',
      '-s',
      `${OUT_W}x${OUT_H}`,
      '-r',
      String(FPS),
      '-i',
      '-',
      '-c:v',
      'libx264',
      '-profile:v',
      'baseline',
      '-level:v',
      '3.1',
      '-pix_fmt',
      'yuv420p',
      '-preset',
      'slow',
      '-crf',
      '23',
      '-maxrate',
      '1300k',
      '-bufsize',
      '2600k',
      '-g',
      String(FPS * 2),
      '-keyint_min',
      String(FPS),
      '-threads',
      '2',
      '-movflags',
      '+faststart',
      '-map_metadata',
      '-1',
      '-an',
      out,
    ],
    { stdio: ['pipe', 'inherit', 'inherit'] },
  );
  const done = new Promise((res, rej) =>
    ff.on('close', (c) => (c === 0 ? res() : rej(new Error(`ffmpeg exited ${c}`)))),
  );
  const render = (n) =>
    sharp(Buffer.from(frameSvg(slug, n / FPS)))
      .resize(OUT_W, OUT_H)
      .removeAlpha()
      .raw()
      .toBuffer();
  // two frames in flight, written in order
  let next = render(0);
  const t0 = Date.now();
  for (let n = 0; n < frames; n++) {
    const following = n + 1 < frames ? render(n + 1) : null;
    const buf = await next;
    if (!ff.stdin.write(buf)) await new Promise((r) => ff.stdin.once('drain', r));
    next = following;
  }
  ff.stdin.end();
  await done;
  await writeCaptions(slug);
  console.log(`  ${slug}: ${frames} frames in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

async function main() {
  await mkdir(outDir, { recursive: true });
  const only = process.argv.slice(2);
  const captionsOnly = only.includes('--captions-only');
  const slugs = Object.keys(FILMS).filter(
    (s) => !only.filter((a) => !a.startsWith('--')).length || only.includes(s),
  );
  for (const slug of slugs) {
    if (captionsOnly) await writeCaptions(slug);
    else await renderFilm(slug);
  }
  console.log(`make-films: ${slugs.length} film(s) → public/media/films/`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await main();
}
