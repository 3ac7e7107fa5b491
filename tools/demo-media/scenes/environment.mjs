/** Environment scenes: life-cycle diagram, emissions chart, material loop, meadow, water basins. */
import { carSide } from '../lib/car.mjs';
import { dots, hills, isoBox, isoPt, tree, vignette } from '../lib/kit.mjs';
import {
  circle,
  darken,
  ellipse,
  f,
  g,
  lighten,
  line,
  path,
  poly,
  rect,
  text,
} from '../lib/svg.mjs';

/** Small pictograms in a 100×100 box centred on 0,0. */
export function icon(s, kind, c) {
  const d = darken(c, 0.25);
  switch (kind) {
    case 'materials':
      return g([
        path(
          poly([
            [-40, 30],
            [-10, 30],
            [-18, 5],
            [-34, 5],
          ]),
          { fill: d },
        ),
        path(
          poly([
            [-5, 30],
            [40, 30],
            [30, -5],
            [5, -5],
          ]),
          { fill: c },
        ),
        path(
          poly([
            [-25, 0],
            [10, 0],
            [2, -28],
            [-18, -28],
          ]),
          { fill: lighten(c, 0.25) },
        ),
      ]);
    case 'factory':
      return g([
        rect(-40, -5, 80, 38, { fill: c }),
        path(
          poly([
            [-40, -5],
            [-20, -25],
            [-20, -5],
            [0, -25],
            [0, -5],
            [20, -25],
            [20, -5],
          ]),
          { fill: d },
        ),
        rect(26, -40, 10, 35, { fill: d }),
        rect(-28, 10, 14, 14, { fill: '#fff' }),
        rect(-4, 10, 14, 14, { fill: '#fff' }),
      ]);
    case 'road':
      return g([
        path(
          poly([
            [-18, -40],
            [18, -40],
            [42, 38],
            [-42, 38],
          ]),
          { fill: c },
        ),
        rect(-3, -32, 6, 14, { fill: '#fff' }),
        rect(-3, -8, 6, 16, { fill: '#fff' }),
        rect(-4, 18, 8, 18, { fill: '#fff' }),
      ]);
    case 'wrench':
      return g(
        path(
          'M-8 -40 L8 -40 L8 8 C22 12 28 26 22 40 L12 30 L-12 30 L-22 40 C-28 26 -22 12 -8 8 Z',
          { fill: c },
        ),
        { transform: 'rotate(40)' },
      );
    case 'battery':
      return g([
        rect(-32, -22, 60, 44, { fill: 'none', stroke: c, strokeWidth: 8, rx: 6 }),
        rect(30, -9, 8, 18, { fill: c, rx: 2 }),
        rect(-22, -12, 16, 24, { fill: c }),
        rect(-2, -12, 16, 24, { fill: lighten(c, 0.3) }),
      ]);
    case 'recycle': {
      const parts = [];
      for (let i = 0; i < 3; i++) {
        const a = (i * 120 * Math.PI) / 180;
        parts.push(
          g(
            [
              path('M-26 -14 A30 30 0 0 1 16 -26', {
                fill: 'none',
                stroke: c,
                strokeWidth: 9,
                strokeLinecap: 'round',
              }),
              path('M10 -36 L26 -24 L8 -14 Z', { fill: c }),
            ],
            { transform: `rotate(${f((a * 180) / Math.PI)})` },
          ),
        );
      }
      return g(parts);
    }
    default:
      return circle(0, 0, 30, { fill: c });
  }
}
const STAGES = ['materials', 'factory', 'road', 'wrench', 'battery', 'recycle'];
const STAGE_COLORS = ['#8a6a4a', '#7a6a58', '#3b6fd9', '#d9603b', '#e9a23b', '#4f8a2e'];

/** Circular diagram of a car's life cycle in six numbered stages. */
export function lifeCycle(s, W, H, _p, _r) {
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, '#f1f6ea'],
        [1, '#d6e6c6'],
      ]),
    }),
  ];
  out.push(rect(0, 0, W, H, { fill: dots(s, '#4f8a2e', 26, 1.3, 0.25) }));
  const cx = W / 2;
  const cy = H / 2;
  const R = Math.min(W, H) * 0.34;
  out.push(
    circle(cx, cy + 14, R, {
      fill: 'none',
      stroke: '#000',
      strokeWidth: f(R * 0.13),
      opacity: 0.08,
      filter: s.blur(10),
    }),
  );
  out.push(
    circle(cx, cy, R, {
      fill: 'none',
      stroke: s.lin(
        [
          [0, '#8cc46a'],
          [1, '#2f6b1c'],
        ],
        0,
        0,
        1,
        1,
      ),
      strokeWidth: f(R * 0.1),
    }),
  );
  // arrows along the ring
  for (let i = 0; i < 6; i++) {
    const a = ((i + 0.5) / 6) * Math.PI * 2 - Math.PI / 2;
    const x = cx + Math.cos(a) * R;
    const y = cy + Math.sin(a) * R;
    const ang = (a * 180) / Math.PI + 90;
    out.push(
      g(path('M-14 -18 L16 0 L-14 18 Z', { fill: '#ffffff' }), {
        transform: `translate(${f(x)} ${f(y)}) rotate(${f(ang)})`,
      }),
    );
  }
  const nodeR = R * 0.27;
  STAGES.forEach((kind, i) => {
    const a = (i / 6) * Math.PI * 2 - Math.PI / 2;
    const x = cx + Math.cos(a) * R;
    const y = cy + Math.sin(a) * R;
    const c = STAGE_COLORS[i];
    out.push(circle(x + 6, y + 12, nodeR, { fill: '#1e3a14', opacity: 0.25, filter: s.blur(10) }));
    out.push(circle(x, y, nodeR, { fill: '#ffffff' }));
    out.push(circle(x, y, nodeR, { fill: 'none', stroke: c, strokeWidth: f(nodeR * 0.08) }));
    out.push(
      g(icon(s, kind, c), { transform: `translate(${f(x)} ${f(y)}) scale(${f(nodeR / 60)})` }),
    );
    const bx = x + nodeR * 0.75;
    const by = y - nodeR * 0.75;
    out.push(circle(bx, by, nodeR * 0.28, { fill: c }));
    out.push(
      text(bx, by + nodeR * 0.1, String(i + 1), {
        fill: '#fff',
        fontFamily: 'Noto Sans Display',
        fontWeight: 700,
        fontSize: f(nodeR * 0.3),
        textAnchor: 'middle',
      }),
    );
  });
  out.push(
    circle(cx, cy, R * 0.52, {
      fill: s.rad([
        [0, '#ffffff'],
        [1, '#e4efd8'],
      ]),
    }),
  );
  const L = R * 0.8;
  out.push(carSide(s, cx - L / 2, cy + L * 0.12, L, { color: '#4f8a2e', sky: '#ffffff' }));
  out.push(vignette(s, W, H, 0.2, '#1e3a14'));
  return out.join('');
}

/** Stylised bar chart: emissions at each stage, with the target line. */
export function co2Bars(s, W, H, _p, _r) {
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, '#16281a'],
        [1, '#0b150d'],
      ]),
    }),
  ];
  for (let i = 0; i < 5; i++)
    out.push(
      line(W * 0.08, H * (0.14 + i * 0.12), W * 0.92, H * (0.2 + i * 0.12), {
        stroke: '#2c4a30',
        strokeWidth: 2,
      }),
    );
  const vals = [0.5, 0.62, 0.8, 0.22, 0.16, -0.14];
  const base = H * 0.74;
  const bw = W * 0.09;
  vals.forEach((v, i) => {
    const x = W * 0.14 + i * W * 0.13;
    const h = Math.abs(v) * H * 0.55;
    const y = v > 0 ? base - h : base;
    const c = STAGE_COLORS[i];
    out.push(rect(x + 8, y + 10, bw, h, { fill: '#000', opacity: 0.4, filter: s.blur(10) }));
    out.push(
      rect(x, y, bw, h, {
        fill: s.lin([
          [0, lighten(c, 0.35)],
          [1, darken(c, 0.1)],
        ]),
        rx: 8,
      }),
    );
    out.push(rect(x, y, bw * 0.3, h, { fill: '#fff', opacity: 0.12, rx: 8 }));
    out.push(
      g(icon(s, STAGES[i], '#d6e6c6'), {
        transform: `translate(${f(x + bw / 2)} ${f(v > 0 ? y - H * 0.06 : y + h + H * 0.06)}) scale(${f(bw / 150)})`,
      }),
    );
    out.push(
      text(x + bw / 2, H * 0.95, String(i + 1), {
        fill: '#a9c79a',
        fontFamily: 'Noto Sans Display',
        fontWeight: 700,
        fontSize: f(H * 0.04),
        textAnchor: 'middle',
      }),
    );
  });
  out.push(line(W * 0.08, base, W * 0.92, base, { stroke: '#d6e6c6', strokeWidth: 3 }));
  out.push(
    line(W * 0.08, H * 0.4, W * 0.92, H * 0.4, {
      stroke: '#e9c46a',
      strokeWidth: 4,
      strokeDasharray: '18 12',
    }),
  );
  out.push(vignette(s, W, H, 0.4));
  return out.join('');
}

/** Loop of materials: steel, aluminium, copper and plastics flowing back into production. */
export function materialLoop(s, W, H, p, r) {
  const out = [
    rect(0, 0, W, H, {
      fill: s.rad(
        [
          [0, '#2d4a2a'],
          [1, '#0f1c10'],
        ],
        0.5,
        0.5,
        0.8,
      ),
    }),
  ];
  const cx = W / 2;
  const cy = H / 2;
  const RX = Math.min(W * 0.34, H * 0.55);
  const RY = RX * 0.55;
  const mats = ['#9aa3ad', '#d8dde3', '#c9783e', '#3b6fd9', '#e9c46a', '#d9603b'];
  const pel = [];
  for (let i = 0; i < 150; i++) {
    const a = (i / 150) * Math.PI * 2 + r.range(-0.02, 0.02);
    const rr = 1 + r.range(-0.08, 0.08);
    const x = cx + Math.cos(a) * RX * rr;
    const y = cy + Math.sin(a) * RY * rr;
    const c = mats[Math.floor(((a / (Math.PI * 2)) * 4 + 4) % 4) + (r() < 0.25 ? 2 : 0)] || mats[0];
    pel.push({ x, y, c, z: Math.sin(a) });
  }
  pel.sort((A, B) => A.z - B.z);
  for (const q of pel) {
    const R = 9 + q.z * 4 + 5;
    out.push(
      circle(q.x, q.y, R, {
        fill: s.rad(
          [
            [0, lighten(q.c, 0.5)],
            [0.6, q.c],
            [1, darken(q.c, 0.4)],
          ],
          0.35,
          0.3,
          0.8,
        ),
      }),
    );
  }
  // arrows
  for (let i = 0; i < 4; i++) {
    const a = (i / 4) * Math.PI * 2 + Math.PI / 4;
    const x = cx + Math.cos(a) * RX * 1.22;
    const y = cy + Math.sin(a) * RY * 1.3;
    const ang = (Math.atan2(Math.cos(a) * RY, -Math.sin(a) * RX) * 180) / Math.PI;
    out.push(
      g(path('M-20 -22 L22 0 L-20 22 Z', { fill: '#b9f28a' }), {
        transform: `translate(${f(x)} ${f(y)}) rotate(${f(ang)})`,
        opacity: 0.85,
      }),
    );
  }
  // cubes of material
  const k = Math.min(W / 1600, H / 1000);
  const cubes = [
    [0, -1, '#9aa3ad'],
    [1, 0, '#d8dde3'],
    [0, 1, '#c9783e'],
    [-1, 0, '#3b6fd9'],
  ];
  for (const [dx, dy, c] of cubes) {
    const x = cx + dx * RX * 0.55;
    const y = cy + dy * RY * 0.45 - 40 * k;
    out.push(isoBox(s, x, y, 70 * k, 70 * k, 70 * k, c));
  }
  out.push(vignette(s, W, H, 0.5));
  return out.join('');
}

/** Flowering meadow with beehives at the foot of the plant. */
export function meadow(s, W, H, p, r) {
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, '#9fd0ec'],
        [1, '#f4efd8'],
      ]),
    }),
  ];
  out.push(circle(W * 0.2, H * 0.18, H * 0.07, { fill: '#fff6cf', filter: s.glow(20) }));
  // plant in the distance
  const py = H * 0.5;
  out.push(rect(W * 0.45, py - H * 0.12, W * 0.45, H * 0.12, { fill: '#e2ddd3' }));
  for (let i = 0; i < 8; i++)
    out.push(
      path(
        poly([
          [W * 0.45 + (i * W * 0.45) / 8, py - H * 0.12],
          [W * 0.45 + ((i + 1) * W * 0.45) / 8, py - H * 0.18],
          [W * 0.45 + ((i + 1) * W * 0.45) / 8, py - H * 0.12],
        ]),
        { fill: '#3d6ab5' },
      ),
    );
  out.push(hills(s, r, W, H * 0.52, H * 0.04, '#9cc47a', 6));
  for (let i = 0; i < 8; i++)
    out.push(
      tree(s, W * (0.02 + i * 0.06), H * 0.53, H * r.range(0.14, 0.2), '#4f8a2e', {
        kind: i % 3 ? 'round' : 'cone',
      }),
    );
  out.push(
    rect(0, H * 0.55, W, H, {
      fill: s.lin(
        [
          [0, '#8cbf5a'],
          [1, '#4f8a2e'],
        ],
        0,
        H * 0.55,
        0,
        H,
        true,
      ),
    }),
  );
  // hives
  for (let i = 0; i < 3; i++) {
    const x = W * (0.56 + i * 0.1);
    const y = H * 0.66;
    out.push(ellipse(x + 40, y + 4, 60, 10, { fill: '#000', opacity: 0.25, filter: s.blur(6) }));
    out.push(
      rect(x, y - 90, 80, 90, { fill: ['#e9c46a', '#f4f1e6', '#d9603b'][i] }),
      rect(x - 6, y - 98, 92, 12, { fill: '#6b4e3d' }),
      rect(x, y - 60, 80, 4, { fill: '#000', opacity: 0.15 }),
      rect(x + 30, y - 12, 20, 6, { fill: '#3a2a1e' }),
    );
  }
  // flowers: depth by y
  const cols = ['#ffffff', '#f4d35e', '#e76f51', '#c77dff', '#f28482', '#ffd6e0'];
  for (let i = 0; i < 420; i++) {
    const y = H * 0.56 + Math.pow(r(), 0.8) * H * 0.46;
    const x = r.range(0, W);
    const sz = 2 + ((y - H * 0.56) / (H * 0.44)) * 14;
    const c = r.pick(cols);
    out.push(
      line(x, y, x + r.range(-3, 3), y + sz * 2, {
        stroke: '#3f7a2a',
        strokeWidth: f(Math.max(1, sz * 0.2)),
      }),
    );
    out.push(circle(x, y, sz, { fill: c }), circle(x, y, sz * 0.4, { fill: '#e9a23b' }));
  }
  // bees / butterflies
  for (let i = 0; i < 6; i++) {
    const x = r.range(W * 0.3, W * 0.9);
    const y = r.range(H * 0.35, H * 0.6);
    out.push(
      ellipse(x - 6, y - 4, 7, 5, { fill: '#fff', opacity: 0.8 }),
      ellipse(x + 6, y - 4, 7, 5, { fill: '#fff', opacity: 0.8 }),
      ellipse(x, y, 6, 4, { fill: '#e9a23b' }),
    );
  }
  out.push(vignette(s, W, H, 0.3, '#1e3a14'));
  return out.join('');
}

/** Planted water-treatment basins of the plant, in isometric view. */
export function waterBasins(s, W, H, p, r) {
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, '#e4f0dc'],
        [1, '#b9d6a8'],
      ]),
    }),
  ];
  const k = Math.min(W / 1600, H / 1000);
  const ox = W / 2;
  const oy = H * 0.18;
  const G = (a, b, z = 0) => isoPt(ox, oy, a * k, b * k, z * k);
  const plate = [G(-80, -80), G(900, -80), G(900, 700), G(-80, 700)];
  out.push(path(poly(plate), { fill: '#a8cc8a' }));
  const basins = [
    [0, 0, 380, 280],
    [440, 0, 380, 280],
    [0, 340, 380, 280],
    [440, 340, 380, 280],
  ];
  basins.forEach(([a, b, w, d], i) => {
    const rim = [G(a, b), G(a + w, b), G(a + w, b + d), G(a, b + d)];
    out.push(path(poly(rim), { fill: '#d8d2c4' }));
    const inner = [
      G(a + 14, b + 14, -4),
      G(a + w - 14, b + 14, -4),
      G(a + w - 14, b + d - 14, -4),
      G(a + 14, b + d - 14, -4),
    ];
    out.push(
      path(poly(inner), {
        fill: s.lin(
          [
            [0, ['#4fa3c7', '#5cb3b0', '#6fbf9a', '#7fcf8a'][i]],
            [1, darken(['#4fa3c7', '#5cb3b0', '#6fbf9a', '#7fcf8a'][i], 0.25)],
          ],
          0,
          0,
          1,
          1,
        ),
      }),
    );
    for (let n = 0; n < 5; n++) {
      const [x, y] = G(a + 40 + n * 70, b + d * 0.5, 0);
      out.push(
        ellipse(x, y, 40 * k, 14 * k, {
          fill: 'none',
          stroke: '#ffffff',
          strokeWidth: 2,
          opacity: 0.35,
        }),
      );
    }
    // reeds along edges
    for (let n = 0; n < 16; n++) {
      const [x, y] = G(a + 20 + r() * (w - 40), b + d - 24, 0);
      const hh = r.range(30, 60) * k;
      out.push(
        line(x, y, x + r.range(-6, 6), y - hh, { stroke: '#3f7a2a', strokeWidth: 3 }),
        ellipse(x, y - hh, 3, 9, { fill: '#7a5a3a' }),
      );
    }
  });
  // pipe
  const [p1x, p1y] = G(380, 140, 10);
  const [p2x, p2y] = G(440, 140, 10);
  out.push(line(p1x, p1y, p2x, p2y, { stroke: '#7a8290', strokeWidth: 12 }));
  for (const [a, b] of [
    [-40, 200],
    [-40, 500],
    [860, 100],
    [860, 400],
    [300, 660],
    [650, 660],
  ]) {
    const [x, y] = G(a, b);
    out.push(tree(s, x, y, 80 * k, '#4f8a2e'));
  }
  out.push(vignette(s, W, H, 0.25, '#1e3a14'));
  return out.join('');
}
