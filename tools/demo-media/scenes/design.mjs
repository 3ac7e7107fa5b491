/** Design theme scenes: studio with clay model, colour swatches, sketches, grilles, seat. */
import { carSide } from '../lib/car.mjs';
import { dots, glowSpot, hatch, reflection, vignette } from '../lib/kit.mjs';
import {
  adjust,
  circle,
  darken,
  ellipse,
  f,
  g,
  lighten,
  line,
  mix,
  path,
  poly,
  rect,
  text,
} from '../lib/svg.mjs';

/** Design studio: car on a turntable under softbox lights, sketches pinned on the wall. */
export function studio(s, W, H, p, r) {
  const {
    wall = ['#2b1b18', '#4a2a22'],
    floor = ['#5a3a30', '#1a100e'],
    car = '#b88a66',
    mode = 'clay',
    light = '#ffd9b8',
    sketches = true,
    tape = false,
    scale = 1,
    carX = 0.5,
  } = p;
  const hz = H * 0.6;
  const L = Math.min(W * 0.66, H * 1.25) * scale;
  const gy = hz + (H - hz) * 0.38;
  const x0 = W * carX - L / 2;
  const out = [];
  out.push(
    rect(0, 0, W, hz + 2, {
      fill: s.lin([
        [0, wall[0]],
        [1, wall[1]],
      ]),
    }),
  );
  out.push(glowSpot(s, W * 0.5, hz * 0.55, W * 0.55, hz * 0.6, light, 0.35));
  // wall panels
  for (let i = 0; i < 7; i++) {
    const x = (i / 7) * W;
    out.push(line(x, 0, x, hz, { stroke: '#000', strokeWidth: 2, opacity: 0.18 }));
  }
  if (sketches) {
    const n = 4;
    for (let i = 0; i < n; i++) {
      const sw = W * 0.17;
      const sh = sw * 0.62;
      const sx = W * 0.08 + (i * (W * 0.84 - sw)) / (n - 1) + r.range(-10, 10);
      const sy = hz * 0.22 + r.range(-18, 18);
      const rot = r.range(-2.5, 2.5);
      const c = [];
      c.push(rect(sx + 6, sy + 10, sw, sh, { fill: '#000', opacity: 0.35, filter: s.blur(8) }));
      c.push(rect(sx, sy, sw, sh, { fill: '#efe7dc' }));
      c.push(
        carSide(s, sx + sw * 0.12, sy + sh * 0.78, sw * 0.76, {
          mode: 'wire',
          wireColor: i % 2 ? '#3a3a44' : '#a8452a',
          shadow: false,
          h: 0.9 + r() * 0.25,
          roof: i % 2 ? 'hatch' : 'fastback',
        }),
      );
      c.push(circle(sx + sw / 2, sy + 8, 4, { fill: '#c0392b' }));
      out.push(
        g(c, { transform: `rotate(${f(rot)} ${f(sx + sw / 2)} ${f(sy + sh / 2)})`, opacity: 0.92 }),
      );
    }
  }
  // floor
  out.push(
    rect(0, hz, W, H - hz, {
      fill: s.lin(
        [
          [0, floor[0]],
          [1, floor[1]],
        ],
        0,
        hz,
        0,
        H,
        true,
      ),
    }),
  );
  out.push(rect(0, hz - 3, W, 6, { fill: '#000', opacity: 0.3, filter: s.blur(3) }));
  // softboxes
  for (let i = 0; i < 3; i++) {
    const cx = W * (0.28 + i * 0.22);
    out.push(
      path(
        `M${f(cx - W * 0.07)} 0 L${f(cx + W * 0.07)} 0 L${f(cx + W * 0.055)} ${f(H * 0.05)} L${f(cx - W * 0.055)} ${f(H * 0.05)} Z`,
        { fill: '#fff4e8', opacity: 0.95, filter: s.glow(10) },
      ),
    );
    out.push(
      path(
        `M${f(cx - W * 0.055)} ${f(H * 0.05)} L${f(cx + W * 0.055)} ${f(H * 0.05)} L${f(cx + W * 0.2)} ${f(gy)} L${f(cx - W * 0.2)} ${f(gy)} Z`,
        {
          fill: s.lin([
            [0, light, 0.16],
            [1, light, 0],
          ]),
        },
      ),
    );
  }
  // turntable
  out.push(
    ellipse(W * carX, gy + L * 0.01, L * 0.62, L * 0.09, {
      fill: s.lin([
        [0, lighten(floor[0], 0.12)],
        [1, darken(floor[0], 0.2)],
      ]),
    }),
  );
  out.push(
    ellipse(W * carX, gy + L * 0.01, L * 0.62, L * 0.09, {
      fill: 'none',
      stroke: lighten(light, 0.2),
      strokeWidth: 2,
      opacity: 0.5,
    }),
  );
  out.push(glowSpot(s, W * carX, gy, L * 0.55, L * 0.08, light, 0.3));
  const carMarkup = carSide(s, x0, gy, L, { color: car, mode, tape, sky: light, wheel: 'spoke' });
  out.push(
    reflection(
      s,
      carSide(s, x0, gy, L, { color: car, mode, shadow: false, sky: light, wheel: 'spoke' }),
      gy,
      W,
      L * 0.2,
      0.22,
    ),
  );
  out.push(carMarkup);
  out.push(vignette(s, W, H, 0.6));
  return out.join('');
}

/* ---------- colour swatches ---------- */

const PALETTE = [
  '#d9603b',
  '#e98a4f',
  '#e9c46a',
  '#8ab17d',
  '#2a9d8f',
  '#3b6fd9',
  '#264653',
  '#6d597a',
  '#c2417a',
  '#b5838d',
  '#f4f1de',
  '#3d405b',
];

function chip(s, w, h, base, bands = 5, label = true) {
  const parts = [rect(0, 0, w, h, { fill: '#fbfaf7', rx: w * 0.12 })];
  const bh = (h * (label ? 0.82 : 1)) / bands;
  for (let i = 0; i < bands; i++) {
    const c = mix(lighten(base, 0.55), darken(base, 0.35), i / (bands - 1));
    parts.push(
      rect(w * 0.06, h * 0.03 + i * bh, w * 0.88, bh - h * 0.008, {
        fill: c,
        rx: i === 0 ? w * 0.08 : 0,
      }),
    );
  }
  if (label) {
    parts.push(rect(w * 0.18, h * 0.88, w * 0.5, h * 0.018, { fill: '#9a948a', rx: 2 }));
    parts.push(rect(w * 0.18, h * 0.92, w * 0.3, h * 0.014, { fill: '#c8c2b8', rx: 2 }));
    parts.push(circle(w * 0.5, h * 0.965, w * 0.045, { fill: '#c9c3b8' }));
  }
  return parts.join('');
}

/** Fan deck of paint chips on a table. */
export function swatchFan(s, W, H, p, _r) {
  const { bg = ['#f6ede3', '#e3cdb8'], colors = PALETTE, spread = 120, blurBack = true } = p;
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin(
        [
          [0, bg[0]],
          [1, bg[1]],
        ],
        0,
        0,
        0.4,
        1,
      ),
    }),
  ];
  out.push(glowSpot(s, W * 0.3, H * 0.2, W * 0.6, H * 0.5, '#ffffff', 0.6));
  const fan = (cx, cy, len, cols, rot0, spr) => {
    const w = len * 0.2;
    const parts = [];
    cols.forEach((c, i) => {
      const a = rot0 - spr / 2 + (i * spr) / (cols.length - 1);
      parts.push(
        g(
          [
            rect(-w / 2 + 6, -len + 10, w, len, {
              fill: '#5a3a2a',
              opacity: 0.25,
              rx: w * 0.12,
              filter: s.blur(8),
            }),
            g(chip(s, w, len, c), { transform: `translate(${f(-w / 2)} ${f(-len)})` }),
          ],
          {
            transform: `translate(${f(cx)} ${f(cy)}) rotate(${f(a)})`,
          },
        ),
      );
    });
    parts.push(
      circle(cx, cy - w * 0.35, w * 0.12, {
        fill: s.rad([
          [0, '#ffffff'],
          [0.6, '#b8b2a8'],
          [1, '#6d665c'],
        ]),
      }),
    );
    return parts.join('');
  };
  if (blurBack)
    out.push(
      g(fan(W * 0.82, H * 0.42, H * 0.5, colors.slice(6).concat(colors.slice(0, 3)), 200, 90), {
        filter: s.blur(9),
        opacity: 0.85,
      }),
    );
  const len = Math.min(H * 0.72, W * 0.5);
  out.push(fan(W * 0.5, H * 0.5 + len * 0.62, len, colors.slice(0, 9), 0, spread));
  out.push(vignette(s, W, H, 0.35, '#3a2418'));
  return out.join('');
}

/** Board of square colour chips with one lifted. */
export function swatchGrid(s, W, H, p, _r) {
  const {
    bg = ['#2b2a33', '#16151b'],
    hues = [12, 38, 80, 150, 190, 222, 280, 330],
    lift = [3, 2],
  } = p;
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, bg[0]],
        [1, bg[1]],
      ]),
    }),
  ];
  out.push(glowSpot(s, W * 0.5, H * 0.35, W * 0.6, H * 0.55, '#fff0e0', 0.22));
  const cols = hues.length;
  const rows = 5;
  const size = Math.min((W * 0.78) / cols, (H * 0.74) / rows);
  const gap = size * 0.16;
  const bw = cols * size;
  const bh = rows * size;
  const bx = (W - bw) / 2;
  const by = (H - bh) / 2;
  out.push(
    rect(bx - gap * 2 + 14, by - gap * 2 + 24, bw + gap * 3, bh + gap * 3, {
      fill: '#000',
      opacity: 0.5,
      rx: 18,
      filter: s.blur(22),
    }),
  );
  out.push(
    rect(bx - gap * 2, by - gap * 2, bw + gap * 3, bh + gap * 3, {
      fill: s.lin([
        [0, '#f7f3ec'],
        [1, '#e4ddd0'],
      ]),
      rx: 18,
    }),
  );
  let lifted = '';
  for (let i = 0; i < cols; i++) {
    for (let j = 0; j < rows; j++) {
      const c = hsl(hues[i], 0.45 + 0.25 * Math.sin(j), 0.82 - j * 0.13);
      const x = bx + i * size;
      const y = by + j * size;
      const sq = size - gap;
      if (i === lift[0] && j === lift[1]) {
        lifted = g([
          rect(x + 10, y + 26, sq, sq, { fill: '#000', opacity: 0.45, rx: 10, filter: s.blur(16) }),
          rect(x - 6, y - 10, sq + 12, sq + 12, { fill: c, rx: 10 }),
          rect(x - 6, y - 10, sq + 12, sq + 12, {
            fill: s.lin(
              [
                [0, '#fff', 0.25],
                [0.5, '#fff', 0],
                [1, '#000', 0.15],
              ],
              0,
              0,
              1,
              1,
            ),
            rx: 10,
          }),
        ]);
        out.push(rect(x, y, sq, sq, { fill: '#d8d0c2', rx: 8 }));
        continue;
      }
      out.push(
        rect(x + 2, y + 4, sq, sq, { fill: '#000', opacity: 0.18, rx: 8, filter: s.blur(3) }),
      );
      out.push(rect(x, y, sq, sq, { fill: c, rx: 8 }));
      out.push(
        rect(x, y, sq, sq, {
          fill: s.lin(
            [
              [0, '#fff', 0.18],
              [0.5, '#fff', 0],
              [1, '#000', 0.1],
            ],
            0,
            0,
            1,
            1,
          ),
          rx: 8,
        }),
      );
    }
  }
  out.push(lifted);
  out.push(vignette(s, W, H, 0.5));
  return out.join('');
}

function hsl(h, s_, l) {
  return adjust('#ff0000', { h, s: 0, l: 0 }) && hslToHex(h, s_, l);
}
function hslToHex(h, s_, l) {
  const c = (1 - Math.abs(2 * l - 1)) * s_;
  const hh = (((h % 360) + 360) % 360) / 60;
  const x = c * (1 - Math.abs((hh % 2) - 1));
  const [r1, g1, b1] =
    hh < 1
      ? [c, x, 0]
      : hh < 2
        ? [x, c, 0]
        : hh < 3
          ? [0, c, x]
          : hh < 4
            ? [0, x, c]
            : hh < 5
              ? [x, 0, c]
              : [c, 0, x];
  const m = l - c / 2;
  const t = (v) =>
    Math.round((v + m) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${t(r1)}${t(g1)}${t(b1)}`;
}

/** Metallic paint test spheres on a shelf. */
export function paintSpheres(s, W, H, p, _r) {
  const {
    colors = ['#d9603b', '#8a1c2b', '#e9c46a', '#2a9d8f', '#3b6fd9', '#dfe3e6'],
    bg = ['#1c1f26', '#0d0e12'],
  } = p;
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, bg[0]],
        [1, bg[1]],
      ]),
    }),
  ];
  out.push(glowSpot(s, W * 0.5, H * 0.25, W * 0.7, H * 0.45, '#ffe9d6', 0.2));
  const shelfY = H * 0.66;
  out.push(
    rect(0, shelfY, W, H - shelfY, {
      fill: s.lin(
        [
          [0, '#3a3d46'],
          [0.08, '#23252c'],
          [1, '#101116'],
        ],
        0,
        shelfY,
        0,
        H,
        true,
      ),
    }),
  );
  out.push(rect(0, shelfY - 2, W, 4, { fill: '#9aa0ab', opacity: 0.5 }));
  const n = colors.length;
  const R = Math.min(W / (n * 2.6), H * 0.16);
  const span = (n - 1) * R * 2.45;
  colors.forEach((c, i) => {
    const cx = W / 2 - span / 2 + i * R * 2.45;
    const cy = shelfY - R * 0.98;
    out.push(
      ellipse(cx + R * 0.2, shelfY + R * 0.08, R * 1.1, R * 0.18, {
        fill: '#000',
        opacity: 0.7,
        filter: s.blur(f(R * 0.12)),
      }),
    );
    out.push(
      ellipse(cx, shelfY + R * 0.55, R * 0.9, R * 0.35, {
        fill: c,
        opacity: 0.25,
        filter: s.blur(f(R * 0.3)),
      }),
    );
    out.push(
      circle(cx, cy, R, {
        fill: s.rad(
          [
            [0, lighten(c, 0.75)],
            [0.18, lighten(c, 0.3)],
            [0.55, c],
            [0.85, darken(c, 0.55)],
            [1, darken(c, 0.3)],
          ],
          0.36,
          0.3,
          0.78,
        ),
      }),
    );
    // horizon reflection band
    const cl = s.clip(circle(cx, cy, R));
    out.push(
      g(
        [
          ellipse(cx, cy + R * 0.28, R * 1.2, R * 0.1, {
            fill: darken(c, 0.6),
            opacity: 0.45,
            filter: s.blur(f(R * 0.05)),
          }),
          ellipse(cx, cy + R * 0.9, R * 0.9, R * 0.25, {
            fill: lighten(c, 0.4),
            opacity: 0.4,
            filter: s.blur(f(R * 0.1)),
          }),
          ellipse(cx - R * 0.35, cy - R * 0.45, R * 0.22, R * 0.12, {
            fill: '#fff',
            opacity: 0.85,
            filter: s.blur(f(R * 0.04)),
          }),
        ],
        { clipPath: cl },
      ),
    );
  });
  out.push(vignette(s, W, H, 0.55));
  return out.join('');
}

/** Fabric and leather samples fanned out on a table. */
export function fabricStrips(s, W, H, p, _r) {
  const {
    bg = ['#efe6da', '#d6c5b2'],
    colors = ['#3d405b', '#8a7967', '#c2573a', '#e8dcc8', '#2a4d4a', '#5c3a2e', '#b9a38a'],
  } = p;
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin(
        [
          [0, bg[0]],
          [1, bg[1]],
        ],
        0,
        0,
        1,
        1,
      ),
    }),
  ];
  out.push(glowSpot(s, W * 0.35, H * 0.3, W * 0.6, H * 0.5, '#fff', 0.5));
  const n = colors.length;
  const sw = Math.min(W, H * 1.6) * 0.15;
  const sh = Math.min(W, H * 1.6) * 0.55;
  colors.forEach((c, i) => {
    const a = -32 + (i * 64) / (n - 1);
    const kind = i % 3;
    const fill =
      kind === 0
        ? hatchWeave(s, c)
        : kind === 1
          ? perforated(s, c)
          : s.lin(
              [
                [0, lighten(c, 0.15)],
                [1, darken(c, 0.2)],
              ],
              0,
              0,
              1,
              0,
            );
    const parts = [
      rect(-sw / 2 + 10, -sh + 14, sw, sh, {
        fill: '#3b2a1e',
        opacity: 0.3,
        rx: 10,
        filter: s.blur(10),
      }),
      rect(-sw / 2, -sh, sw, sh, { fill: c, rx: 10 }),
      rect(-sw / 2, -sh, sw, sh, { fill, rx: 10 }),
      rect(-sw / 2, -sh, sw, sh, {
        fill: s.lin(
          [
            [0, '#fff', 0.2],
            [0.5, '#fff', 0],
            [1, '#000', 0.2],
          ],
          0,
          0,
          1,
          0,
        ),
        rx: 10,
      }),
      rect(-sw / 2 + 10, -sh + 10, sw - 20, sh - 20, {
        fill: 'none',
        stroke: lighten(c, 0.45),
        strokeWidth: 2.5,
        strokeDasharray: '9 7',
        rx: 6,
        opacity: 0.8,
      }),
    ];
    out.push(
      g(parts, { transform: `translate(${f(W / 2)} ${f(H * 0.5 + sh * 0.62)}) rotate(${f(a)})` }),
    );
  });
  out.push(
    circle(W / 2, H * 0.5 + sh * 0.52, sw * 0.12, {
      fill: s.rad([
        [0, '#ffffff'],
        [0.6, '#b8b2a8'],
        [1, '#6d665c'],
      ]),
    }),
  );
  out.push(vignette(s, W, H, 0.3, '#3a2418'));
  return out.join('');
}
function hatchWeave(s, c) {
  const id = s.uid('p');
  const a = lighten(c, 0.18);
  const b = darken(c, 0.18);
  s.def(
    `<pattern id="${id}" width="12" height="12" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="${a}"/><rect x="6" y="6" width="6" height="6" fill="${a}"/><rect x="6" width="6" height="6" fill="${b}"/><rect y="6" width="6" height="6" fill="${b}"/></pattern>`,
  );
  return `url(#${id})`;
}
function perforated(s, c) {
  const id = s.uid('p');
  s.def(
    `<pattern id="${id}" width="16" height="16" patternUnits="userSpaceOnUse"><circle cx="8" cy="8" r="2.2" fill="${darken(c, 0.5)}"/></pattern>`,
  );
  return `url(#${id})`;
}

/** Tall colour strips hanging from clips on a pale wall. */
export function chipStrips(s, W, H, p, _r) {
  const {
    colors = [
      '#e76f51',
      '#f4a261',
      '#e9c46a',
      '#8ab17d',
      '#2a9d8f',
      '#457b9d',
      '#6d597a',
      '#c2417a',
      '#d9603b',
    ],
    bg = ['#f5f0ea', '#e5dbcf'],
  } = p;
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, bg[0]],
        [1, bg[1]],
      ]),
    }),
  ];
  out.push(glowSpot(s, W * 0.55, H * 0.15, W * 0.7, H * 0.5, '#fff', 0.7));
  out.push(
    rect(0, H * 0.08, W, H * 0.018, { fill: '#8c8478' }),
    rect(0, H * 0.098, W, 4, { fill: '#000', opacity: 0.15, filter: s.blur(3) }),
  );
  const n = colors.length;
  const sw = (W * 0.8) / n;
  colors.forEach((c, i) => {
    const x = W * 0.1 + i * sw + sw * 0.12;
    const w = sw * 0.76;
    const len = H * (0.55 + 0.3 * Math.abs(Math.sin(i * 1.7)));
    const y = H * 0.1;
    out.push(
      rect(x + 8, y + 12, w, len, { fill: '#5b4a3a', opacity: 0.28, filter: s.blur(10), rx: 4 }),
    );
    const bands = 6;
    for (let j = 0; j < bands; j++) {
      out.push(
        rect(x, y + (j * len) / bands, w, len / bands + 0.5, {
          fill: mix(lighten(c, 0.6), darken(c, 0.3), j / (bands - 1)),
        }),
      );
    }
    out.push(
      rect(x, y, w, len, {
        fill: s.lin(
          [
            [0, '#fff', 0.2],
            [0.6, '#fff', 0],
            [1, '#000', 0.12],
          ],
          0,
          0,
          1,
          0,
        ),
      }),
    );
    out.push(
      rect(x + w * 0.3, y - H * 0.03, w * 0.4, H * 0.06, {
        fill: s.lin([
          [0, '#e8e8e8'],
          [1, '#8f9399'],
        ]),
        rx: 4,
      }),
    );
  });
  out.push(vignette(s, W, H, 0.25, '#3a2418'));
  return out.join('');
}

/* ---------- sketches and tape ---------- */

/** Samples a Catmull-Rom spline through pts into a dense polyline. */
export function sampleSpline(pts, per = 16) {
  const out = [];
  const n = pts.length;
  const P = (i) => pts[Math.max(0, Math.min(n - 1, i))];
  for (let i = 0; i < n - 1; i++) {
    const p0 = P(i - 1),
      p1 = P(i),
      p2 = P(i + 1),
      p3 = P(i + 2);
    for (let k = 0; k < per; k++) {
      const t = k / per;
      const t2 = t * t,
        t3 = t2 * t;
      const x =
        0.5 *
        (2 * p1[0] +
          (-p0[0] + p2[0]) * t +
          (2 * p0[0] - 5 * p1[0] + 4 * p2[0] - p3[0]) * t2 +
          (-p0[0] + 3 * p1[0] - 3 * p2[0] + p3[0]) * t3);
      const y =
        0.5 *
        (2 * p1[1] +
          (-p0[1] + p2[1]) * t +
          (2 * p0[1] - 5 * p1[1] + 4 * p2[1] - p3[1]) * t2 +
          (-p0[1] + 3 * p1[1] - 3 * p2[1] + p3[1]) * t3);
      out.push([x, y]);
    }
  }
  out.push(pts[n - 1]);
  return out;
}
/** First fraction t of a polyline, as path data. */
export function partial(points, t) {
  if (t <= 0) return '';
  const k = Math.max(2, Math.round(points.length * Math.min(1, t)));
  return points
    .slice(0, k)
    .map(([x, y], i) => `${i ? 'L' : 'M'}${f(x)} ${f(y)}`)
    .join(' ');
}

/** Designer's sketch on paper: a sleek car profile in pencil and marker; p.t animates the drawing. */
export function sketchBoard(s, W, H, p, _r) {
  const { t = 1, paper = '#f4efe6', ink = '#2b2b33', accent = '#d9603b' } = p;
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin(
        [
          [0, '#6b4a3a'],
          [1, '#3a2720'],
        ],
        0,
        0,
        1,
        1,
      ),
    }),
  ];
  // paper sheet
  const pw = W * 0.86,
    ph = H * 0.8;
  const px = (W - pw) / 2,
    py = (H - ph) / 2;
  out.push(rect(px + 14, py + 20, pw, ph, { fill: '#000', opacity: 0.45, filter: s.blur(18) }));
  out.push(
    rect(px, py, pw, ph, {
      fill: s.lin(
        [
          [0, lighten(paper, 0.4)],
          [1, darken(paper, 0.06)],
        ],
        0,
        0,
        1,
        1,
      ),
    }),
  );
  // construction lines
  const gy = py + ph * 0.72;
  const L = pw * 0.78;
  const x0 = px + (pw - L) / 2;
  out.push(
    line(px + pw * 0.04, gy, px + pw * 0.96, gy, {
      stroke: '#8aa0c0',
      strokeWidth: 1.5,
      opacity: 0.6,
    }),
  );
  for (const u of [0.2, 0.8])
    out.push(
      line(x0 + u * L, py + ph * 0.15, x0 + u * L, gy + ph * 0.1, {
        stroke: '#8aa0c0',
        strokeWidth: 1.2,
        opacity: 0.5,
      }),
    );
  const Pt = (u, v) => [x0 + u * L, gy - v * L];
  const profile = [
    [-0.02, 0.1],
    [0.0, 0.16],
    [0.05, 0.215],
    [0.2, 0.255],
    [0.32, 0.29],
    [0.48, 0.3],
    [0.6, 0.27],
    [0.7, 0.225],
    [0.85, 0.2],
    [0.97, 0.18],
    [1.02, 0.14],
    [1.0, 0.09],
  ].map(([u, v]) => Pt(u, v));
  const belt = [
    [0.02, 0.19],
    [0.3, 0.205],
    [0.6, 0.2],
    [0.95, 0.17],
  ].map(([u, v]) => Pt(u, v));
  const sill = [
    [0.29, 0.085],
    [0.5, 0.08],
    [0.71, 0.085],
  ].map(([u, v]) => Pt(u, v));
  const glass = [
    [0.66, 0.228],
    [0.58, 0.27],
    [0.48, 0.285],
    [0.32, 0.275],
    [0.15, 0.235],
  ].map(([u, v]) => Pt(u, v));
  const strokes = [profile, belt, sill, glass].map((pts) => sampleSpline(pts, 24));
  const seq = [0, 0.35, 0.55, 0.7];
  strokes.forEach((pts, i) => {
    const tt = Math.max(0, Math.min(1, (t - seq[i]) / 0.35));
    for (let k = 0; k < 3; k++) {
      const jitter = pts.map(([x, y], j) => [
        x + Math.sin(j * 0.3 + k * 2) * 1.5,
        y + Math.cos(j * 0.21 + k) * 1.8 + k * 1.2,
      ]);
      out.push(
        path(partial(jitter, tt), {
          fill: 'none',
          stroke: ink,
          strokeWidth: k ? 1.2 : 2.6,
          opacity: k ? 0.35 : 0.85,
          strokeLinecap: 'round',
          strokeLinejoin: 'round',
        }),
      );
    }
  });
  // wheels
  const wt = Math.max(0, Math.min(1, (t - 0.5) / 0.3));
  for (const u of [0.2, 0.8]) {
    const [cx, cy] = Pt(u, 0.075);
    const R = 0.075 * L;
    const pts = [];
    for (let k = 0; k <= 64; k++)
      pts.push([
        cx + Math.cos((k / 64) * Math.PI * 2) * R,
        cy + Math.sin((k / 64) * Math.PI * 2) * R,
      ]);
    out.push(
      path(partial(pts, wt), { fill: 'none', stroke: ink, strokeWidth: 2.4, opacity: 0.85 }),
    );
    const pts2 = pts.map(([x, y]) => [cx + (x - cx) * 0.62, cy + (y - cy) * 0.62]);
    out.push(
      path(partial(pts2, wt), { fill: 'none', stroke: ink, strokeWidth: 1.4, opacity: 0.6 }),
    );
  }
  // marker shading
  const mt = Math.max(0, Math.min(1, (t - 0.75) / 0.25));
  if (mt > 0) {
    const shade = sampleSpline(
      [
        [0.05, 0.16],
        [0.3, 0.17],
        [0.6, 0.165],
        [0.93, 0.15],
      ].map(([u, v]) => Pt(u, v)),
      24,
    );
    out.push(
      path(partial(shade, mt), {
        fill: 'none',
        stroke: accent,
        strokeWidth: L * 0.018,
        opacity: 0.55,
        strokeLinecap: 'round',
      }),
    );
    const shade2 = sampleSpline(
      [
        [0.32, 0.12],
        [0.5, 0.115],
        [0.68, 0.12],
      ].map(([u, v]) => Pt(u, v)),
      24,
    );
    out.push(
      path(partial(shade2, mt), {
        fill: 'none',
        stroke: darken(accent, 0.3),
        strokeWidth: L * 0.01,
        opacity: 0.4,
        strokeLinecap: 'round',
      }),
    );
  }
  // pencil
  out.push(
    g(
      [
        rect(0, -9, 260, 18, { fill: '#e9b949', rx: 3 }),
        path('M260 -9 L300 0 L260 9 Z', { fill: '#f0d6b0' }),
        path('M288 -3 L300 0 L288 3 Z', { fill: '#333' }),
        rect(-30, -9, 30, 18, { fill: '#c9c9c9' }),
      ],
      {
        transform: `translate(${f(px + pw * 0.62)} ${f(py + ph * 0.92)}) rotate(-12)`,
      },
    ),
  );
  out.push(vignette(s, W, H, 0.45));
  return out.join('');
}

/* ---------- grilles through the decades ---------- */

/** Front view of a car from a given era; cx = centre, gy = ground, Wd = width. */
export function carFront(s, cx, gy, Wd, era, color) {
  const u = Wd / 100;
  const X = (x) => cx + x * u;
  const Y = (y) => gy - y * u;
  const chrome = s.lin([
    [0, '#ffffff'],
    [0.35, '#c9ced6'],
    [0.55, '#7d848f'],
    [0.7, '#e6e9ee'],
    [1, '#8d939c'],
  ]);
  const body = s.lin([
    [0, lighten(color, 0.3)],
    [0.5, color],
    [1, darken(color, 0.35)],
  ]);
  const parts = [
    ellipse(cx, gy, Wd * 0.58, Wd * 0.05, {
      fill: '#000',
      opacity: 0.5,
      filter: s.blur(f(Wd * 0.03)),
    }),
  ];
  const tyre = (x, w, h) =>
    rect(X(x) - (w * u) / 2, Y(h), w * u, h * u, { fill: '#16171b', rx: w * u * 0.25 });
  if (era === 1920) {
    parts.push(tyre(-38, 9, 30), tyre(38, 9, 30));
    // fenders
    parts.push(
      path(`M${X(-48)} ${Y(22)} Q${X(-38)} ${Y(40)} ${X(-28)} ${Y(22)} Z`, {
        fill: darken(color, 0.2),
      }),
      path(`M${X(28)} ${Y(22)} Q${X(38)} ${Y(40)} ${X(48)} ${Y(22)} Z`, {
        fill: darken(color, 0.2),
      }),
    );
    // body / bonnet & cabin
    parts.push(
      path(`M${X(-30)} ${Y(95)} L${X(30)} ${Y(95)} L${X(32)} ${Y(50)} L${X(-32)} ${Y(50)} Z`, {
        fill: darken(color, 0.3),
      }),
    );
    parts.push(
      rect(X(-27), Y(92), 54 * u, 26 * u, {
        fill: s.lin([
          [0, '#c8d4dc'],
          [1, '#6b7c88'],
        ]),
        opacity: 0.85,
      }),
    );
    parts.push(rect(X(-34), Y(52), 68 * u, 6 * u, { fill: body }));
    // radiator
    parts.push(
      path(
        `M${X(-14)} ${Y(20)} L${X(-14)} ${Y(62)} Q${X(0)} ${Y(70)} ${X(14)} ${Y(62)} L${X(14)} ${Y(20)} Z`,
        { fill: chrome },
      ),
    );
    parts.push(
      path(
        `M${X(-11)} ${Y(23)} L${X(-11)} ${Y(60)} Q${X(0)} ${Y(66)} ${X(11)} ${Y(60)} L${X(11)} ${Y(23)} Z`,
        { fill: '#22252b' },
      ),
    );
    for (let i = -9; i <= 9; i += 2)
      parts.push(line(X(i), Y(24), X(i), Y(61), { stroke: '#aab1bb', strokeWidth: u * 0.5 }));
    // lamps
    for (const x of [-27, 27]) {
      parts.push(line(X(x), Y(30), X(x * 0.6), Y(24), { stroke: '#5a5f66', strokeWidth: u * 1.2 }));
      parts.push(
        circle(X(x), Y(42), 8 * u, { fill: chrome }),
        circle(X(x), Y(42), 6.3 * u, {
          fill: s.rad([
            [0, '#fffbe8'],
            [0.7, '#f0e6c0'],
            [1, '#a89a70'],
          ]),
        }),
      );
    }
    parts.push(rect(X(-40), Y(16), 80 * u, 3 * u, { fill: chrome, rx: u }));
  } else if (era === 1955) {
    parts.push(tyre(-36, 12, 18), tyre(36, 12, 18));
    parts.push(
      path(
        `M${X(-30)} ${Y(78)} Q${X(0)} ${Y(84)} ${X(30)} ${Y(78)} L${X(38)} ${Y(52)} L${X(-38)} ${Y(52)} Z`,
        { fill: darken(color, 0.15) },
      ),
    );
    parts.push(
      path(
        `M${X(-27)} ${Y(76)} Q${X(0)} ${Y(81)} ${X(27)} ${Y(76)} L${X(33)} ${Y(55)} L${X(-33)} ${Y(55)} Z`,
        {
          fill: s.lin([
            [0, '#d6e4ea'],
            [1, '#7895a3'],
          ]),
          opacity: 0.9,
        },
      ),
    );
    parts.push(
      path(
        `M${X(-50)} ${Y(16)} Q${X(-52)} ${Y(48)} ${X(-40)} ${Y(54)} L${X(40)} ${Y(54)} Q${X(52)} ${Y(48)} ${X(50)} ${Y(16)} Z`,
        { fill: body },
      ),
    );
    parts.push(
      ellipse(X(0), Y(32), 26 * u, 9 * u, { fill: chrome }),
      ellipse(X(0), Y(32), 23 * u, 7 * u, { fill: '#1e2024' }),
    );
    for (let i = -2; i <= 2; i++)
      parts.push(
        line(X(-22), Y(32 + i * 2.6), X(22), Y(32 + i * 2.6), {
          stroke: '#c4cad2',
          strokeWidth: u * 0.9,
        }),
      );
    for (const x of [-39, 39])
      parts.push(
        circle(X(x), Y(38), 7.5 * u, { fill: chrome }),
        circle(X(x), Y(38), 6 * u, {
          fill: s.rad([
            [0, '#fffdf0'],
            [0.7, '#efe7c8'],
            [1, '#9d9377'],
          ]),
        }),
      );
    parts.push(rect(X(-52), Y(17), 104 * u, 6 * u, { fill: chrome, rx: 3 * u }));
    for (const x of [-14, 14])
      parts.push(rect(X(x) - 2 * u, Y(24), 4 * u, 10 * u, { fill: chrome, rx: 2 * u }));
  } else if (era === 1975) {
    parts.push(tyre(-36, 13, 16), tyre(36, 13, 16));
    parts.push(
      path(`M${X(-32)} ${Y(82)} L${X(32)} ${Y(82)} L${X(40)} ${Y(52)} L${X(-40)} ${Y(52)} Z`, {
        fill: darken(color, 0.15),
      }),
    );
    parts.push(
      path(`M${X(-29)} ${Y(79)} L${X(29)} ${Y(79)} L${X(36)} ${Y(55)} L${X(-36)} ${Y(55)} Z`, {
        fill: s.lin([
          [0, '#d7dde2'],
          [1, '#68757f'],
        ]),
        opacity: 0.9,
      }),
    );
    parts.push(rect(X(-48), Y(52), 96 * u, 38 * u, { fill: body, rx: 2 * u }));
    parts.push(rect(X(-30), Y(46), 60 * u, 16 * u, { fill: '#15161a' }));
    for (let i = 0; i < 6; i++)
      parts.push(rect(X(-29), Y(44 - i * 2.5), 58 * u, 1.1 * u, { fill: '#3b3e45' }));
    for (const x of [-40, 40])
      parts.push(
        rect(X(x) - 7 * u, Y(47), 14 * u, 12 * u, { fill: chrome, rx: 1.5 * u }),
        rect(X(x) - 5.5 * u, Y(45.5), 11 * u, 9 * u, {
          fill: s.rad([
            [0, '#fffdf0'],
            [0.8, '#e8e0c4'],
            [1, '#a09880'],
          ]),
        }),
      );
    parts.push(rect(X(-50), Y(20), 100 * u, 7 * u, { fill: '#1b1c20', rx: u }));
    parts.push(
      rect(X(-45), Y(30), 8 * u, 3 * u, { fill: '#f39c35' }),
      rect(X(37), Y(30), 8 * u, 3 * u, { fill: '#f39c35' }),
    );
  } else if (era === 1995) {
    parts.push(tyre(-37, 13, 16), tyre(37, 13, 16));
    parts.push(
      path(
        `M${X(-28)} ${Y(86)} Q${X(0)} ${Y(92)} ${X(28)} ${Y(86)} L${X(40)} ${Y(56)} L${X(-40)} ${Y(56)} Z`,
        { fill: darken(color, 0.2) },
      ),
    );
    parts.push(
      path(
        `M${X(-26)} ${Y(83)} Q${X(0)} ${Y(88)} ${X(26)} ${Y(83)} L${X(36)} ${Y(58)} L${X(-36)} ${Y(58)} Z`,
        {
          fill: s.lin([
            [0, '#d3dde6'],
            [1, '#4f6170'],
          ]),
          opacity: 0.9,
        },
      ),
    );
    parts.push(
      path(
        `M${X(-50)} ${Y(16)} Q${X(-52)} ${Y(50)} ${X(-40)} ${Y(57)} Q${X(0)} ${Y(62)} ${X(40)} ${Y(57)} Q${X(52)} ${Y(50)} ${X(50)} ${Y(16)} Z`,
        { fill: body },
      ),
    );
    parts.push(
      ellipse(X(0), Y(42), 13 * u, 4.5 * u, { fill: '#1b1d22' }),
      ellipse(X(0), Y(42), 13 * u, 4.5 * u, { fill: 'none', stroke: chrome, strokeWidth: u }),
    );
    for (const sgn of [-1, 1])
      parts.push(
        path(
          `M${X(sgn * 16)} ${Y(46)} Q${X(sgn * 30)} ${Y(52)} ${X(sgn * 44)} ${Y(46)} Q${X(sgn * 40)} ${Y(38)} ${X(sgn * 18)} ${Y(40)} Z`,
          {
            fill: s.lin([
              [0, '#ffffff'],
              [1, '#aeb8c2'],
            ]),
          },
        ),
      );
    parts.push(
      path(
        `M${X(-26)} ${Y(26)} Q${X(0)} ${Y(22)} ${X(26)} ${Y(26)} L${X(22)} ${Y(18)} L${X(-22)} ${Y(18)} Z`,
        { fill: '#1b1d22' },
      ),
    );
  } else {
    parts.push(tyre(-38, 14, 16), tyre(38, 14, 16));
    parts.push(
      path(
        `M${X(-26)} ${Y(88)} Q${X(0)} ${Y(93)} ${X(26)} ${Y(88)} L${X(42)} ${Y(56)} L${X(-42)} ${Y(56)} Z`,
        { fill: '#101217' },
      ),
    );
    parts.push(
      path(
        `M${X(-24)} ${Y(86)} Q${X(0)} ${Y(90)} ${X(24)} ${Y(86)} L${X(38)} ${Y(58)} L${X(-38)} ${Y(58)} Z`,
        {
          fill: s.lin([
            [0, '#3c4a5c'],
            [1, '#0c0f14'],
          ]),
        },
      ),
    );
    parts.push(
      path(
        `M${X(-52)} ${Y(14)} Q${X(-54)} ${Y(48)} ${X(-42)} ${Y(57)} Q${X(0)} ${Y(62)} ${X(42)} ${Y(57)} Q${X(54)} ${Y(48)} ${X(52)} ${Y(14)} Z`,
        { fill: body },
      ),
    );
    parts.push(
      path(`M${X(-44)} ${Y(47)} Q${X(0)} ${Y(51)} ${X(44)} ${Y(47)}`, {
        fill: 'none',
        stroke: '#f4fbff',
        strokeWidth: 1.6 * u,
        strokeLinecap: 'round',
        filter: s.glow(f(u * 1.2)),
      }),
    );
    parts.push(
      path(
        `M${X(-30)} ${Y(24)} Q${X(0)} ${Y(21)} ${X(30)} ${Y(24)} L${X(26)} ${Y(17)} L${X(-26)} ${Y(17)} Z`,
        { fill: '#16181d' },
      ),
    );
    for (let i = -4; i <= 4; i++)
      parts.push(
        line(X(i * 5.5), Y(17.5), X(i * 5.5), Y(23), { stroke: '#2c313a', strokeWidth: u * 0.8 }),
      );
    parts.push(rect(X(-4), Y(38), 8 * u, 3 * u, { fill: '#cfd5dc', rx: 1.5 * u, opacity: 0.8 }));
  }
  // body sheen
  return g(parts);
}

const ERAS = {
  1920: { color: '#1f3b2f', bg: ['#efe1c6', '#b79a6e'] },
  1955: { color: '#8fcfc0', bg: ['#fbeedd', '#e8b89a'] },
  1975: { color: '#e07a2a', bg: ['#f2d8b0', '#8a5a33'] },
  1995: { color: '#4f6d8f', bg: ['#e3e8ef', '#8c9bb0'] },
  2025: { color: '#d9603b', bg: ['#2a2f3a', '#0e1015'] },
};

/** One era's car face in a studio backdrop, or all five in a row (era: 'all'). */
export function grille(s, W, H, p, _r) {
  const { era = 1955 } = p;
  const out = [];
  if (era === 'all') {
    out.push(
      rect(0, 0, W, H, {
        fill: s.lin([
          [0, '#f6ece0'],
          [1, '#dcc3aa'],
        ]),
      }),
    );
    out.push(glowSpot(s, W * 0.5, H * 0.3, W * 0.7, H * 0.5, '#fff', 0.6));
    const gy = H * 0.7;
    out.push(
      rect(0, gy, W, H - gy, {
        fill: s.lin(
          [
            [0, '#cdb197'],
            [1, '#a8876b'],
          ],
          0,
          gy,
          0,
          H,
          true,
        ),
      }),
    );
    const eras = [1920, 1955, 1975, 1995, 2025];
    const wd = Math.min(W / 6.2, H * 0.3);
    eras.forEach((e, i) => {
      const cx = W / 2 + (i - 2) * wd * 1.18;
      out.push(carFront(s, cx, gy, wd, e, ERAS[e].color));
      out.push(
        text(cx, gy + H * 0.1, String(e === 2025 ? 2025 : e), {
          fill: '#5b4030',
          fontFamily: 'Noto Sans Display',
          fontSize: f(wd * 0.16),
          textAnchor: 'middle',
          fontWeight: 600,
          letterSpacing: 2,
        }),
      );
    });
    out.push(
      line(W * 0.08, gy + H * 0.05, W * 0.92, gy + H * 0.05, {
        stroke: '#7a5a44',
        strokeWidth: 2,
        opacity: 0.5,
      }),
    );
    out.push(vignette(s, W, H, 0.35, '#3a2418'));
    return out.join('');
  }
  const E = ERAS[era];
  out.push(
    rect(0, 0, W, H, {
      fill: s.lin(
        [
          [0, E.bg[0]],
          [1, E.bg[1]],
        ],
        0,
        0,
        0.3,
        1,
      ),
    }),
  );
  out.push(
    glowSpot(
      s,
      W * 0.5,
      H * 0.38,
      W * 0.55,
      H * 0.5,
      era === 2025 ? '#6f8fb8' : '#ffffff',
      era === 2025 ? 0.35 : 0.6,
    ),
  );
  const gy = H * 0.86;
  out.push(
    rect(0, gy - H * 0.02, W, H, {
      fill: s.lin(
        [
          [0, darken(E.bg[1], 0.1)],
          [1, darken(E.bg[1], 0.35)],
        ],
        0,
        gy,
        0,
        H,
        true,
      ),
    }),
  );
  const wd = Math.min(W * 0.55, H * 0.78);
  out.push(carFront(s, W / 2, gy, wd, era, E.color));
  out.push(vignette(s, W, H, era === 2025 ? 0.6 : 0.35));
  return out.join('');
}

/* ---------- seat anatomy ---------- */

const SEAT = {
  cushion:
    'M40 330 C40 300 60 288 100 288 L300 298 C332 300 342 320 337 345 L332 370 C327 386 312 392 290 392 L80 392 C55 392 40 377 40 355 Z',
  back: 'M268 304 C258 222 268 122 288 62 C294 46 320 40 336 50 C352 60 354 80 352 100 C347 172 342 242 338 304 Z',
  head: 'M284 -38 C284 -52 296 -60 312 -60 L344 -60 C360 -60 368 -50 366 -36 L362 8 C360 20 352 26 340 26 L306 26 C292 26 284 18 284 6 Z',
};

function seatLayer(s, kind, c) {
  const parts = [];
  if (kind === 'frame') {
    const st = { fill: 'none', stroke: '#8a929c', strokeWidth: 10, strokeLinejoin: 'round' };
    parts.push(path(SEAT.cushion, st), path(SEAT.back, st));
    parts.push(
      path('M60 392 L60 430 M310 392 L310 430 M30 430 L340 430', {
        ...st,
        stroke: '#5c636d',
        strokeWidth: 14,
        strokeLinecap: 'round',
      }),
    );
    for (let i = 0; i < 6; i++)
      parts.push(
        path(`M${70 + i * 42} 300 q10 40 0 80`, {
          fill: 'none',
          stroke: '#aab2bc',
          strokeWidth: 5,
        }),
      );
    for (let i = 0; i < 5; i++)
      parts.push(
        path(`M278 ${90 + i * 44} q30 -10 60 0`, {
          fill: 'none',
          stroke: '#aab2bc',
          strokeWidth: 5,
        }),
      );
    parts.push(path('M312 26 L312 52 M340 26 L340 52', { stroke: '#aab2bc', strokeWidth: 8 }));
  } else if (kind === 'foam') {
    const fill = s.lin(
      [
        [0, '#fff1b8'],
        [1, '#e9c46a'],
      ],
      0,
      0,
      1,
      1,
    );
    parts.push(path(SEAT.cushion, { fill }), path(SEAT.back, { fill }));
    const pores = dots(s, '#c99a2e', 14, 2.2, 0.6);
    parts.push(path(SEAT.cushion, { fill: pores }), path(SEAT.back, { fill: pores }));
  } else if (kind === 'cover') {
    const fill = s.lin(
      [
        [0, lighten(c, 0.2)],
        [1, darken(c, 0.25)],
      ],
      0,
      0,
      1,
      1,
    );
    parts.push(path(SEAT.cushion, { fill }), path(SEAT.back, { fill }));
    parts.push(
      path(SEAT.cushion, { fill: hatch(s, lighten(c, 0.35), 7, 2, 45, 0.35) }),
      path(SEAT.back, { fill: hatch(s, lighten(c, 0.35), 7, 2, 45, 0.35) }),
    );
    parts.push(
      path('M60 320 C120 312 240 318 320 326', {
        fill: 'none',
        stroke: '#f4e6d8',
        strokeWidth: 3,
        strokeDasharray: '8 6',
      }),
    );
    parts.push(
      path('M290 80 C284 150 284 230 290 300', {
        fill: 'none',
        stroke: '#f4e6d8',
        strokeWidth: 3,
        strokeDasharray: '8 6',
      }),
    );
  } else {
    parts.push(
      path(SEAT.head, {
        fill: s.lin(
          [
            [0, lighten(c, 0.2)],
            [1, darken(c, 0.25)],
          ],
          0,
          0,
          1,
          1,
        ),
      }),
    );
    parts.push(path('M312 26 L312 60 M340 26 L340 60', { stroke: '#aab2bc', strokeWidth: 8 }));
  }
  return parts.join('');
}

/** Exploded view of a car seat: frame, foams, cover and headrest. */
export function seatExploded(s, W, H, p, _r) {
  const { cover = '#c2573a' } = p;
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, '#f3f1ec'],
        [1, '#dcd6cc'],
      ]),
    }),
  ];
  out.push(rect(0, 0, W, H, { fill: dots(s, '#8a8478', 32, 1.4, 0.4) }));
  const k = Math.min(W / 1600, H / 1000) * 1.0;
  const step = 360 * k;
  const rise = 50 * k;
  const total = step * 2 + 400 * k;
  const x0 = W / 2 - total / 2 - 30 * k;
  const y0 = H / 2 - 170 * k;
  const pos = [
    [x0, y0 + rise],
    [x0 + step, y0],
    [x0 + step * 2, y0 - rise],
    [x0 + step * 2, y0 - rise - 150 * k],
  ];
  const layers = [
    ['frame', null],
    ['foam', null],
    ['cover', cover],
    ['head', cover],
  ];
  // leader lines
  for (let i = 0; i < 2; i++) {
    const [xa, ya] = pos[i];
    out.push(
      line(xa + 352 * k, ya + 180 * k, pos[i + 1][0] + 270 * k, pos[i + 1][1] + 180 * k, {
        stroke: '#6b7280',
        strokeWidth: 2,
        strokeDasharray: '8 8',
      }),
    );
    out.push(
      line(xa + 340 * k, ya + 340 * k, pos[i + 1][0] + 40 * k, pos[i + 1][1] + 340 * k, {
        stroke: '#6b7280',
        strokeWidth: 2,
        strokeDasharray: '8 8',
      }),
    );
  }
  out.push(
    line(pos[2][0] + 326 * k, pos[2][1] + 40 * k, pos[3][0] + 326 * k, pos[3][1] + 60 * k, {
      stroke: '#6b7280',
      strokeWidth: 2,
      strokeDasharray: '8 8',
    }),
  );
  layers.forEach(([kind, c], i) => {
    const [tx, ty] = pos[i];
    out.push(
      g(seatLayer(s, kind, c), {
        transform: `translate(${f(tx + 14)} ${f(ty + 22)}) scale(${f(k)})`,
        opacity: 0.2,
        filter: s.blur(10),
      }),
    );
    out.push(
      g(seatLayer(s, kind, c), { transform: `translate(${f(tx)} ${f(ty)}) scale(${f(k)})` }),
    );
    const [bx, by] = kind === 'head' ? [tx + 420 * k, ty - 20 * k] : [tx + 190 * k, ty + 470 * k];
    out.push(circle(bx, by, 26 * k, { fill: '#2b3447' }));
    out.push(
      text(bx, by + 10 * k, String(i + 1), {
        fill: '#fff',
        fontFamily: 'Noto Sans Display',
        fontWeight: 700,
        fontSize: f(28 * k),
        textAnchor: 'middle',
      }),
    );
  });
  out.push(vignette(s, W, H, 0.2, '#3a3024'));
  return out.join('');
}

/** Cut-away block of seat layers: cover, comfort foam, support foam, springs. */
export function seatSection(s, W, H, p, r) {
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, '#2d2a33'],
        [1, '#16151b'],
      ]),
    }),
  ];
  out.push(glowSpot(s, W * 0.45, H * 0.3, W * 0.6, H * 0.5, '#ffe9d6', 0.18));
  const layers = [
    ['#c2573a', 0.06, 'fabric'],
    ['#fff1b8', 0.2, 'soft'],
    ['#f2b05e', 0.22, 'firm'],
    ['#5c636d', 0.18, 'spring'],
  ];
  const bw = W * 0.56;
  const dx = W * 0.14;
  const dy = -H * 0.12;
  const x0 = W * 0.16;
  let y = H * 0.3;
  layers.forEach(([c, hf, kind], i) => {
    const h = H * hf;
    const front = [
      [x0, y],
      [x0 + bw, y],
      [x0 + bw, y + h],
      [x0, y + h],
    ];
    const side = [
      [x0 + bw, y],
      [x0 + bw + dx, y + dy],
      [x0 + bw + dx, y + dy + h],
      [x0 + bw, y + h],
    ];
    out.push(
      path(poly(front), {
        fill: s.lin([
          [0, lighten(c, 0.1)],
          [1, darken(c, 0.12)],
        ]),
      }),
    );
    out.push(path(poly(side), { fill: darken(c, 0.25) }));
    if (i === 0)
      out.push(
        path(
          poly([
            [x0, y],
            [x0 + dx, y + dy],
            [x0 + bw + dx, y + dy],
            [x0 + bw, y],
          ]),
          { fill: lighten(c, 0.15) },
        ),
      );
    if (kind === 'fabric')
      out.push(path(poly(front), { fill: hatch(s, lighten(c, 0.35), 6, 2, 45, 0.5) }));
    if (kind === 'soft' || kind === 'firm') {
      for (let n = 0; n < (kind === 'soft' ? 70 : 140); n++)
        out.push(
          circle(x0 + r() * bw, y + r() * h, kind === 'soft' ? r.range(4, 9) : r.range(2, 4), {
            fill: darken(c, 0.25),
            opacity: 0.5,
          }),
        );
    }
    if (kind === 'spring') {
      for (let n = 0; n < 7; n++) {
        const sx = x0 + 30 + (n * (bw - 60)) / 6;
        let d = `M${f(sx)} ${f(y + 8)}`;
        for (let z = 0; z < 6; z++)
          d += ` L${f(sx + (z % 2 ? -18 : 18))} ${f(y + 8 + ((z + 1) * (h - 16)) / 6)}`;
        out.push(path(d, { fill: 'none', stroke: '#cfd5dc', strokeWidth: 4 }));
      }
    }
    out.push(line(x0 - 30, y + h / 2, x0 - 90, y + h / 2, { stroke: '#aab2bc', strokeWidth: 2 }));
    out.push(circle(x0 - 110, y + h / 2, 20, { fill: 'none', stroke: '#aab2bc', strokeWidth: 3 }));
    out.push(
      text(x0 - 110, y + h / 2 + 8, String(i + 1), {
        fill: '#e9eef4',
        fontFamily: 'Noto Sans Display',
        fontWeight: 700,
        fontSize: 22,
        textAnchor: 'middle',
      }),
    );
    y += h;
  });
  out.push(vignette(s, W, H, 0.45));
  return out.join('');
}

/** Close-up of a woven seat fabric made from recycled fibres. */
export function fabricWeave(s, W, H, p, _r) {
  const { a = '#8a8f99', b = '#c2573a' } = p;
  const out = [rect(0, 0, W, H, { fill: '#3a3d45' })];
  const cell = Math.min(W, H) / 9;
  const parts = [];
  const cols = Math.ceil(W / cell) + 2;
  const rows = Math.ceil(H / cell) + 2;
  for (let i = -1; i < cols; i++) {
    for (let j = -1; j < rows; j++) {
      const over = (i + j) % 2 === 0;
      const x = i * cell;
      const y = j * cell;
      const accent = i % 4 === 1;
      const c = accent ? b : mix(a, '#ffffff', ((i * 7 + j * 3) % 5) * 0.03);
      const horiz = over;
      const fill = horiz
        ? s.lin(
            [
              [0, darken(c, 0.35)],
              [0.3, lighten(c, 0.15)],
              [0.7, c],
              [1, darken(c, 0.4)],
            ],
            0,
            0,
            0,
            1,
          )
        : s.lin(
            [
              [0, darken(c, 0.35)],
              [0.3, lighten(c, 0.15)],
              [0.7, c],
              [1, darken(c, 0.4)],
            ],
            0,
            0,
            1,
            0,
          );
      parts.push(
        rect(x + cell * 0.04, y + cell * 0.04, cell * 0.92, cell * 0.92, { fill, rx: cell * 0.22 }),
      );
      // fibres
      for (let n = 0; n < 5; n++) {
        const o = cell * (0.2 + n * 0.15);
        parts.push(
          horiz
            ? line(x + cell * 0.1, y + o, x + cell * 0.9, y + o, {
                stroke: lighten(c, 0.3),
                strokeWidth: 1.2,
                opacity: 0.35,
              })
            : line(x + o, y + cell * 0.1, x + o, y + cell * 0.9, {
                stroke: lighten(c, 0.3),
                strokeWidth: 1.2,
                opacity: 0.35,
              }),
        );
      }
    }
  }
  out.push(g(parts, { transform: `rotate(-12 ${f(W / 2)} ${f(H / 2)})` }));
  out.push(glowSpot(s, W * 0.35, H * 0.3, W * 0.6, H * 0.5, '#ffffff', 0.18));
  out.push(vignette(s, W, H, 0.55));
  return out.join('');
}
