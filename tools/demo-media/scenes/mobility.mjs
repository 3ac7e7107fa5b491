/** Mobility scenes: car-free street, countryside car-sharing, city of 2040, flow maps. */
import { carSide, carTop } from '../lib/car.mjs';
import { dots, figure, hills, isoBox, isoPt, tree, vignette } from '../lib/kit.mjs';
import {
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
  spline,
} from '../lib/svg.mjs';

/** Cyclist in side view; (x, y) = ground under the bike centre, h = height. */
export function cyclist(s, x, y, h, o = {}) {
  const {
    body = '#c2417a',
    skin = '#e3b28c',
    bike = '#2b2f38',
    hair = '#2a1d18',
    t = 0,
    flip = false,
  } = o;
  const u = h / 10;
  const R = u * 1.9;
  const parts = [
    ellipse(x, y, u * 4.2, u * 0.4, { fill: '#000', opacity: 0.22, filter: s.blur(f(u * 0.3)) }),
  ];
  const w1 = [x - u * 2.3, y - R];
  const w2 = [x + u * 2.3, y - R];
  for (const [wx, wy] of [w1, w2]) {
    parts.push(
      circle(wx, wy, R, { fill: 'none', stroke: bike, strokeWidth: f(u * 0.35) }),
      circle(wx, wy, u * 0.25, { fill: bike }),
    );
    for (let i = 0; i < 6; i++) {
      const a = (i / 6) * Math.PI + t * 12;
      parts.push(
        line(
          wx - Math.cos(a) * R,
          wy - Math.sin(a) * R,
          wx + Math.cos(a) * R,
          wy + Math.sin(a) * R,
          { stroke: bike, strokeWidth: f(u * 0.06), opacity: 0.6 },
        ),
      );
    }
  }
  const seat = [x - u * 0.8, y - u * 5.2];
  const bar = [x + u * 1.8, y - u * 5.6];
  const crank = [x, y - R];
  parts.push(
    path(
      `M${f(w1[0])} ${f(w1[1])} L${f(crank[0])} ${f(crank[1])} L${f(seat[0])} ${f(seat[1] + u * 0.4)} Z M${f(crank[0])} ${f(crank[1])} L${f(bar[0] - u * 0.3)} ${f(bar[1] + u * 0.6)} L${f(seat[0] + u * 0.2)} ${f(seat[1] + u * 0.6)} M${f(bar[0] - u * 0.3)} ${f(bar[1] + u * 0.6)} L${f(w2[0])} ${f(w2[1])}`,
      { fill: 'none', stroke: bike, strokeWidth: f(u * 0.35), strokeLinejoin: 'round' },
    ),
  );
  // rider
  const hip = [seat[0], seat[1] - u * 0.3];
  const sh = [x + u * 0.6, y - u * 8.2];
  const pedal = [crank[0] + Math.cos(t * 12) * u * 0.9, crank[1] + Math.sin(t * 12) * u * 0.9];
  const knee = [x + u * 0.7, y - u * 4.2 + Math.sin(t * 12) * u * 0.4];
  parts.push(
    path(`M${f(hip[0])} ${f(hip[1])} L${f(knee[0])} ${f(knee[1])} L${f(pedal[0])} ${f(pedal[1])}`, {
      fill: 'none',
      stroke: '#2b3340',
      strokeWidth: f(u * 0.7),
      strokeLinecap: 'round',
      strokeLinejoin: 'round',
    }),
  );
  parts.push(
    path(
      `M${f(hip[0] - u * 0.5)} ${f(hip[1])} L${f(sh[0] - u * 0.6)} ${f(sh[1])} L${f(sh[0] + u * 0.6)} ${f(sh[1] + u * 0.3)} L${f(hip[0] + u * 0.7)} ${f(hip[1] + u * 0.2)} Z`,
      { fill: body },
    ),
  );
  parts.push(
    path(`M${f(sh[0])} ${f(sh[1] + u * 0.4)} L${f(bar[0])} ${f(bar[1])}`, {
      stroke: darken(body, 0.15),
      strokeWidth: f(u * 0.5),
      strokeLinecap: 'round',
    }),
  );
  parts.push(
    circle(sh[0] + u * 0.2, sh[1] - u * 1.1, u * 0.8, { fill: skin }),
    path(
      `M${f(sh[0] - u * 0.6)} ${f(sh[1] - u * 1.1)} A${f(u * 0.85)} ${f(u * 0.85)} 0 0 1 ${f(sh[0] + u * 1.0)} ${f(sh[1] - u * 1.2)} Z`,
      { fill: hair },
    ),
  );
  return g(parts, flip ? { transform: `translate(${f(2 * x)} 0) scale(-1 1)` } : {});
}

/** Tram in side view; x = left end, y = rail level, L = length. */
export function tram(s, x, y, L, color = '#1f9d8a', lit = false) {
  const h = L * 0.16;
  const parts = [
    ellipse(x + L / 2, y, L * 0.52, h * 0.12, { fill: '#000', opacity: 0.35, filter: s.blur(8) }),
  ];
  parts.push(
    rect(x, y - h, L, h * 0.92, {
      fill: s.lin([
        [0, lighten(color, 0.35)],
        [0.5, color],
        [1, darken(color, 0.3)],
      ]),
      rx: h * 0.22,
    }),
  );
  parts.push(
    rect(x + h * 0.25, y - h * 0.86, L - h * 0.5, h * 0.42, {
      fill: lit ? '#ffe9b8' : '#1c2a33',
      rx: h * 0.08,
    }),
  );
  const n = Math.floor(L / (h * 0.6));
  for (let i = 1; i < n; i++)
    parts.push(
      rect(x + h * 0.25 + (i * (L - h * 0.5)) / n - 3, y - h * 0.86, 6, h * 0.42, {
        fill: darken(color, 0.2),
      }),
    );
  parts.push(
    rect(x + h * 0.1, y - h * 0.3, L - h * 0.2, h * 0.06, { fill: '#f4f1e6', opacity: 0.8 }),
  );
  for (let i = 0; i < 3; i++)
    parts.push(
      rect(x + L * (0.2 + i * 0.3), y - h * 0.82, h * 0.32, h * 0.74, {
        fill: 'none',
        stroke: '#f4f1e6',
        strokeWidth: 3,
        opacity: 0.7,
        rx: 4,
      }),
    );
  parts.push(
    path(
      `M${f(x + L * 0.45)} ${f(y - h)} L${f(x + L * 0.5)} ${f(y - h * 1.5)} L${f(x + L * 0.6)} ${f(y - h * 1.5)}`,
      { fill: 'none', stroke: '#30343c', strokeWidth: 4 },
    ),
  );
  for (const k of [0.12, 0.3, 0.7, 0.88])
    parts.push(circle(x + L * k, y - h * 0.06, h * 0.1, { fill: '#222' }));
  if (lit) parts.push(circle(x + L - 4, y - h * 0.2, 6, { fill: '#fff6d8', filter: s.glow(6) }));
  return g(parts);
}

function facadeRow(s, r, W, base, top, palette, o = {}) {
  const { lit = 0, plants = true } = o;
  const parts = [];
  let x = -20;
  while (x < W) {
    const w = r.range(180, 300);
    const h = r.range(0.55, 0.95) * (base - top);
    const c = r.pick(palette);
    parts.push(
      rect(x, base - h, w, h, {
        fill: s.lin(
          [
            [0, lighten(c, 0.08)],
            [1, darken(c, 0.08)],
          ],
          0,
          0,
          1,
          0,
        ),
      }),
    );
    parts.push(rect(x, base - h, w, 10, { fill: darken(c, 0.2) }));
    const floors = Math.floor(h / 70);
    for (let fl = 0; fl < floors - 1; fl++) {
      for (let k = 0; k < Math.floor(w / 60); k++) {
        const wx = x + 18 + k * 60;
        const wy = base - h + 30 + fl * 70;
        const on = r() < lit;
        parts.push(
          rect(wx, wy, 30, 44, {
            fill: on ? '#ffd98a' : darken(c, 0.35),
            rx: 3,
            opacity: on ? 1 : 0.8,
          }),
        );
        if (plants && r() < 0.25)
          parts.push(
            ellipse(wx + 15, wy + 46, 22, 9, { fill: '#4f8a2e' }),
            rect(wx - 6, wy + 44, 42, 4, { fill: darken(c, 0.4) }),
          );
      }
    }
    x += w + r.range(0, 8);
  }
  return parts.join('');
}

/** A street given back to people: section view with tram, bikes, trees, café terrace. */
export function carFreeStreet(s, W, H, p, r) {
  const { t = 0, sky = ['#bfe3f0', '#f3f0e4'], dusk = false } = p;
  const skyStops = dusk
    ? [
        [0, '#2b3a7a'],
        [0.55, '#d9786a'],
        [1, '#f6c08a'],
      ]
    : [
        [0, sky[0]],
        [1, sky[1]],
      ];
  const out = [rect(0, 0, W, H, { fill: s.lin(skyStops) })];
  const base = H * 0.62;
  out.push(
    g(
      facadeRow(
        s,
        r,
        W,
        base,
        H * 0.05,
        dusk
          ? ['#8a6f7a', '#9a7a80', '#7a6474', '#a08490', '#6f6a80']
          : ['#e8d5c0', '#f1e2cf', '#d9c2a7', '#efe6d9', '#cfd8d3'],
        { lit: dusk ? 0.5 : 0 },
      ),
      { opacity: 0.95 },
    ),
  );
  out.push(rect(0, base, W, H * 0.05, { fill: '#d9d2c3' }));
  // terrace with parasols
  for (let i = 0; i < 3; i++) {
    const x = W * (0.08 + i * 0.1);
    out.push(line(x, base + H * 0.04, x, base - H * 0.1, { stroke: '#555', strokeWidth: 3 }));
    out.push(
      path(
        `M${f(x - 60)} ${f(base - H * 0.08)} Q${f(x)} ${f(base - H * 0.15)} ${f(x + 60)} ${f(base - H * 0.08)} Z`,
        { fill: i % 2 ? '#d9603b' : '#f4f1e6' },
      ),
    );
    out.push(rect(x - 20, base + H * 0.005, 40, 8, { fill: '#6b4e3d' }));
  }
  // trees
  for (let i = 0; i < 6; i++)
    out.push(
      tree(s, W * (0.05 + i * 0.19), base + H * 0.05, H * 0.34, i % 2 ? '#4f8a2e' : '#6aa84f'),
    );
  // tram lane (grass track)
  const tramY = H * 0.76;
  out.push(rect(0, base + H * 0.05, W, H * 0.11, { fill: '#7fb069' }));
  out.push(rect(0, tramY - 6, W, 6, { fill: '#9aa0a8' }));
  const tx = ((t * 1.4) % 1.8) * W - W * 0.7;
  out.push(tram(s, tx, tramY - 2, W * 0.62, '#1f9d8a', dusk));
  for (let i = 0; i < 10; i++)
    out.push(
      line((i * W) / 9, base + H * 0.05, (i * W) / 9, tramY - 100, {
        stroke: '#30343c',
        strokeWidth: 0,
      }),
    );
  // bike lane and walkway
  out.push(rect(0, tramY, W, H * 0.1, { fill: '#c9c2b2' }));
  out.push(rect(0, tramY + H * 0.1, W, H * 0.07, { fill: '#3f8f6e' }));
  for (let i = 0; i < 12; i++)
    out.push(
      rect((i * W) / 11, tramY + H * 0.13, W * 0.03, H * 0.008, { fill: '#f4f1e6', opacity: 0.8 }),
    );
  out.push(rect(0, tramY + H * 0.17, W, H, { fill: '#e2dccd' }));
  out.push(rect(0, tramY + H * 0.17, W, H, { fill: dots(s, '#b5ab98', 26, 2, 0.6) }));
  // people walking
  const walkers = [
    [0.15, '#c2417a', '#8d5a3b'],
    [0.22, '#3b6fd9', '#f1cfb3'],
    [0.58, '#e9c46a', '#a86f4c'],
    [0.83, '#1f6f64', '#e3b28c'],
  ];
  walkers.forEach(([xr, body, skin], i) =>
    out.push(
      figure(s, ((xr + t * 0.08 * (i % 2 ? -1 : 1) + 1) % 1) * W, tramY + H * 0.09, H * 0.16, {
        body,
        skin,
        hair: i % 2 ? '#2a1d18' : '#6b3e22',
        flip: i % 2 === 1,
        pose: 0.3,
      }),
    ),
  );
  // cyclists
  const cyc = [
    [0.05, '#d9603b'],
    [0.45, '#3b6fd9'],
    [0.75, '#c2417a'],
  ];
  cyc.forEach(([xr, body], i) =>
    out.push(
      cyclist(s, ((xr + t * 0.5) % 1.1) * W, tramY + H * 0.165, H * 0.15, {
        body,
        t: t + i,
        skin: i === 1 ? '#8d5a3b' : '#e3b28c',
      }),
    ),
  );
  // foreground planters
  for (let i = 0; i < 5; i++) {
    const x = W * (0.1 + i * 0.22);
    out.push(
      rect(x, H * 0.94, W * 0.12, H * 0.06, { fill: '#8a735a', rx: 6 }),
      ellipse(x + W * 0.06, H * 0.94, W * 0.07, H * 0.035, { fill: '#5d9a3f' }),
    );
  }
  if (dusk)
    out.push(
      rect(0, 0, W, H, {
        fill: s.lin([
          [0, '#1d2450', 0.35],
          [0.6, '#3a2a5a', 0.15],
          [1, '#1d1a2a', 0.3],
        ]),
      }),
    );
  out.push(vignette(s, W, H, 0.3));
  return out.join('');
}

function house(s, x, y, w, h, wall = '#f1e6d2', roof = '#c0583a') {
  return g([
    rect(x, y - h, w, h, { fill: wall }),
    rect(x + w * 0.6, y - h, w * 0.4, h, { fill: darken(wall, 0.12) }),
    path(
      poly([
        [x - w * 0.08, y - h],
        [x + w * 0.5, y - h - h * 0.6],
        [x + w * 1.08, y - h],
      ]),
      { fill: roof },
    ),
    rect(x + w * 0.2, y - h * 0.6, w * 0.18, h * 0.25, { fill: '#3a4a5a' }),
    rect(x + w * 0.7, y - h * 0.45, w * 0.15, h * 0.45, { fill: darken(wall, 0.4) }),
  ]);
}

/** Countryside: rolling hills, a winding road, a small car and a village. */
export function countryRoad(s, W, H, p, r) {
  const {
    sky = ['#8ec5e8', '#fbe8c8'],
    sun = [0.75, 0.22],
    t = 0.55,
    lights = false,
    tint = null,
  } = p;
  const dk = (c) => (tint ? mix(darken(c, 0.35), tint, 0.25) : c);
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, sky[0]],
        [1, sky[1]],
      ]),
    }),
  ];
  out.push(circle(W * sun[0], H * sun[1], H * 0.07, { fill: '#fff6d6', filter: s.glow(24) }));
  for (let i = 0; i < 4; i++)
    out.push(
      ellipse(r.range(0, W), r.range(H * 0.08, H * 0.3), r.range(90, 180), r.range(18, 34), {
        fill: '#fff',
        opacity: 0.6,
        filter: s.blur(10),
      }),
    );
  out.push(hills(s, r, W, H * 0.5, H * 0.1, dk('#a9c8b0'), 5));
  // village on the far hill
  const vx = W * 0.62;
  const vy = H * 0.5;
  for (let i = 0; i < 7; i++)
    out.push(
      house(
        s,
        vx + i * 34 - 60,
        vy + (i % 3) * 4,
        30,
        22,
        dk('#efe4d0'),
        i % 2 ? '#b5553a' : '#8a4a35',
      ),
    );
  if (tint)
    for (let i = 0; i < 7; i++)
      out.push(
        rect(vx + i * 34 - 54, vy + (i % 3) * 4 - 14, 6, 6, { fill: '#ffd98a', filter: s.glow(3) }),
      );
  out.push(
    rect(vx + 50, vy - 80, 14, 80, { fill: '#e4d8c2' }),
    path(
      poly([
        [vx + 46, vy - 80],
        [vx + 57, vy - 118],
        [vx + 68, vy - 80],
      ]),
      { fill: '#6b4a3a' },
    ),
  );
  out.push(hills(s, r, W, H * 0.6, H * 0.1, dk('#8fbf7a'), 6));
  out.push(hills(s, r, W, H * 0.72, H * 0.08, dk('#6faa5a'), 5));
  // road: S-curve from bottom toward village
  const road = [
    [W * 0.35, H * 1.05],
    [W * 0.45, H * 0.86],
    [W * 0.28, H * 0.74],
    [W * 0.4, H * 0.64],
    [W * 0.58, H * 0.57],
    [W * 0.64, H * 0.52],
  ];
  const d = spline(road, false, 0.8);
  // width varies with depth: draw several strokes
  out.push(
    path(d, {
      fill: 'none',
      stroke: dk('#7d7a70'),
      strokeWidth: f(H * 0.05),
      strokeLinecap: 'round',
    }),
  );
  out.push(
    path(d, {
      fill: 'none',
      stroke: dk('#5d5f66'),
      strokeWidth: f(H * 0.04),
      strokeLinecap: 'round',
    }),
  );
  out.push(
    path(d, {
      fill: 'none',
      stroke: '#f4f1e6',
      strokeWidth: 2.5,
      strokeDasharray: '18 16',
      opacity: 0.8,
    }),
  );
  out.push(hills(s, r, W, H * 0.86, H * 0.06, dk('#5b9a48'), 4));
  // hedges & trees
  for (let i = 0; i < 14; i++) {
    const x = r.range(0, W);
    const y = r.range(H * 0.58, H * 0.8);
    out.push(
      tree(s, x, y, H * (0.05 + (y / H - 0.58) * 0.35), dk(r() > 0.5 ? '#3f7a2a' : '#5d9a3f'), {
        kind: r() > 0.7 ? 'cone' : 'round',
      }),
    );
  }
  // car on road
  const L = W * 0.14;
  const cx = W * 0.36;
  const cy = H * 0.74;
  out.push(carSide(s, cx - L / 2, cy + L * 0.05, L, { color: '#d9603b', lights, sky: sky[1] }));
  // foreground grasses
  for (let i = 0; i < 60; i++) {
    const x = r.range(0, W);
    const hh = r.range(20, 60);
    out.push(
      path(
        `M${f(x)} ${f(H)} Q${f(x + r.range(-10, 10))} ${f(H - hh * 0.6)} ${f(x + r.range(-20, 20))} ${f(H - hh)}`,
        { fill: 'none', stroke: r() > 0.5 ? '#3f7a2a' : '#7fb069', strokeWidth: 3, opacity: 0.8 },
      ),
    );
  }
  if (tint) out.push(rect(0, 0, W, H, { fill: tint, opacity: 0.12 }));
  out.push(vignette(s, W, H, 0.35));
  void t;
  return out.join('');
}

/** Car-sharing stop at the entrance of a village, two people waiting, a car arriving. */
export function shareStop(s, W, H, p, r) {
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, '#a7d3ea'],
        [1, '#f6ecd8'],
      ]),
    }),
  ];
  out.push(hills(s, r, W, H * 0.5, H * 0.08, '#b5d3a8', 5));
  for (let i = 0; i < 6; i++)
    out.push(
      house(
        s,
        W * (0.05 + i * 0.16),
        H * 0.62,
        W * 0.11,
        H * 0.12,
        ['#f1e6d2', '#e9dcc4', '#f4ece0'][i % 3],
        i % 2 ? '#b5553a' : '#8a4a35',
      ),
    );
  for (let i = 0; i < 5; i++) out.push(tree(s, W * (0.12 + i * 0.2), H * 0.64, H * 0.2, '#5d9a3f'));
  const gy = H * 0.8;
  out.push(rect(0, H * 0.64, W, H * 0.06, { fill: '#d8cfbd' }));
  out.push(
    rect(0, H * 0.7, W, H * 0.1, { fill: '#5d5f66' }),
    rect(0, H * 0.745, W, 3, { fill: '#f4f1e6', opacity: 0.7 }),
  );
  out.push(
    rect(0, gy, W, H - gy, {
      fill: s.lin(
        [
          [0, '#d8cfbd'],
          [1, '#b9ae98'],
        ],
        0,
        gy,
        0,
        H,
        true,
      ),
    }),
  );
  // shelter
  const sx = W * 0.5;
  const sw = W * 0.3;
  out.push(rect(sx - sw / 2, gy - H * 0.36, sw, H * 0.03, { fill: '#1f9d8a', rx: 6 }));
  out.push(
    rect(sx - sw / 2 + 10, gy - H * 0.33, 10, H * 0.33, { fill: '#39414d' }),
    rect(sx + sw / 2 - 20, gy - H * 0.33, 10, H * 0.33, { fill: '#39414d' }),
  );
  out.push(
    rect(sx - sw / 2 + 20, gy - H * 0.33, sw - 40, H * 0.26, { fill: '#dff3f7', opacity: 0.45 }),
  );
  out.push(rect(sx - sw * 0.3, gy - H * 0.1, sw * 0.6, H * 0.025, { fill: '#8a735a' }));
  // sign with pictogram
  const px = sx + sw / 2 + W * 0.05;
  out.push(rect(px - 4, gy - H * 0.34, 8, H * 0.34, { fill: '#39414d' }));
  out.push(
    circle(px, gy - H * 0.36, H * 0.06, { fill: '#1f9d8a', stroke: '#fff', strokeWidth: 5 }),
  );
  out.push(
    g(
      carSide(s, px - H * 0.04, gy - H * 0.33, H * 0.08, {
        mode: 'silhouette',
        color: '#ffffff',
        shadow: false,
      }),
      {},
    ),
  );
  out.push(
    circle(px - H * 0.012, gy - H * 0.39, H * 0.008, { fill: '#fff' }),
    circle(px + H * 0.012, gy - H * 0.39, H * 0.008, { fill: '#fff' }),
  );
  // people
  out.push(
    figure(s, sx - sw * 0.15, gy + H * 0.02, H * 0.28, {
      body: '#c2417a',
      skin: '#e3b28c',
      hair: '#6b3e22',
      bag: '#8a735a',
    }),
  );
  out.push(
    figure(s, sx + sw * 0.12, gy + H * 0.03, H * 0.3, {
      body: '#36495e',
      skin: '#8d5a3b',
      hair: '#1a1110',
      flip: true,
    }),
  );
  // car arriving
  out.push(
    carSide(s, W * 0.02, H * 0.77, W * 0.26, { color: '#1f9d8a', sky: '#f6ecd8', lights: true }),
  );
  out.push(vignette(s, W, H, 0.3));
  return out.join('');
}

/** Map of shared trips between villages. */
export function routeMap(s, W, H, p, r) {
  const { accent = '#1f9d8a' } = p;
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, '#f4efe2'],
        [1, '#e5dcc6'],
      ]),
    }),
  ];
  // field parcels
  for (let i = 0; i < 40; i++) {
    const x = r.range(-100, W);
    const y = r.range(-100, H);
    out.push(
      path(
        poly([
          [x, y],
          [x + r.range(120, 260), y + r.range(-30, 30)],
          [x + r.range(120, 260), y + r.range(90, 200)],
          [x + r.range(-20, 20), y + r.range(90, 200)],
        ]),
        { fill: r.pick(['#e2dcc0', '#d7dcc0', '#e9e1c9', '#d1d9b8']), opacity: 0.8 },
      ),
    );
  }
  out.push(
    path(
      spline([
        [-20, H * 0.7],
        [W * 0.3, H * 0.6],
        [W * 0.5, H * 0.75],
        [W * 0.8, H * 0.5],
        [W + 20, H * 0.55],
      ]),
      { fill: 'none', stroke: '#9cc3dc', strokeWidth: 14 },
    ),
  );
  const villages = [];
  for (let i = 0; i < 11; i++)
    villages.push([r.range(0.08, 0.92) * W, r.range(0.1, 0.9) * H, r.range(10, 22)]);
  villages.push([W * 0.5, H * 0.45, 34]);
  const hub = villages[villages.length - 1];
  villages.forEach(([x, y], i) => {
    if (i === villages.length - 1) return;
    const j = (i * 5 + 3) % (villages.length - 1);
    const [x2, y2] = villages[j];
    out.push(
      path(`M${f(x)} ${f(y)} Q${f((x + x2) / 2 + 40)} ${f((y + y2) / 2 - 40)} ${f(x2)} ${f(y2)}`, {
        fill: 'none',
        stroke: '#b7aa90',
        strokeWidth: 3,
      }),
    );
    out.push(
      path(
        `M${f(x)} ${f(y)} Q${f((x + hub[0]) / 2)} ${f((y + hub[1]) / 2 - 60)} ${f(hub[0])} ${f(hub[1])}`,
        {
          fill: 'none',
          stroke: accent,
          strokeWidth: f(3 + (i % 4) * 2.5),
          opacity: 0.85,
          strokeLinecap: 'round',
        },
      ),
    );
  });
  villages.forEach(([x, y, R]) => {
    out.push(circle(x, y, R * 1.8, { fill: accent, opacity: 0.15 }));
    out.push(circle(x, y, R, { fill: '#ffffff', stroke: darken(accent, 0.2), strokeWidth: 5 }));
  });
  out.push(circle(hub[0], hub[1], 14, { fill: accent }));
  out.push(vignette(s, W, H, 0.2, '#5a4a2a'));
  return out.join('');
}

/** Aerial view of a tree-lined country road across fields. */
export function roadAerial(s, W, H, _p, _r) {
  const out = [rect(0, 0, W, H, { fill: '#9fbf6e' })];
  const cols = ['#b9cc7a', '#d9c77c', '#8fb35f', '#c3b56c', '#a7c276'];
  for (let i = 0; i < 6; i++) {
    for (let j = 0; j < 2; j++) {
      const x = (i / 6) * W;
      const y = j ? H * 0.56 : 0;
      const c = cols[(i + j * 2) % cols.length];
      out.push(rect(x + 4, y + 4, W / 6 - 8, H * 0.44 - 8, { fill: c }));
      for (let k = 0; k < 10; k++)
        out.push(
          line(x + 10, y + 20 + k * H * 0.04, x + W / 6 - 14, y + 20 + k * H * 0.04, {
            stroke: darken(c, 0.1),
            strokeWidth: 3,
          }),
        );
    }
  }
  out.push(rect(0, H * 0.44, W, H * 0.12, { fill: '#6d9a4f' }));
  out.push(rect(0, H * 0.465, W, H * 0.07, { fill: '#5d5f66' }));
  out.push(
    line(0, H * 0.5, W, H * 0.5, { stroke: '#f4f1e6', strokeWidth: 3, strokeDasharray: '30 24' }),
  );
  for (let i = 0; i < 22; i++) {
    for (const y of [H * 0.44, H * 0.56]) {
      const x = i * (W / 21);
      out.push(circle(x + 10, y + 12, 30, { fill: '#000', opacity: 0.25, filter: s.blur(8) }));
      out.push(
        circle(x, y, 30, {
          fill: s.rad(
            [
              [0, '#8cc45a'],
              [0.7, '#4f8a2e'],
              [1, '#33661c'],
            ],
            0.35,
            0.3,
            0.8,
          ),
        }),
      );
    }
  }
  out.push(carTop(s, W * 0.42, H * 0.485, H * 0.09, 0, '#d9603b'));
  out.push(carTop(s, W * 0.7, H * 0.515, H * 0.09, 180, '#1f9d8a'));
  out.push(vignette(s, W, H, 0.35));
  return out.join('');
}

/* ---------- city 2040 ---------- */

/** Isometric city of 2040: green roofs, tram, shuttles, drones. */
export function city2040(s, W, H, p, r) {
  const { night = false, t = 0 } = p;
  const bg = night ? ['#0d1430', '#050816'] : ['#d9f0ea', '#9fd4c6'];
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, bg[0]],
        [1, bg[1]],
      ]),
    }),
  ];
  const k = Math.min(W / 1600, H / 1000) * (p.scale || 1);
  const N = 5;
  const blk = 170;
  const st = 60;
  const span = N * blk + (N - 1) * st;
  const ox = W / 2;
  const oy = H / 2 - span * k * 0.5 + (p.shift || 0) * k;
  const G = (a, b, z = 0) => isoPt(ox, oy, a * k, b * k, z * k);
  const ground = [G(-60, -60), G(span + 60, -60), G(span + 60, span + 60), G(-60, span + 60)];
  out.push(
    path(poly(ground.map(([x, y]) => [x, y + 40 * k])), {
      fill: '#000',
      opacity: 0.25,
      filter: s.blur(30),
    }),
  );
  out.push(path(poly(ground), { fill: night ? '#1b2238' : '#c8d2cc' }));
  const sideA = [
    G(span + 60, -60),
    G(span + 60, span + 60),
    [G(span + 60, span + 60)[0], G(span + 60, span + 60)[1] + 30 * k],
    [G(span + 60, -60)[0], G(span + 60, -60)[1] + 30 * k],
  ];
  const sideB = [
    G(-60, span + 60),
    G(span + 60, span + 60),
    [G(span + 60, span + 60)[0], G(span + 60, span + 60)[1] + 30 * k],
    [
      G(-60, span + 60)[0],
      G(span + 60, span + 60)[1] + 30 * k - (G(span + 60, span + 60)[1] - G(-60, span + 60)[1]),
    ],
  ];
  out.push(
    path(poly(sideA), { fill: night ? '#11172a' : '#8b9c94' }),
    path(poly(sideB), { fill: night ? '#161d33' : '#a5b5ad' }),
  );
  // streets: light trails at night, tram line on the middle avenue
  for (let i = 1; i < N; i++) {
    const c = i * (blk + st) - st / 2;
    for (const dir of [0, 1]) {
      const a1 = dir ? G(c, -60) : G(-60, c);
      const a2 = dir ? G(c, span + 60) : G(span + 60, c);
      out.push(
        line(a1[0], a1[1], a2[0], a2[1], {
          stroke: night ? '#2a3350' : '#9aa59f',
          strokeWidth: f(st * k * 0.9),
        }),
      );
      if (i === 2)
        out.push(
          line(a1[0], a1[1], a2[0], a2[1], {
            stroke: night ? '#1f9d8a' : '#7fb069',
            strokeWidth: f(st * k * 0.35),
          }),
        );
      if (night)
        out.push(
          line(a1[0], a1[1], a2[0], a2[1], {
            stroke: i % 2 ? '#ffd98a' : '#6fe0ff',
            strokeWidth: f(3 * k),
            strokeDasharray: `${f(40 * k)} ${f(30 * k)}`,
            strokeDashoffset: f(-t * 800 * k),
            filter: s.glow(4),
            opacity: 0.9,
          }),
        );
      else
        out.push(
          line(a1[0], a1[1], a2[0], a2[1], {
            stroke: '#f4f1e6',
            strokeWidth: f(2 * k),
            strokeDasharray: `${f(20 * k)} ${f(20 * k)}`,
            opacity: 0.7,
          }),
        );
    }
  }
  const rr = r;
  // tram on middle avenue
  const c = 2 * (blk + st) - st / 2;
  const tp = ((t * 0.8 + 0.3) % 1) * span;
  const [tx1, ty1] = G(c, tp);
  const [tx2, ty2] = G(c, tp + 160);
  out.push(
    line(tx1, ty1 - 10 * k, tx2, ty2 - 10 * k, {
      stroke: night ? '#4fe0c0' : '#1f9d8a',
      strokeWidth: f(26 * k),
      strokeLinecap: 'round',
      filter: night ? s.glow(6) : undefined,
    }),
  );
  // shuttles
  for (let n = 0; n < 7; n++) {
    const lane = (n % 3) + 1;
    const pos = ((n * 0.17 + t * 0.5) % 1) * span;
    const cc = lane * (blk + st) - st / 2;
    const [x, y] = n % 2 ? G(pos, cc) : G(cc + 12, pos);
    out.push(
      carTop(
        s,
        x,
        y,
        34 * k,
        n % 2 ? 26.6 : 153.4,
        ['#d9603b', '#f4f1e6', '#3b6fd9', '#e9c46a'][n % 4],
        night,
      ),
    );
  }
  // blocks
  const items = [];
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < N; j++) {
      const a = i * (blk + st);
      const b = j * (blk + st);
      const kind = (i * 3 + j * 7) % 7 === 0 || (i === 2 && j === 3) ? 0 : (i * 3 + j * 7) % 6;
      items.push({ a, b, kind, depth: a + b });
    }
  }
  items.sort((m, n) => m.depth - n.depth);
  for (const { a, b, kind } of items) {
    if (kind === 0) {
      // park
      const q = [G(a, b), G(a + blk, b), G(a + blk, b + blk), G(a, b + blk)];
      out.push(path(poly(q), { fill: night ? '#1d3a2a' : '#7fc26a' }));
      for (let n = 0; n < 6; n++) {
        const [x, y] = G(a + 25 + (n % 3) * 60, b + 35 + Math.floor(n / 3) * 90);
        out.push(tree(s, x, y, 60 * k, night ? '#2b5a3a' : '#4f8a2e'));
      }
      continue;
    }
    const towers =
      kind === 1
        ? [[10, 10, blk - 20, blk - 20, rr.range(200, 320)]]
        : kind === 3
          ? [
              [0, 0, blk, blk * 0.45, rr.range(60, 110)],
              [0, blk * 0.55, blk * 0.45, blk * 0.45, rr.range(80, 140)],
            ]
          : [
              [0, 0, blk * 0.48, blk, rr.range(70, 170)],
              [blk * 0.52, 0, blk * 0.48, blk * 0.48, rr.range(100, 230)],
              [blk * 0.52, blk * 0.52, blk * 0.48, blk * 0.48, rr.range(50, 120)],
            ];
    for (const [da, db, w, d, h] of towers) {
      const base = night
        ? rr.pick(['#27304f', '#2d3658', '#222a45'])
        : rr.pick(['#f2efe8', '#e8ece9', '#f4e9dc', '#dfe8ef', '#bfe0e6', '#f2d9c4']);
      const [x, y] = G(a + da, b + db);
      out.push(
        isoBox(s, x, y, w * k, d * k, h * k, base, {
          top: night ? '#2f5a45' : '#8cc26f',
          left: base,
          right: darken(base, 0.15),
        }),
      );
      // windows bands
      const floors = Math.floor(h / 30);
      for (let fl = 1; fl < floors; fl++) {
        const z = fl * 30;
        const p1 = G(a + da, b + db + d, z);
        const p2 = G(a + da + w, b + db + d, z);
        const p3 = G(a + da + w, b + db, z);
        const wc = night ? (rr() < 0.6 ? '#ffd98a' : '#3a4566') : '#9fc3da';
        out.push(
          line(p1[0], p1[1] - 8 * k, p2[0], p2[1] - 8 * k, {
            stroke: wc,
            strokeWidth: f(9 * k),
            opacity: night ? 0.9 : 0.8,
            filter: night ? s.glow(3) : undefined,
          }),
        );
        out.push(
          line(p2[0], p2[1] - 8 * k, p3[0], p3[1] - 8 * k, {
            stroke: night ? (rr() < 0.5 ? '#ffc870' : '#303a5a') : '#7ea7c4',
            strokeWidth: f(9 * k),
            opacity: 0.8,
          }),
        );
      }
      // roof garden trees
      if (h < 250) {
        const [tx, ty] = G(a + da + w / 2, b + db + d / 2, h);
        out.push(circle(tx, ty - 8 * k, 16 * k, { fill: night ? '#3b7a52' : '#5d9a3f' }));
      }
    }
  }
  // drones
  for (let n = 0; n < 5; n++) {
    const [x, y] = G(rr.range(0, span), rr.range(0, span), rr.range(450, 600));
    out.push(
      g([
        line(x - 14 * k, y, x + 14 * k, y, {
          stroke: night ? '#9fe8ff' : '#39414d',
          strokeWidth: f(3 * k),
        }),
        circle(x, y, 5 * k, {
          fill: night ? '#6fe0ff' : '#d9603b',
          filter: night ? s.glow(4) : undefined,
        }),
      ]),
    );
  }
  out.push(vignette(s, W, H, night ? 0.6 : 0.3, night ? '#000' : '#0f3a30'));
  return out.join('');
}

/** Street-level view of 2040: planted façades, shuttle, cyclists, elevated greenway. */
export function street2040(s, W, H, p, _r) {
  const { t = 0 } = p;
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, '#a9e0d6'],
        [1, '#f1f4e8'],
      ]),
    }),
  ];
  // towers with terraces
  for (let i = 0; i < 6; i++) {
    const x = W * (-0.02 + i * 0.18);
    const w = W * 0.15;
    const top = H * (0.05 + (i % 3) * 0.08);
    out.push(
      rect(x, top, w, H * 0.6 - top, {
        fill: s.lin(
          [
            [0, '#f4f1ea'],
            [1, '#dcd8cf'],
          ],
          0,
          0,
          1,
          0,
        ),
        rx: 20,
      }),
    );
    for (let fl = 0; fl < 9; fl++) {
      const y = top + 40 + fl * 60;
      if (y > H * 0.55) break;
      out.push(rect(x + 12, y, w - 24, 30, { fill: '#9ccfe0', opacity: 0.8, rx: 6 }));
      out.push(rect(x + 4, y + 32, w - 8, 8, { fill: '#c9c4b8' }));
      for (let k = 0; k < 5; k++)
        out.push(
          circle(x + 16 + (k * (w - 32)) / 4, y + 30, 10, { fill: k % 2 ? '#5d9a3f' : '#7fb069' }),
        );
    }
  }
  // elevated greenway
  const gy2 = H * 0.44;
  out.push(
    rect(0, gy2, W, H * 0.03, { fill: '#e9e5da' }),
    rect(0, gy2 - H * 0.02, W, H * 0.02, { fill: '#6aa84f' }),
  );
  for (let i = 0; i < 7; i++)
    out.push(rect(W * (0.07 + i * 0.15), gy2 + H * 0.03, W * 0.015, H * 0.2, { fill: '#d6d1c4' }));
  for (let i = 0; i < 9; i++)
    out.push(tree(s, W * (0.03 + i * 0.12), gy2 - H * 0.015, H * 0.12, '#4f8a2e'));
  out.push(
    figure(s, W * 0.3, gy2 - H * 0.02, H * 0.09, { body: '#c2417a' }),
    figure(s, W * 0.62, gy2 - H * 0.02, H * 0.09, { body: '#3b6fd9', flip: true }),
  );
  // ground level
  const gy = H * 0.8;
  out.push(rect(0, H * 0.64, W, H, { fill: '#dcd6c8' }));
  out.push(rect(0, H * 0.7, W, H * 0.1, { fill: '#6f7480' }));
  out.push(rect(0, H * 0.8, W, H * 0.06, { fill: '#3f8f6e' }));
  // shuttle pod
  const sx = ((0.2 + t * 0.6) % 1.3) * W - W * 0.15;
  const sw = W * 0.24;
  out.push(
    ellipse(sx + sw / 2, gy, sw * 0.5, 10, { fill: '#000', opacity: 0.3, filter: s.blur(6) }),
  );
  out.push(
    rect(sx, gy - sw * 0.42, sw, sw * 0.4, {
      fill: s.lin([
        [0, '#ffffff'],
        [1, '#c9d2d6'],
      ]),
      rx: sw * 0.14,
    }),
  );
  out.push(
    rect(sx + sw * 0.06, gy - sw * 0.38, sw * 0.88, sw * 0.2, { fill: '#1f3a4a', rx: sw * 0.08 }),
  );
  out.push(rect(sx, gy - sw * 0.14, sw, sw * 0.03, { fill: '#1f9d8a' }));
  for (const k of [0.2, 0.8])
    out.push(circle(sx + sw * k, gy - sw * 0.03, sw * 0.06, { fill: '#222' }));
  out.push(circle(sx + sw - 6, gy - sw * 0.2, 6, { fill: '#9fe8ff', filter: s.glow(6) }));
  out.push(cyclist(s, ((0.6 + t * 0.9) % 1.1) * W, H * 0.85, H * 0.15, { body: '#d9603b', t }));
  out.push(
    cyclist(s, ((0.1 + t * 0.7) % 1.1) * W, H * 0.855, H * 0.15, {
      body: '#e9c46a',
      skin: '#8d5a3b',
      t: t + 0.4,
    }),
  );
  out.push(rect(0, H * 0.86, W, H, { fill: '#e8e3d6' }));
  for (let i = 0; i < 4; i++)
    out.push(
      figure(s, W * (0.15 + i * 0.24), H * 0.98, H * 0.15, {
        body: ['#1f6f64', '#c2417a', '#36495e', '#e9c46a'][i],
        skin: ['#e3b28c', '#8d5a3b', '#f1cfb3', '#a86f4c'][i],
        flip: i % 2 === 1,
      }),
    );
  out.push(vignette(s, W, H, 0.25));
  return out.join('');
}

/** Flows of trips across a neighbourhood, as a graphic map. */
export function flowMap(s, W, H, p, r) {
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, '#0f2a2a'],
        [1, '#0a1a1c'],
      ]),
    }),
  ];
  const grid = [];
  for (let i = 0; i < 14; i++)
    grid.push(
      line((i / 13) * W + r.range(-20, 20), 0, (i / 13) * W + r.range(-40, 40), H, {
        stroke: '#2b4a48',
        strokeWidth: 6,
      }),
    );
  for (let i = 0; i < 9; i++)
    grid.push(
      line(0, (i / 8) * H + r.range(-20, 20), W, (i / 8) * H + r.range(-30, 30), {
        stroke: '#2b4a48',
        strokeWidth: 6,
      }),
    );
  out.push(g(grid));
  for (let i = 0; i < 30; i++)
    out.push(
      rect(r.range(0, W), r.range(0, H), r.range(40, 110), r.range(30, 80), {
        fill: '#163534',
        rx: 6,
      }),
    );
  const flows = [
    [
      '#1fd1b0',
      26,
      [
        [0, 0.7],
        [0.3, 0.62],
        [0.5, 0.5],
        [0.8, 0.42],
        [1, 0.3],
      ],
    ],
    [
      '#ffd166',
      14,
      [
        [0.1, 0],
        [0.25, 0.3],
        [0.5, 0.5],
        [0.6, 0.8],
        [0.65, 1],
      ],
    ],
    [
      '#f28482',
      10,
      [
        [0, 0.2],
        [0.3, 0.3],
        [0.5, 0.5],
        [0.7, 0.7],
        [1, 0.85],
      ],
    ],
    [
      '#1fd1b0',
      12,
      [
        [0.4, 1],
        [0.45, 0.7],
        [0.5, 0.5],
        [0.55, 0.2],
        [0.6, 0],
      ],
    ],
    [
      '#9ad1ff',
      8,
      [
        [1, 0.1],
        [0.8, 0.2],
        [0.5, 0.5],
        [0.2, 0.9],
        [0, 0.95],
      ],
    ],
  ];
  for (const [c, w, pts] of flows) {
    const d = spline(pts.map(([u, v]) => [u * W, v * H]));
    out.push(
      path(d, { fill: 'none', stroke: c, strokeWidth: w * 2.2, opacity: 0.18, filter: s.blur(10) }),
    );
    out.push(
      path(d, { fill: 'none', stroke: c, strokeWidth: w, opacity: 0.85, strokeLinecap: 'round' }),
    );
  }
  out.push(circle(W * 0.5, H * 0.5, 40, { fill: '#0a1a1c', stroke: '#ffffff', strokeWidth: 8 }));
  for (let i = 0; i < 18; i++)
    out.push(
      circle(r.range(0, W), r.range(0, H), r.range(4, 9), { fill: '#ffffff', opacity: 0.6 }),
    );
  out.push(vignette(s, W, H, 0.5));
  return out.join('');
}

/** A crossroads from above: cycle lanes, zebra crossings, tram tracks. */
export function crossing(s, W, H, p, r) {
  const out = [rect(0, 0, W, H, { fill: '#d8d2c4' })];
  const cx = W / 2;
  const cy = H / 2;
  const rw = H * 0.34;
  out.push(
    rect(0, cy - rw / 2, W, rw, { fill: '#5d616b' }),
    rect(cx - rw / 2, 0, rw, H, { fill: '#5d616b' }),
  );
  // cycle lanes
  for (const y of [cy - rw / 2 - H * 0.05, cy + rw / 2])
    out.push(rect(0, y, W, H * 0.05, { fill: '#3f8f6e' }));
  for (const x of [cx - rw / 2 - H * 0.05, cx + rw / 2])
    out.push(rect(x, 0, H * 0.05, H, { fill: '#3f8f6e' }));
  // tram tracks horizontal
  for (const dy of [-rw * 0.12, rw * 0.12]) {
    out.push(
      line(0, cy + dy - 8, W, cy + dy - 8, { stroke: '#b9bec6', strokeWidth: 3 }),
      line(0, cy + dy + 8, W, cy + dy + 8, { stroke: '#b9bec6', strokeWidth: 3 }),
    );
  }
  // zebras
  for (let i = 0; i < 8; i++) {
    const o = -rw / 2 + 10 + i * (rw / 8);
    out.push(
      rect(cx - rw / 2 - H * 0.16, cy + o, H * 0.09, rw / 16, { fill: '#f4f1e6' }),
      rect(cx + rw / 2 + H * 0.07, cy + o, H * 0.09, rw / 16, { fill: '#f4f1e6' }),
    );
    out.push(
      rect(cx + o, cy - rw / 2 - H * 0.16, rw / 16, H * 0.09, { fill: '#f4f1e6' }),
      rect(cx + o, cy + rw / 2 + H * 0.07, rw / 16, H * 0.09, { fill: '#f4f1e6' }),
    );
  }
  // corners: planted squares
  for (const [sx, sy] of [
    [-1, -1],
    [1, -1],
    [-1, 1],
    [1, 1],
  ]) {
    const x = cx + sx * (rw / 2 + H * 0.05);
    const y = cy + sy * (rw / 2 + H * 0.05);
    for (let i = 0; i < 4; i++) {
      const tx = x + sx * (H * 0.08 + i * H * 0.16);
      const ty = y + sy * H * 0.09;
      out.push(
        circle(tx + 8, ty + 10, H * 0.045, { fill: '#000', opacity: 0.2, filter: s.blur(6) }),
        circle(tx, ty, H * 0.045, {
          fill: s.rad(
            [
              [0, '#8cc45a'],
              [1, '#3a6b22'],
            ],
            0.35,
            0.3,
            0.8,
          ),
        }),
      );
    }
  }
  // tram (top view)
  out.push(
    rect(W * 0.05, cy - rw * 0.12 - 22, W * 0.28, 44, { fill: '#1f9d8a', rx: 20 }),
    rect(W * 0.06, cy - rw * 0.12 - 12, W * 0.26, 24, { fill: '#3fc4ad', rx: 10 }),
  );
  // bikes and people as dots with motion
  for (let i = 0; i < 10; i++) {
    const x = r.range(0, W);
    out.push(
      ellipse(x, cy - rw / 2 - H * 0.025, 14, 5, { fill: '#f4f1e6' }),
      circle(x, cy - rw / 2 - H * 0.025, 6, { fill: r.pick(['#d9603b', '#e9c46a', '#c2417a']) }),
    );
  }
  for (let i = 0; i < 14; i++)
    out.push(
      circle(cx - rw / 2 - H * 0.12 + r.range(-10, 10), cy + r.range(-rw / 2, rw / 2), 8, {
        fill: r.pick(['#c2417a', '#3b6fd9', '#e9c46a', '#1f6f64']),
        stroke: '#fff',
        strokeWidth: 2,
      }),
    );
  out.push(carTop(s, cx + rw * 0.2, cy + rw * 0.3, H * 0.1, 90, '#e9edf2'));
  out.push(vignette(s, W, H, 0.3));
  return out.join('');
}
