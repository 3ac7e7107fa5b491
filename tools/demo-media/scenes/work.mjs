/** Workshop scenes: apprentices, tools, prototype lab, designer's desk. */
import { carSide } from '../lib/car.mjs';
import { dots, figure, glowSpot, hatch, vignette } from '../lib/kit.mjs';
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
} from '../lib/svg.mjs';

function wrench(s, x, y, len, angle, c = '#b9c0c9') {
  const w = len * 0.09;
  const fill = s.lin(
    [
      [0, lighten(c, 0.4)],
      [0.5, c],
      [1, darken(c, 0.35)],
    ],
    0,
    0,
    0,
    1,
  );
  return g(
    [
      rect(0, -w / 2, len, w, { fill, rx: w / 2 }),
      circle(0, 0, w * 1.3, { fill }),
      circle(-w * 0.5, 0, w * 0.7, { fill: '#000', opacity: 0 }),
      path(
        `M${f(-w * 0.4)} ${f(-w * 0.55)} L${f(-w * 1.6)} ${f(-w * 0.55)} L${f(-w * 1.6)} ${f(w * 0.55)} L${f(-w * 0.4)} ${f(w * 0.55)} Z`,
        { fill: '#141518', opacity: 0.001 },
      ),
      circle(len, 0, w * 1.05, { fill }),
      circle(len, 0, w * 0.55, { fill: darken(c, 0.5) }),
    ],
    { transform: `translate(${f(x)} ${f(y)}) rotate(${f(angle)})` },
  );
}
function screwdriver(s, x, y, len, angle, c = '#d9603b') {
  return g(
    [
      rect(0, -len * 0.045, len * 0.38, len * 0.09, {
        fill: s.lin([
          [0, lighten(c, 0.3)],
          [1, darken(c, 0.3)],
        ]),
        rx: len * 0.04,
      }),
      rect(len * 0.38, -len * 0.015, len * 0.62, len * 0.03, { fill: '#c9ced6' }),
    ],
    { transform: `translate(${f(x)} ${f(y)}) rotate(${f(angle)})` },
  );
}
function pliers(s, x, y, len, angle, c = '#1f9d8a') {
  return g(
    [
      path(`M0 0 L${f(len * 0.55)} ${f(-len * 0.08)} L${f(len * 0.55)} ${f(-len * 0.02)} Z`, {
        fill: c,
      }),
      path(`M0 0 L${f(len * 0.55)} ${f(len * 0.08)} L${f(len * 0.55)} ${f(len * 0.02)} Z`, {
        fill: darken(c, 0.15),
      }),
      path(
        `M${f(len * 0.55)} ${f(-len * 0.05)} L${f(len)} ${f(-len * 0.015)} L${f(len)} ${f(len * 0.015)} L${f(len * 0.55)} ${f(len * 0.05)} Z`,
        { fill: '#aab2bc' },
      ),
      circle(len * 0.55, 0, len * 0.04, { fill: '#6b717a' }),
    ],
    { transform: `translate(${f(x)} ${f(y)}) rotate(${f(angle)})` },
  );
}
function hammer(s, x, y, len, angle) {
  return g(
    [
      rect(0, -len * 0.035, len * 0.85, len * 0.07, { fill: '#a0714b', rx: len * 0.03 }),
      rect(len * 0.8, -len * 0.16, len * 0.14, len * 0.32, {
        fill: s.lin(
          [
            [0, '#d4d9df'],
            [1, '#6d737c'],
          ],
          0,
          0,
          1,
          0,
        ),
        rx: 4,
      }),
    ],
    { transform: `translate(${f(x)} ${f(y)}) rotate(${f(angle)})` },
  );
}

/** Pegboard tool wall with shadow outlines, every tool in its place. */
export function toolWall(s, W, H, p, _r) {
  const { board = '#2f3a4a' } = p;
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, lighten(board, 0.1)],
        [1, darken(board, 0.2)],
      ]),
    }),
  ];
  out.push(rect(0, 0, W, H, { fill: dots(s, '#0d1117', 34, 3.5, 0.7) }));
  out.push(glowSpot(s, W * 0.5, H * 0.2, W * 0.6, H * 0.5, '#fff3dc', 0.2));
  const k = Math.min(W / 1600, H / 1000);
  const tools = [];
  for (let i = 0; i < 7; i++)
    tools.push(['w', W * (0.1 + i * 0.055), H * 0.12, (180 + i * 30) * k, 90]);
  for (let i = 0; i < 6; i++)
    tools.push([
      's',
      W * (0.56 + i * 0.06),
      H * 0.1,
      (200 + (i % 3) * 30) * k,
      90,
      ['#d9603b', '#e9c46a', '#c2417a', '#3b6fd9', '#1f9d8a', '#d9603b'][i],
    ]);
  tools.push(
    ['p', W * 0.14, H * 0.62, 260 * k, 90, '#1f9d8a'],
    ['p', W * 0.24, H * 0.62, 240 * k, 90, '#d9603b'],
  );
  tools.push(['h', W * 0.42, H * 0.6, 320 * k, 90]);
  tools.push(['h', W * 0.52, H * 0.62, 280 * k, 90]);
  for (let i = 0; i < 5; i++)
    tools.push(['w', W * (0.66 + i * 0.06), H * 0.58, (150 + i * 20) * k, 90, '#e9c46a']);
  const draw = (t, sh) => {
    const [kind, x, y, len, a, c] = t;
    const m =
      kind === 'w'
        ? wrench(s, x, y, len, a, c)
        : kind === 's'
          ? screwdriver(s, x, y, len, a, c)
          : kind === 'p'
            ? pliers(s, x, y, len, a, c)
            : hammer(s, x, y, len, a);
    return sh ? g(m, { transform: 'translate(0 0)', opacity: 1 }) : m;
  };
  for (const t of tools) {
    out.push(g(draw(t), { filter: 'url(#outline)', opacity: 0.9 }));
  }
  s.def(
    '<filter id="outline" x="-20%" y="-20%" width="140%" height="140%"><feMorphology in="SourceAlpha" operator="dilate" radius="6" result="d"/><feFlood flood-color="#e9eef4" flood-opacity="0.75"/><feComposite in2="d" operator="in"/></filter>',
  );
  for (const t of tools)
    out.push(g(draw(t), { filter: s.blur(6), opacity: 0.5, transform: 'translate(8 12)' }));
  // tools currently hanging (some missing to show outlines)
  tools.forEach((t, i) => {
    if (i % 5 !== 2) out.push(draw(t));
  });
  // pegs
  for (const t of tools) out.push(circle(t[1], t[2] - 10, 6, { fill: '#aab2bc' }));
  out.push(vignette(s, W, H, 0.45));
  return out.join('');
}

/** Training workshop: apprentices around an electric motor on a stand, car on a lift. */
export function workshop(s, W, H, p, _r) {
  const { people = true } = p;
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, '#e8e4dc'],
        [1, '#c9c2b6'],
      ]),
    }),
  ];
  // windows high
  for (let i = 0; i < 5; i++)
    out.push(
      rect(W * (0.05 + i * 0.19), H * 0.05, W * 0.15, H * 0.16, {
        fill: s.lin([
          [0, '#cfe6f5'],
          [1, '#9cc3e0'],
        ]),
        stroke: '#8c8478',
        strokeWidth: 6,
      }),
    );
  // pegboard
  out.push(
    rect(W * 0.04, H * 0.28, W * 0.34, H * 0.3, { fill: '#3a4656' }),
    rect(W * 0.04, H * 0.28, W * 0.34, H * 0.3, { fill: dots(s, '#1d242e', 20, 2.5, 0.8) }),
  );
  for (let i = 0; i < 7; i++)
    out.push(
      rect(W * (0.06 + i * 0.045), H * 0.31, W * 0.012, H * 0.14 + (i % 3) * 12, {
        fill: ['#d9603b', '#e9c46a', '#c9ced6', '#1f9d8a'][i % 4],
        rx: 4,
      }),
    );
  const gy = H * 0.78;
  out.push(
    rect(0, gy, W, H - gy, {
      fill: s.lin(
        [
          [0, '#a79f90'],
          [1, '#6e6759'],
        ],
        0,
        gy,
        0,
        H,
        true,
      ),
    }),
  );
  out.push(
    path(`M0 ${f(gy + H * 0.06)} L${f(W)} ${f(gy + H * 0.06)}`, {
      stroke: '#e9c46a',
      strokeWidth: 8,
      strokeDasharray: '30 20',
      opacity: 0.7,
    }),
  );
  // lift with car
  const lx = W * 0.56;
  const L = W * 0.36;
  const ly = gy - H * 0.16;
  out.push(
    rect(lx - 20, H * 0.28, 26, gy - H * 0.28, { fill: '#c0392b' }),
    rect(lx + L + 10, H * 0.28, 26, gy - H * 0.28, { fill: '#c0392b' }),
  );
  out.push(rect(lx - 10, ly, L + 40, 12, { fill: '#4a505a' }));
  out.push(carSide(s, lx + 10, ly, L, { color: '#1f6f64', sky: '#ffffff', shadow: false }));
  // motor on stand
  const mx = W * 0.3;
  const my = gy - H * 0.12;
  out.push(rect(mx - 90, my, 180, H * 0.12, { fill: 'none', stroke: '#e9a23b', strokeWidth: 12 }));
  out.push(
    rect(mx - 120, my - H * 0.13, 240, H * 0.14, {
      fill: s.lin([
        [0, '#c9ced6'],
        [0.5, '#7d848f'],
        [1, '#3f444d'],
      ]),
      rx: 30,
    }),
  );
  for (let i = 0; i < 9; i++)
    out.push(
      line(mx - 90 + i * 22, my - H * 0.12, mx - 90 + i * 22, my, {
        stroke: '#4a505a',
        strokeWidth: 4,
      }),
    );
  out.push(
    ellipse(mx + 120, my - H * 0.06, 24, H * 0.07, { fill: '#9aa1ab' }),
    circle(mx + 124, my - H * 0.06, 12, { fill: '#3f444d' }),
  );
  out.push(
    path(
      `M${f(mx - 100)} ${f(my - H * 0.1)} C${f(mx - 200)} ${f(my - H * 0.2)} ${f(mx - 240)} ${f(my)} ${f(mx - 300)} ${f(gy)}`,
      { fill: 'none', stroke: '#f07a1a', strokeWidth: 10 },
    ),
  );
  if (people) {
    out.push(
      figure(s, W * 0.14, gy + H * 0.12, H * 0.36, {
        body: '#2f5d8c',
        skin: '#8d5a3b',
        hair: '#1a1110',
      }),
    );
    out.push(
      figure(s, W * 0.44, gy + H * 0.13, H * 0.35, {
        body: '#c2417a',
        skin: '#f0c8aa',
        hair: '#8a4b2a',
        flip: true,
      }),
    );
    out.push(
      figure(s, W * 0.5, gy + H * 0.17, H * 0.38, {
        body: '#2f5d8c',
        skin: '#e3b28c',
        hair: '#15110f',
        flip: true,
      }),
    );
  }
  out.push(vignette(s, W, H, 0.35, '#2a2418'));
  return out.join('');
}

/** Electric motor on a test stand, orange high-voltage cables. */
export function engineStand(s, W, H, _p, _r) {
  const out = [
    rect(0, 0, W, H, {
      fill: s.rad(
        [
          [0, '#3a4150'],
          [1, '#12151b'],
        ],
        0.5,
        0.4,
        0.8,
      ),
    }),
  ];
  const gy = H * 0.8;
  out.push(
    rect(0, gy, W, H - gy, {
      fill: s.lin(
        [
          [0, '#2a2e36'],
          [1, '#14161a'],
        ],
        0,
        gy,
        0,
        H,
        true,
      ),
    }),
  );
  const cx = W / 2;
  const cy = H * 0.48;
  const rw = Math.min(W * 0.5, H * 0.8);
  const rh = rw * 0.5;
  // stand
  out.push(
    path(
      `M${f(cx - rw * 0.35)} ${f(cy + rh * 0.4)} L${f(cx - rw * 0.45)} ${f(gy)} M${f(cx + rw * 0.35)} ${f(cy + rh * 0.4)} L${f(cx + rw * 0.45)} ${f(gy)} M${f(cx - rw * 0.5)} ${f(gy - 10)} L${f(cx + rw * 0.5)} ${f(gy - 10)}`,
      { stroke: '#e9a23b', strokeWidth: 18, strokeLinecap: 'round', fill: 'none' },
    ),
  );
  out.push(ellipse(cx, gy + 6, rw * 0.6, 16, { fill: '#000', opacity: 0.45, filter: s.blur(10) }));
  // motor body
  out.push(
    rect(cx - rw / 2, cy - rh / 2, rw, rh, {
      fill: s.lin([
        [0, '#e1e5ea'],
        [0.3, '#aab2bc'],
        [0.7, '#5c636d'],
        [1, '#2e3238'],
      ]),
      rx: rh * 0.18,
    }),
  );
  for (let i = 0; i < 16; i++)
    out.push(
      rect(cx - rw * 0.4 + i * rw * 0.05, cy - rh / 2 - 6, rw * 0.025, rh + 12, {
        fill: s.lin([
          [0, '#d0d5db'],
          [1, '#4a5058'],
        ]),
        rx: 4,
      }),
    );
  out.push(
    ellipse(cx + rw / 2, cy, rh * 0.16, rh * 0.48, { fill: '#8a929c' }),
    circle(cx + rw / 2 + rh * 0.1, cy, rh * 0.1, { fill: '#c9ced6' }),
    rect(cx + rw / 2 + rh * 0.1, cy - rh * 0.04, rh * 0.3, rh * 0.08, { fill: '#aab2bc' }),
  );
  // cables
  for (const [dy, c] of [
    [-0.2, '#f07a1a'],
    [0, '#f07a1a'],
    [0.2, '#f07a1a'],
  ])
    out.push(
      path(
        `M${f(cx - rw * 0.5)} ${f(cy + rh * dy)} C${f(cx - rw * 0.8)} ${f(cy + rh * dy)} ${f(cx - rw * 0.7)} ${f(gy)} ${f(cx - rw * 1.1)} ${f(gy - 20)}`,
        { fill: 'none', stroke: c, strokeWidth: 14, strokeLinecap: 'round' },
      ),
    );
  out.push(
    rect(cx - rw * 0.15, cy - rh * 0.75, rw * 0.3, rh * 0.25, { fill: '#2b2f38', rx: 8 }),
    rect(cx - rw * 0.12, cy - rh * 0.7, rw * 0.1, rh * 0.08, {
      fill: '#7ee081',
      filter: s.glow(4),
    }),
  );
  out.push(glowSpot(s, cx, cy - rh, rw, rh, '#ffffff', 0.18));
  out.push(vignette(s, W, H, 0.5));
  return out.join('');
}

/** Open drawer of a tool trolley: sockets and spanners in a foam insert, from above. */
export function toolbox(s, W, H, _p, _r) {
  const out = [rect(0, 0, W, H, { fill: '#b33a2a' })];
  out.push(
    rect(W * 0.04, H * 0.06, W * 0.92, H * 0.88, {
      fill: s.lin([
        [0, '#8e2a1e'],
        [1, '#5e1a12'],
      ]),
      rx: 14,
    }),
  );
  out.push(rect(W * 0.06, H * 0.09, W * 0.88, H * 0.82, { fill: '#1b1d22', rx: 10 }));
  const k = Math.min(W / 1600, H / 1000);
  // sockets
  for (let i = 0; i < 12; i++) {
    const x = W * 0.12 + i * W * 0.065;
    const R = (22 + i * 3) * k;
    const y = H * 0.22;
    out.push(
      circle(x, y, R + 6, { fill: '#0d0e11' }),
      circle(x, y, R, {
        fill: s.rad(
          [
            [0, '#f0f3f6'],
            [0.6, '#aab2bc'],
            [1, '#5c636d'],
          ],
          0.35,
          0.3,
          0.8,
        ),
      }),
    );
    const hex = [];
    for (let n = 0; n < 6; n++)
      hex.push([
        x + Math.cos((n * Math.PI) / 3) * R * 0.5,
        y + Math.sin((n * Math.PI) / 3) * R * 0.5,
      ]);
    out.push(path(poly(hex), { fill: '#2b2f38' }));
  }
  // spanners in foam cut-outs
  for (let i = 0; i < 9; i++) {
    const len = (420 + i * 30) * k;
    const y = H * 0.38 + i * H * 0.055;
    out.push(g(wrench(s, W * 0.12, y, len, 0), { filter: 'url(#cut)' }));
    out.push(wrench(s, W * 0.12, y, len, 0));
  }
  s.def(
    '<filter id="cut" x="-10%" y="-50%" width="120%" height="200%"><feMorphology in="SourceAlpha" operator="dilate" radius="5" result="d"/><feFlood flood-color="#000"/><feComposite in2="d" operator="in"/></filter>',
  );
  // ratchet and screwdrivers
  out.push(
    screwdriver(s, W * 0.7, H * 0.42, 380 * k, 0, '#e9c46a'),
    screwdriver(s, W * 0.7, H * 0.52, 380 * k, 0, '#1f9d8a'),
    screwdriver(s, W * 0.7, H * 0.62, 340 * k, 0, '#3b6fd9'),
  );
  out.push(pliers(s, W * 0.68, H * 0.76, 420 * k, 0, '#d9603b'));
  out.push(glowSpot(s, W * 0.4, H * 0.3, W * 0.6, H * 0.4, '#ffffff', 0.15));
  out.push(vignette(s, W, H, 0.4));
  return out.join('');
}

/** The designer's desk seen from above: sketchbook, swatches, pencils, fabric, coffee. */
export function designerDesk(s, W, H, p, r) {
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin(
        [
          [0, '#e9dfd2'],
          [1, '#d6c7b4'],
        ],
        0,
        0,
        1,
        1,
      ),
    }),
  ];
  for (let i = 0; i < 30; i++)
    out.push(
      line(0, (i * H) / 30 + r.range(-4, 4), W, (i * H) / 30 + r.range(-4, 4), {
        stroke: '#c9b8a2',
        strokeWidth: 2,
        opacity: 0.4,
      }),
    );
  const k = Math.min(W / 1600, H / 1000);
  // sketchbook
  const bx = W * 0.5 - 420 * k;
  const by = H * 0.5 - 250 * k;
  out.push(
    rect(bx + 14, by + 20, 840 * k, 520 * k, {
      fill: '#3a2418',
      opacity: 0.35,
      filter: s.blur(16),
    }),
  );
  out.push(
    rect(bx, by, 840 * k, 520 * k, { fill: '#fbf8f2', rx: 6 }),
    line(bx + 420 * k, by, bx + 420 * k, by + 520 * k, { stroke: '#d8d0c2', strokeWidth: 4 }),
  );
  out.push(
    carSide(s, bx + 460 * k, by + 330 * k, 330 * k, {
      mode: 'wire',
      wireColor: '#2b2b33',
      shadow: false,
    }),
  );
  out.push(
    carSide(s, bx + 40 * k, by + 220 * k, 320 * k, {
      mode: 'wire',
      wireColor: '#d9603b',
      shadow: false,
      roof: 'hatch',
      h: 1.1,
    }),
  );
  out.push(
    path(
      `M${f(bx + 60 * k)} ${f(by + 400 * k)} C${f(bx + 150 * k)} ${f(by + 350 * k)} ${f(bx + 280 * k)} ${f(by + 380 * k)} ${f(bx + 380 * k)} ${f(by + 330 * k)}`,
      { fill: 'none', stroke: '#d9603b', strokeWidth: 12, opacity: 0.5, strokeLinecap: 'round' },
    ),
  );
  // swatch chips
  const cols = ['#d9603b', '#e9c46a', '#2a9d8f', '#264653', '#c2417a'];
  cols.forEach((c, i) => {
    const x = W * 0.08 + i * 24;
    const y = H * 0.12 + i * 10;
    out.push(
      g(
        [
          rect(6, 8, 150 * k, 220 * k, { fill: '#000', opacity: 0.25, filter: s.blur(6) }),
          rect(0, 0, 150 * k, 220 * k, { fill: '#fff', rx: 8 }),
          rect(10 * k, 10 * k, 130 * k, 150 * k, { fill: c, rx: 4 }),
        ],
        { transform: `translate(${f(x)} ${f(y)}) rotate(${f(-20 + i * 9)})` },
      ),
    );
  });
  // fabric squares
  const fab = ['#3d405b', '#8a7967', '#c2573a'];
  fab.forEach((c, i) =>
    out.push(
      g(
        [
          rect(6, 8, 200 * k, 200 * k, { fill: '#000', opacity: 0.25, filter: s.blur(6) }),
          rect(0, 0, 200 * k, 200 * k, { fill: c }),
          rect(0, 0, 200 * k, 200 * k, { fill: hatch(s, lighten(c, 0.2), 6, 2, 45, 0.6) }),
        ],
        {
          transform: `translate(${f(W * 0.76 + i * 30)} ${f(H * 0.58 + i * 40)}) rotate(${f(10 - i * 12)})`,
        },
      ),
    ),
  );
  // pencils
  for (let i = 0; i < 4; i++)
    out.push(
      g(
        [
          rect(0, -8, 320 * k, 16, {
            fill: ['#2b2b33', '#d9603b', '#3b6fd9', '#e9c46a'][i],
            rx: 3,
          }),
          path(`M${f(320 * k)} -8 L${f(360 * k)} 0 L${f(320 * k)} 8 Z`, { fill: '#f0d6b0' }),
        ],
        { transform: `translate(${f(W * 0.1)} ${f(H * 0.72 + i * 26)}) rotate(-8)` },
      ),
    );
  // coffee
  const cx = W * 0.86;
  const cy = H * 0.2;
  out.push(
    circle(cx + 10, cy + 14, 90 * k, { fill: '#000', opacity: 0.25, filter: s.blur(10) }),
    circle(cx, cy, 90 * k, { fill: '#ffffff' }),
    circle(cx, cy, 70 * k, { fill: '#5a3a24' }),
    ellipse(cx - 20 * k, cy - 20 * k, 30 * k, 12 * k, { fill: '#c8a27a', opacity: 0.6 }),
  );
  out.push(vignette(s, W, H, 0.3, '#3a2418'));
  return out.join('');
}

/** Prototype workshop: primer-grey prototype on a lift, 3D printer, tool cart. */
export function protoWorkshop(s, W, H, _p, _r) {
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, '#1d2433'],
        [1, '#2c3445'],
      ]),
    }),
  ];
  out.push(glowSpot(s, W * 0.55, H * 0.35, W * 0.6, H * 0.45, '#9cc3ff', 0.22));
  // shelves
  for (let j = 0; j < 3; j++) {
    out.push(rect(W * 0.03, H * (0.14 + j * 0.15), W * 0.24, 8, { fill: '#5a6272' }));
    for (let i = 0; i < 5; i++)
      out.push(
        rect(W * (0.04 + i * 0.046), H * (0.14 + j * 0.15) - 50, W * 0.038, 50, {
          fill: ['#3b6fd9', '#d9603b', '#e9c46a', '#8a93a0', '#1f9d8a'][(i + j) % 5],
          rx: 4,
          opacity: 0.9,
        }),
      );
  }
  const gy = H * 0.8;
  out.push(
    rect(0, gy, W, H - gy, {
      fill: s.lin(
        [
          [0, '#3a4254'],
          [1, '#171b24'],
        ],
        0,
        gy,
        0,
        H,
        true,
      ),
    }),
  );
  // prototype on stands
  const L = W * 0.5;
  const x0 = W * 0.38;
  const cy = gy - H * 0.05;
  out.push(
    rect(x0 + L * 0.15, cy, L * 0.05, gy - cy, { fill: '#e9a23b' }),
    rect(x0 + L * 0.8, cy, L * 0.05, gy - cy, { fill: '#e9a23b' }),
  );
  out.push(
    carSide(s, x0, cy, L, {
      color: '#8f959c',
      sky: '#cfe0ff',
      glass: '#2a3344',
      wheel: 'spoke',
      tape: true,
    }),
  );
  // panel off: show wiring
  out.push(
    path(
      `M${f(x0 + L * 0.3)} ${f(cy - L * 0.14)} C${f(x0 + L * 0.4)} ${f(cy - L * 0.1)} ${f(x0 + L * 0.5)} ${f(cy - L * 0.16)} ${f(x0 + L * 0.62)} ${f(cy - L * 0.12)}`,
      { fill: 'none', stroke: '#f07a1a', strokeWidth: 6 },
    ),
  );
  // 3D printer
  const px = W * 0.08;
  const pw = W * 0.2;
  const ph = H * 0.34;
  out.push(
    rect(px, gy - ph, pw, ph, { fill: '#2a303c', rx: 10 }),
    rect(px + 14, gy - ph + 14, pw - 28, ph - 60, { fill: '#0f1420', rx: 6 }),
  );
  out.push(
    rect(px + pw * 0.3, gy - ph * 0.45, pw * 0.4, ph * 0.22, {
      fill: s.lin([
        [0, '#4fa3ff'],
        [1, '#1c4fa0'],
      ]),
    }),
  );
  for (let i = 0; i < 10; i++)
    out.push(
      line(
        px + pw * 0.3,
        gy - ph * 0.45 + i * ph * 0.022,
        px + pw * 0.7,
        gy - ph * 0.45 + i * ph * 0.022,
        { stroke: '#9cc3ff', strokeWidth: 1.2, opacity: 0.5 },
      ),
    );
  out.push(
    rect(px + pw * 0.42, gy - ph * 0.62, pw * 0.16, ph * 0.1, { fill: '#c9ced6' }),
    circle(px + pw * 0.5, gy - ph * 0.47, 6, { fill: '#ffb45a', filter: s.glow(6) }),
  );
  out.push(
    rect(px + 14, gy - 40, pw - 28, 26, { fill: '#1b1f28', rx: 6 }),
    rect(px + 24, gy - 34, 50, 14, { fill: '#7ee081', rx: 3 }),
  );
  // cart
  out.push(rect(W * 0.3, gy - H * 0.2, W * 0.07, H * 0.18, { fill: '#c0392b', rx: 6 }));
  for (let i = 0; i < 3; i++)
    out.push(
      rect(W * 0.305, gy - H * 0.19 + i * H * 0.055, W * 0.06, H * 0.045, {
        fill: '#a8322a',
        rx: 3,
      }),
      rect(W * 0.325, gy - H * 0.17 + i * H * 0.055, W * 0.02, 6, { fill: '#d9dde3' }),
    );
  out.push(
    figure(s, W * 0.92, gy + H * 0.12, H * 0.36, {
      body: '#2f5d8c',
      skin: '#8d5a3b',
      hair: '#1a1110',
      flip: true,
    }),
  );
  out.push(vignette(s, W, H, 0.5));
  return out.join('');
}

/** A 3D printer building a prototype part, layer by layer (p.t animates). */
export function printer3d(s, W, H, p, _r) {
  const { t = 1 } = p;
  const out = [
    rect(0, 0, W, H, {
      fill: s.rad(
        [
          [0, '#22304a'],
          [1, '#0a0f1a'],
        ],
        0.5,
        0.45,
        0.8,
      ),
    }),
  ];
  const cx = W / 2;
  const fw = Math.min(W * 0.6, H * 0.9);
  const fh = fw * 0.85;
  const fx = cx - fw / 2;
  const fy = H * 0.5 - fh / 2;
  out.push(rect(fx, fy, fw, fh, { fill: '#1b2130', stroke: '#3a4458', strokeWidth: 16, rx: 16 }));
  out.push(
    rect(fx + 30, fy + 30, fw - 60, fh - 60, {
      fill: s.lin([
        [0, '#111827'],
        [1, '#1d2738'],
      ]),
    }),
  );
  // bed
  const bedY = fy + fh * 0.8;
  out.push(rect(fx + fw * 0.12, bedY, fw * 0.76, 18, { fill: '#5a6272' }));
  // part: bracket with layers
  const layers = 26;
  const shown = Math.max(1, Math.round(layers * t));
  const lh = fh * 0.016;
  for (let i = 0; i < shown; i++) {
    const y = bedY - (i + 1) * lh;
    const w = i < 8 ? fw * 0.44 : fw * (0.16 + 0.06 * Math.sin(i * 0.3));
    const x = i < 8 ? cx - w / 2 : cx - fw * 0.2;
    out.push(
      rect(x, y, w, lh - 1, {
        fill: i === shown - 1 ? '#ffb45a' : mix('#3b6fd9', '#6fa0ff', (i % 2) * 0.4),
        rx: 2,
      }),
    );
    if (i >= 8)
      out.push(
        rect(cx + fw * 0.04, y, fw * 0.16, lh - 1, {
          fill: i === shown - 1 ? '#ffb45a' : mix('#3b6fd9', '#6fa0ff', (i % 2) * 0.4),
          rx: 2,
        }),
      );
  }
  // gantry & nozzle
  const ny = bedY - (shown + 0.5) * lh - 30;
  const nx = cx - fw * 0.2 + ((t * 7) % 1) * fw * 0.4;
  out.push(rect(fx + 30, ny - 20, fw - 60, 16, { fill: '#8a93a0' }));
  out.push(
    rect(nx - 30, ny - 40, 60, 50, { fill: '#c9ced6', rx: 6 }),
    path(`M${f(nx - 10)} ${f(ny + 10)} L${f(nx + 10)} ${f(ny + 10)} L${f(nx)} ${f(ny + 28)} Z`, {
      fill: '#e9a23b',
    }),
  );
  out.push(circle(nx, ny + 30, 8, { fill: '#ffcf8a', filter: s.glow(8) }));
  out.push(glowSpot(s, nx, ny + 30, 120, 60, '#ffb45a', 0.5));
  // spool
  out.push(
    circle(fx + fw + 80, fy + 120, 70, { fill: '#2b3140' }),
    circle(fx + fw + 80, fy + 120, 60, { fill: '#3b6fd9' }),
    circle(fx + fw + 80, fy + 120, 20, { fill: '#2b3140' }),
  );
  out.push(
    path(
      `M${f(fx + fw + 40)} ${f(fy + 160)} C${f(fx + fw)} ${f(fy + 260)} ${f(nx + 80)} ${f(ny - 120)} ${f(nx)} ${f(ny - 40)}`,
      { fill: 'none', stroke: '#3b6fd9', strokeWidth: 4 },
    ),
  );
  out.push(vignette(s, W, H, 0.5));
  return out.join('');
}

function gear(cx, cy, R, n, fill) {
  let d = '';
  for (let i = 0; i < n * 2; i++) {
    const a = (i / (n * 2)) * Math.PI * 2;
    const a2 = a + Math.PI / (n * 2);
    const rr = i % 2 ? R : R * 1.15;
    d += `${i ? 'L' : 'M'}${f(cx + Math.cos(a) * rr)} ${f(cy + Math.sin(a) * rr)} L${f(cx + Math.cos(a2) * rr)} ${f(cy + Math.sin(a2) * rr)} `;
  }
  return path(d + 'Z', { fill }) + circle(cx, cy, R * 0.35, { fill: '#1b1d22' });
}

/** Flat lay of prototype parts and tools on a cutting mat. */
export function partsBench(s, W, H, _p, _r) {
  const out = [rect(0, 0, W, H, { fill: '#1f5e57' })];
  for (let i = 0; i < 40; i++)
    out.push(
      line((i * W) / 40, 0, (i * W) / 40, H, {
        stroke: '#e9f5f2',
        strokeWidth: i % 5 ? 1 : 2.5,
        opacity: 0.25,
      }),
    );
  for (let i = 0; i < 26; i++)
    out.push(
      line(0, (i * H) / 25, W, (i * H) / 25, {
        stroke: '#e9f5f2',
        strokeWidth: i % 5 ? 1 : 2.5,
        opacity: 0.25,
      }),
    );
  const k = Math.min(W / 1600, H / 1000);
  const sh = (m) =>
    g([g(m, { transform: 'translate(8 12)', opacity: 0.35, filter: s.blur(6) }), m]);
  const metal = s.lin(
    [
      [0, '#eef1f4'],
      [0.5, '#aab2bc'],
      [1, '#6d737c'],
    ],
    0,
    0,
    1,
    1,
  );
  out.push(sh(gear(W * 0.22, H * 0.3, 120 * k, 14, metal)));
  out.push(
    sh(
      gear(
        W * 0.36,
        H * 0.42,
        70 * k,
        10,
        s.lin(
          [
            [0, '#ffd8a8'],
            [1, '#c9783e'],
          ],
          0,
          0,
          1,
          1,
        ),
      ),
    ),
  );
  out.push(
    sh(
      path(
        `M${f(W * 0.55)} ${f(H * 0.18)} l${f(260 * k)} 0 l0 ${f(60 * k)} l${f(-200 * k)} 0 l0 ${f(200 * k)} l${f(-60 * k)} 0 Z`,
        {
          fill: s.lin(
            [
              [0, '#6fa0ff'],
              [1, '#2a55b0'],
            ],
            0,
            0,
            1,
            1,
          ),
        },
      ),
    ),
  );
  for (let i = 0; i < 8; i++)
    out.push(
      sh(
        g(
          [
            rect(0, -8 * k, 90 * k, 16 * k, { fill: metal, rx: 3 }),
            rect(-14 * k, -16 * k, 18 * k, 32 * k, { fill: '#8a929c', rx: 3 }),
          ],
          {
            transform: `translate(${f(W * (0.58 + (i % 4) * 0.07))} ${f(H * (0.55 + Math.floor(i / 4) * 0.08))}) rotate(${f(i * 20)})`,
          },
        ),
      ),
    );
  // calipers
  out.push(
    sh(
      g(
        [
          rect(0, 0, 520 * k, 36 * k, { fill: metal, rx: 4 }),
          rect(40 * k, 36 * k, 30 * k, 120 * k, { fill: metal }),
          rect(260 * k, -10 * k, 80 * k, 60 * k, { fill: '#c9ced6', rx: 6 }),
          rect(280 * k, 36 * k, 30 * k, 110 * k, { fill: metal }),
          rect(275 * k, 0, 50 * k, 24 * k, { fill: '#1b2130' }),
        ],
        { transform: `translate(${f(W * 0.1)} ${f(H * 0.68)}) rotate(-6)` },
      ),
    ),
  );
  out.push(sh(wrench(s, W * 0.62, H * 0.82, 380 * k, -12)));
  out.push(
    sh(
      circle(W * 0.86, H * 0.3, 90 * k, {
        fill: s.rad([
          [0, '#2b2f38'],
          [0.7, '#15171c'],
          [1, '#000'],
        ]),
      }) + circle(W * 0.86, H * 0.3, 40 * k, { fill: metal }),
    ),
  );
  out.push(vignette(s, W, H, 0.4));
  return out.join('');
}

/** Large screen showing the digital wireframe model of a car, in a dark studio. */
export function cadScreen(s, W, H, p, _r) {
  const { t = 1 } = p;
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, '#0a1020'],
        [1, '#05070d'],
      ]),
    }),
  ];
  const sx = W * 0.1,
    sy = H * 0.08,
    sw = W * 0.8,
    sh = H * 0.62;
  out.push(rect(sx - 20, sy - 20, sw + 40, sh + 40, { fill: '#1b2130', rx: 16 }));
  out.push(
    rect(sx, sy, sw, sh, {
      fill: s.lin([
        [0, '#0d1a33'],
        [1, '#081020'],
      ]),
    }),
  );
  for (let i = 0; i < 24; i++)
    out.push(
      line(sx + (i * sw) / 24, sy, sx + (i * sw) / 24, sy + sh, {
        stroke: '#1d3560',
        strokeWidth: 1,
      }),
    );
  for (let i = 0; i < 14; i++)
    out.push(
      line(sx, sy + (i * sh) / 14, sx + sw, sy + (i * sh) / 14, {
        stroke: '#1d3560',
        strokeWidth: 1,
      }),
    );
  const L = sw * 0.7;
  out.push(
    g(carSide(s, sx + (sw - L) / 2, sy + sh * 0.78, L, { mode: 'wire', wireColor: '#6fc3ff' }), {
      filter: s.glow(2),
    }),
  );
  // side panels
  out.push(rect(sx + 20, sy + 20, sw * 0.12, sh * 0.4, { fill: '#13213d', rx: 6 }));
  for (let i = 0; i < 6; i++)
    out.push(
      rect(sx + 32, sy + 40 + i * 28, sw * 0.08 * (0.4 + ((i * 37) % 10) / 16), 10, {
        fill: '#3b6fd9',
        rx: 4,
      }),
    );
  out.push(glowSpot(s, W / 2, sy + sh, W * 0.7, H * 0.35, '#3b6fd9', 0.35));
  // desk and viewer silhouette
  out.push(rect(0, H * 0.84, W, H * 0.16, { fill: '#0d1119' }));
  out.push(rect(W * 0.38, H * 0.86, W * 0.24, H * 0.03, { fill: '#2a3140', rx: 6 }));
  out.push(
    path(
      `M${f(W * 0.14)} ${f(H)} C${f(W * 0.15)} ${f(H * 0.84)} ${f(W * 0.2)} ${f(H * 0.8)} ${f(W * 0.24)} ${f(H * 0.8)} C${f(W * 0.28)} ${f(H * 0.8)} ${f(W * 0.33)} ${f(H * 0.84)} ${f(W * 0.34)} ${f(H)} Z`,
      { fill: '#05070b' },
    ),
  );
  out.push(circle(W * 0.24, H * 0.72, H * 0.07, { fill: '#05070b' }));
  out.push(vignette(s, W, H, 0.5));
  void t;
  return out.join('');
}
