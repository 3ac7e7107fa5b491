/** Manufacturing scenes: welding robots, the night line, the solar plant, the map of sites. */
import { carSide, carTop } from '../lib/car.mjs';
import {
  figure,
  glowSpot,
  hatch,
  hills,
  isoBox,
  isoPt,
  reflection,
  sparks,
  tree,
  vignette,
} from '../lib/kit.mjs';
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
  spline,
  text,
} from '../lib/svg.mjs';

/* ---------- robots ---------- */

/**
 * Six-axis robot in side view. (x, y) = base on the floor, sc = scale (1 ≈ 500 px tall),
 * a1 = upper-arm angle from vertical (deg, + leans right), a2 = forearm angle relative, a3 = wrist.
 * Returns { markup, tip: [x, y] }.
 */
export function robotArm(s, x, y, sc, a1, a2, a3, color = '#e8892b', o = {}) {
  const { dark = '#2b2e35', flip = false, tool = 'gun' } = o;
  const rad = (d) => (d * Math.PI) / 180;
  const parts = [];
  const shade = s.lin(
    [
      [0, lighten(color, 0.3)],
      [0.5, color],
      [1, darken(color, 0.35)],
    ],
    0,
    0,
    1,
    0,
  );
  parts.push(
    ellipse(x, y, 120 * sc, 18 * sc, { fill: '#000', opacity: 0.45, filter: s.blur(f(10 * sc)) }),
  );
  parts.push(rect(x - 85 * sc, y - 40 * sc, 170 * sc, 40 * sc, { fill: dark, rx: 6 * sc }));
  parts.push(rect(x - 65 * sc, y - 120 * sc, 130 * sc, 85 * sc, { fill: shade, rx: 14 * sc }));
  const j1 = [x, y - 150 * sc];
  parts.push(
    circle(j1[0], j1[1], 56 * sc, {
      fill: s.rad(
        [
          [0, lighten(color, 0.3)],
          [1, darken(color, 0.3)],
        ],
        0.35,
        0.35,
        0.8,
      ),
    }),
  );
  const l1 = 250 * sc;
  const A1 = rad(a1);
  const j2 = [j1[0] + Math.sin(A1) * l1, j1[1] - Math.cos(A1) * l1];
  const seg = (p0, p1, w0, w1, fill) => {
    const ang = Math.atan2(p1[1] - p0[1], p1[0] - p0[0]);
    const nx = -Math.sin(ang);
    const ny = Math.cos(ang);
    return path(
      `M${f(p0[0] + nx * w0)} ${f(p0[1] + ny * w0)} L${f(p1[0] + nx * w1)} ${f(p1[1] + ny * w1)} A${f(w1)} ${f(w1)} 0 0 1 ${f(p1[0] - nx * w1)} ${f(p1[1] - ny * w1)} L${f(p0[0] - nx * w0)} ${f(p0[1] - ny * w0)} A${f(w0)} ${f(w0)} 0 0 1 ${f(p0[0] + nx * w0)} ${f(p0[1] + ny * w0)} Z`,
      { fill },
    );
  };
  parts.push(seg(j1, j2, 44 * sc, 34 * sc, shade));
  parts.push(
    circle(j2[0], j2[1], 40 * sc, { fill: dark }),
    circle(j2[0], j2[1], 24 * sc, { fill: lighten(color, 0.2) }),
  );
  const A2 = A1 + rad(a2);
  const l2 = 230 * sc;
  const j3 = [j2[0] + Math.sin(A2) * l2, j2[1] - Math.cos(A2) * l2];
  parts.push(seg(j2, j3, 32 * sc, 22 * sc, shade));
  // cable
  parts.push(
    path(
      `M${f(j1[0] - 30 * sc)} ${f(j1[1])} Q${f((j1[0] + j2[0]) / 2 - 60 * sc)} ${f((j1[1] + j2[1]) / 2)} ${f(j2[0] - 20 * sc)} ${f(j2[1] - 30 * sc)} Q${f((j2[0] + j3[0]) / 2)} ${f((j2[1] + j3[1]) / 2 - 50 * sc)} ${f(j3[0])} ${f(j3[1] - 20 * sc)}`,
      { fill: 'none', stroke: '#1b1d22', strokeWidth: f(9 * sc), strokeLinecap: 'round' },
    ),
  );
  parts.push(circle(j3[0], j3[1], 24 * sc, { fill: dark }));
  const A3 = A2 + rad(a3);
  const l3 = 110 * sc;
  const tip = [j3[0] + Math.sin(A3) * l3, j3[1] - Math.cos(A3) * l3];
  if (tool === 'gun') {
    parts.push(seg(j3, tip, 16 * sc, 10 * sc, '#4a4f58'));
    const cx = j3[0] + Math.sin(A3) * l3 * 0.55;
    const cy = j3[1] - Math.cos(A3) * l3 * 0.55;
    parts.push(
      path(
        `M${f(cx)} ${f(cy)} q${f(Math.cos(A3) * 70 * sc)} ${f(Math.sin(A3) * 70 * sc)} ${f(Math.sin(A3) * 60 * sc + Math.cos(A3) * 40 * sc)} ${f(-Math.cos(A3) * 60 * sc + Math.sin(A3) * 40 * sc)}`,
        { fill: 'none', stroke: '#3a3e46', strokeWidth: f(12 * sc), strokeLinecap: 'round' },
      ),
    );
  } else {
    parts.push(seg(j3, tip, 14 * sc, 14 * sc, '#4a4f58'));
    parts.push(rect(tip[0] - 30 * sc, tip[1] - 6 * sc, 60 * sc, 12 * sc, { fill: '#3a3e46' }));
  }
  const markup = g(parts, flip ? { transform: `translate(${f(2 * x)} 0) scale(-1 1)` } : {});
  return { markup, tip: flip ? [2 * x - tip[0], tip[1]] : tip };
}

function factoryBack(s, W, H, p) {
  const { base = '#17181d', light = '#ffb45a' } = p;
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, darken(base, 0.3)],
        [1, base],
      ]),
    }),
  ];
  // roof trusses
  const tr = [];
  for (let i = -1; i < 12; i++) {
    const x = (i / 10) * W;
    tr.push(
      line(x, 0, x + W * 0.05, H * 0.18, { stroke: '#3a3d45', strokeWidth: 5 }),
      line(x + W * 0.1, 0, x + W * 0.05, H * 0.18, { stroke: '#3a3d45', strokeWidth: 5 }),
    );
  }
  tr.push(rect(0, H * 0.18, W, 10, { fill: '#30333b' }));
  out.push(g(tr, { opacity: 0.8 }));
  for (let i = 0; i < 5; i++) {
    const x = W * (0.1 + i * 0.2);
    out.push(rect(x - 40, H * 0.18, 80, 10, { fill: '#fff3d6', filter: s.glow(8) }));
    out.push(
      path(
        `M${f(x - 40)} ${f(H * 0.19)} L${f(x + 40)} ${f(H * 0.19)} L${f(x + 200)} ${f(H * 0.75)} L${f(x - 200)} ${f(H * 0.75)} Z`,
        {
          fill: s.lin([
            [0, '#fff3d6', 0.12],
            [1, '#fff3d6', 0],
          ]),
        },
      ),
    );
  }
  out.push(glowSpot(s, W * 0.5, H * 0.55, W * 0.6, H * 0.35, light, 0.22));
  return out.join('');
}

/** Welding cell: robots around a car body, sparks flying. */
export function robotCell(s, W, H, p, r) {
  const { t = 0, body = '#c9ced6', color = '#e8892b', zoom = 1 } = p;
  const out = [factoryBack(s, W, H, p)];
  const gy = H * 0.74;
  out.push(
    rect(0, gy, W, H - gy, {
      fill: s.lin(
        [
          [0, '#2d3038'],
          [1, '#121317'],
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
    path(`M0 ${f(gy + H * 0.08)} L${f(W)} ${f(gy + H * 0.08)}`, {
      stroke: '#f2c94c',
      strokeWidth: 10,
      strokeDasharray: '40 30',
      opacity: 0.8,
    }),
  );
  const L = Math.min(W * 0.5, H * 0.85) * zoom;
  const x0 = W / 2 - L / 2;
  const cy = gy - L * 0.06;
  // jig
  out.push(
    rect(x0 + L * 0.1, cy, L * 0.8, gy - cy, { fill: '#3d414b' }),
    rect(x0 + L * 0.05, gy - 14, L * 0.9, 14, { fill: '#50555f' }),
  );
  out.push(
    carSide(s, x0, cy, L, {
      color: body,
      glass: '#23262d',
      wheels: false,
      biw: true,
      sky: '#ffd9a8',
    }),
  );
  const sc = (L / 800) * 1.05;
  const R = [
    robotArm(s, x0 - 80 * sc, gy, sc, 48 + Math.sin(t * 6) * 4, 82, 40, color),
    robotArm(s, x0 + L + 80 * sc, gy, sc, 50 + Math.cos(t * 5) * 4, 78, 46, color, { flip: true }),
  ];
  for (const rb of R) out.push(rb.markup);
  const rs = r;
  for (const rb of R)
    out.push(
      sparks(
        s,
        rs,
        rb.tip[0],
        rb.tip[1],
        120 * sc * (1 + 0.3 * Math.sin(t * 40)),
        46,
        Math.PI / 2,
        Math.PI * 1.2,
      ),
    );
  out.push(vignette(s, W, H, 0.55));
  return out.join('');
}

/** Close-up of a welding gun on sheet metal with a shower of sparks. */
export function weldClose(s, W, H, p, r) {
  const { t = 0 } = p;
  const out = [
    rect(0, 0, W, H, {
      fill: s.rad(
        [
          [0, '#3b2a1c'],
          [1, '#0b0a09'],
        ],
        0.55,
        0.5,
        0.8,
      ),
    }),
  ];
  // sheet metal panel
  out.push(
    path(
      `M0 ${f(H * 0.62)} C${f(W * 0.3)} ${f(H * 0.58)} ${f(W * 0.6)} ${f(H * 0.6)} ${f(W)} ${f(H * 0.52)} L${f(W)} ${f(H)} L0 ${f(H)} Z`,
      {
        fill: s.lin([
          [0, '#9aa1ab'],
          [0.3, '#5c626c'],
          [1, '#1f2228'],
        ]),
      },
    ),
  );
  out.push(
    path(
      `M0 ${f(H * 0.62)} C${f(W * 0.3)} ${f(H * 0.58)} ${f(W * 0.6)} ${f(H * 0.6)} ${f(W)} ${f(H * 0.52)}`,
      { fill: 'none', stroke: '#e6e9ee', strokeWidth: 4, opacity: 0.6 },
    ),
  );
  for (let i = 0; i < 9; i++)
    out.push(
      circle(W * (0.1 + i * 0.09), H * (0.66 - i * 0.008), 9, {
        fill: '#3a3230',
        stroke: '#8a6a50',
        strokeWidth: 2,
      }),
    );
  const cx = W * 0.55;
  const cy = H * 0.585;
  // gun electrodes (C-gun)
  out.push(
    path(
      `M${f(cx - 30)} ${f(cy - 20)} L${f(cx - 30)} ${f(-20)} L${f(cx + 30)} ${f(-20)} L${f(cx + 30)} ${f(cy - 20)} Z`,
      {
        fill: s.lin(
          [
            [0, '#6d7380'],
            [0.5, '#b5bcc7'],
            [1, '#3f444d'],
          ],
          0,
          0,
          1,
          0,
        ),
      },
    ),
  );
  out.push(
    path(
      `M${f(cx - 12)} ${f(cy - 22)} L${f(cx + 12)} ${f(cy - 22)} L${f(cx + 6)} ${f(cy)} L${f(cx - 6)} ${f(cy)} Z`,
      { fill: '#c98a4b' },
    ),
  );
  out.push(
    rect(cx - 130, H * 0.1, 260, H * 0.14, {
      fill: s.lin(
        [
          [0, '#f09a3e'],
          [1, '#b35f1a'],
        ],
        0,
        0,
        1,
        0,
      ),
      rx: 18,
    }),
  );
  out.push(
    sparks(
      s,
      r,
      cx,
      cy,
      Math.min(W, H) * (0.42 + 0.05 * Math.sin(t * 30)),
      110,
      Math.PI * 0.35,
      Math.PI * 1.4,
    ),
  );
  out.push(glowSpot(s, cx, cy, W * 0.35, H * 0.3, '#ff9a3c', 0.5));
  out.push(vignette(s, W, H, 0.5));
  return out.join('');
}

/** Row of robots along the body shop, each bending over a car body. */
export function robotRow(s, W, H, p, r) {
  const { color = '#e8892b' } = p;
  const out = [factoryBack(s, W, H, { base: '#1d2027' })];
  const gy = H * 0.8;
  out.push(
    rect(0, gy - H * 0.1, W, H, {
      fill: s.lin(
        [
          [0, '#33363f'],
          [1, '#15161a'],
        ],
        0,
        gy - H * 0.1,
        0,
        H,
        true,
      ),
    }),
  );
  out.push(
    path(`M0 ${f(gy + H * 0.1)} L${f(W)} ${f(gy + H * 0.1)}`, {
      stroke: '#f2c94c',
      strokeWidth: 8,
      strokeDasharray: '40 30',
      opacity: 0.7,
    }),
  );
  const L = W * 0.3;
  const sc = (L / 800) * 1.0;
  for (let i = 0; i < 3; i++) {
    const x0 = W * 0.02 + i * W * 0.34;
    out.push(
      carSide(s, x0, gy - H * 0.02, L, {
        color: '#c9ced6',
        glass: '#23262d',
        wheels: false,
        biw: true,
        sky: '#ffd9a8',
      }),
    );
    const R = robotArm(s, x0 + L * 1.0, gy + H * 0.07, sc * 1.15, -20, -100, -55, color);
    out.push(R.markup);
    out.push(sparks(s, r, R.tip[0], R.tip[1], 90 * sc * 1.6, 36));
  }
  out.push(vignette(s, W, H, 0.5));
  return out.join('');
}

/** A robot in silhouette against the tall windows of the plant. */
export function robotBacklit(s, W, H, _p, _r) {
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, '#2a2f3a'],
        [1, '#0d0f13'],
      ]),
    }),
  ];
  const wx = W * 0.12;
  const ww = W * 0.76;
  out.push(
    rect(wx, H * 0.06, ww, H * 0.7, {
      fill: s.lin([
        [0, '#ffe0b0'],
        [0.6, '#f4a15f'],
        [1, '#c2573a'],
      ]),
    }),
  );
  for (let i = 1; i < 6; i++)
    out.push(rect(wx + (i * ww) / 6 - 5, H * 0.06, 10, H * 0.7, { fill: '#15171c' }));
  for (let j = 1; j < 4; j++)
    out.push(rect(wx, H * 0.06 + (j * H * 0.7) / 4 - 4, ww, 8, { fill: '#15171c' }));
  out.push(
    path(
      `M${f(wx)} ${f(H * 0.76)} L${f(wx + ww)} ${f(H * 0.76)} L${f(W * 1.2)} ${f(H)} L${f(-W * 0.2)} ${f(H)} Z`,
      {
        fill: s.lin([
          [0, '#f4a15f', 0.25],
          [1, '#f4a15f', 0],
        ]),
      },
    ),
  );
  out.push(rect(0, H * 0.76, W, H * 0.24, { fill: '#0f1115', opacity: 0.7 }));
  const R = robotArm(s, W * 0.45, H * 0.9, (H / 1000) * 1.15, 30, 95, 60, '#1a1b20', {
    dark: '#0c0d10',
  });
  out.push(R.markup);
  out.push(glowSpot(s, W * 0.5, H * 0.4, W * 0.4, H * 0.3, '#fff1d6', 0.35));
  out.push(vignette(s, W, H, 0.5));
  return out.join('');
}

/** Finished body-in-white on a stand, under inspection light. */
export function bodyInWhite(s, W, H, _p, _r) {
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, '#e9ecf0'],
        [1, '#aeb6c1'],
      ]),
    }),
  ];
  for (let i = 0; i < 8; i++)
    out.push(
      rect(W * (0.05 + i * 0.12), H * 0.04, W * 0.08, H * 0.02, {
        fill: '#ffffff',
        filter: s.glow(6),
      }),
    );
  const gy = H * 0.78;
  out.push(
    rect(0, gy, W, H - gy, {
      fill: s.lin(
        [
          [0, '#8e97a3'],
          [1, '#5d6470'],
        ],
        0,
        gy,
        0,
        H,
        true,
      ),
    }),
  );
  const L = Math.min(W * 0.7, H * 1.2);
  const x0 = W / 2 - L / 2;
  const cy = gy - L * 0.07;
  out.push(
    rect(x0 + L * 0.25, cy, L * 0.06, gy - cy, { fill: '#4a505a' }),
    rect(x0 + L * 0.69, cy, L * 0.06, gy - cy, { fill: '#4a505a' }),
  );
  out.push(
    reflection(
      s,
      carSide(s, x0, cy, L, {
        color: '#d4d9e0',
        glass: '#3a3f48',
        wheels: false,
        biw: true,
        shadow: false,
      }),
      gy,
      W,
      L * 0.15,
      0.2,
    ),
  );
  out.push(
    carSide(s, x0, cy, L, {
      color: '#d4d9e0',
      glass: '#3a3f48',
      wheels: false,
      biw: true,
      sky: '#ffffff',
    }),
  );
  // weld spots
  for (let i = 0; i < 26; i++)
    out.push(
      circle(x0 + L * (0.06 + i * 0.035), cy - L * 0.205 + Math.sin(i) * 2, 3.5, {
        fill: '#7b6b5a',
        opacity: 0.8,
      }),
    );
  out.push(vignette(s, W, H, 0.3, '#20242c'));
  return out.join('');
}

/* ---------- night line ---------- */

/** The assembly line at night: car bodies on the conveyor, lamps, workers. */
export function nightLine(s, W, H, p, r) {
  const {
    t = 0,
    workers = true,
    colors = ['#d9603b', '#e9edf2', '#3b6fd9', '#1f9d8a', '#e9c46a'],
  } = p;
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, '#0a0f1f'],
        [1, '#1a1d2a'],
      ]),
    }),
  ];
  // high windows with night sky
  for (let i = 0; i < 7; i++) {
    const x = W * (0.02 + i * 0.145);
    out.push(
      rect(x, H * 0.05, W * 0.12, H * 0.2, {
        fill: s.lin([
          [0, '#1b2a5a'],
          [1, '#35427a'],
        ]),
      }),
    );
    for (let k = 0; k < 6; k++)
      out.push(
        circle(x + r() * W * 0.12, H * 0.05 + r() * H * 0.2, 1.4, { fill: '#fff', opacity: 0.7 }),
      );
  }
  out.push(circle(W * 0.83, H * 0.11, H * 0.04, { fill: '#f4f1e6', filter: s.glow(10) }));
  out.push(rect(0, H * 0.27, W, H * 0.02, { fill: '#2b2f3d' }));
  // lamps
  for (let i = 0; i < 6; i++) {
    const x = W * (0.08 + i * 0.17);
    out.push(
      path(
        `M${f(x - 30)} ${f(H * 0.31)} L${f(x + 30)} ${f(H * 0.31)} L${f(x + 14)} ${f(H * 0.29)} L${f(x - 14)} ${f(H * 0.29)} Z`,
        { fill: '#444a5a' },
      ),
    );
    out.push(ellipse(x, H * 0.315, 32, 6, { fill: '#fff1c9', filter: s.glow(8) }));
    out.push(
      path(
        `M${f(x - 30)} ${f(H * 0.32)} L${f(x + 30)} ${f(H * 0.32)} L${f(x + 170)} ${f(H * 0.86)} L${f(x - 170)} ${f(H * 0.86)} Z`,
        {
          fill: s.lin([
            [0, '#ffd89a', 0.22],
            [1, '#ffd89a', 0.02],
          ]),
        },
      ),
    );
  }
  const gy = H * 0.78;
  out.push(
    rect(0, gy, W, H - gy, {
      fill: s.lin(
        [
          [0, '#3a3a44'],
          [1, '#16161b'],
        ],
        0,
        gy,
        0,
        H,
        true,
      ),
    }),
  );
  // conveyor
  out.push(
    rect(0, gy - H * 0.035, W, H * 0.035, { fill: '#2b2d35' }),
    rect(0, gy - H * 0.035, W, 4, { fill: '#f2c94c' }),
  );
  for (let i = 0; i < 40; i++)
    out.push(
      rect((((i * W) / 30 + t * W * 0.3) % (W * 1.33)) - 20, gy - H * 0.03, 6, H * 0.025, {
        fill: '#474a55',
      }),
    );
  // car bodies, moving right with t
  const L = Math.min(W * 0.3, H * 0.55);
  const spacing = L * 1.35;
  const off = (t * spacing * 1.2) % spacing;
  const cars = [];
  for (let i = -1; i < 5; i++) {
    const x = i * spacing + off - L * 0.2;
    const c = colors[(i + 10) % colors.length];
    const painted = i >= 2;
    cars.push(
      carSide(
        s,
        x,
        gy - H * 0.035,
        L,
        painted
          ? { color: c, sky: '#ffd89a', wheel: 'aero' }
          : { color: '#c9ced6', glass: '#23262d', wheels: false, biw: true, sky: '#ffd89a' },
      ),
    );
  }
  out.push(cars.join(''));
  if (workers) {
    out.push(
      figure(s, W * 0.34, gy + H * 0.1, H * 0.26, {
        body: '#36495e',
        skin: '#a86f4c',
        hair: '#1b1412',
        legs: '#222a35',
        pose: 0.2,
      }),
    );
    out.push(
      figure(s, W * 0.72, gy + H * 0.12, H * 0.27, {
        body: '#36495e',
        skin: '#e3b28c',
        hair: '#6b3e22',
        legs: '#222a35',
        flip: true,
      }),
    );
  }
  // foreground pillar (out of focus)
  out.push(rect(W * 0.92, 0, W * 0.06, H, { fill: '#0b0c10', filter: s.blur(6) }));
  out.push(vignette(s, W, H, 0.55));
  return out.join('');
}

/** Team briefing by the line board at the start of the shift. */
export function teamBoard(s, W, H, p, r) {
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, '#2a2f3c'],
        [1, '#14171f'],
      ]),
    }),
  ];
  out.push(glowSpot(s, W * 0.5, H * 0.3, W * 0.5, H * 0.4, '#ffe3b0', 0.25));
  // board
  const bx = W * 0.3,
    bw = W * 0.4,
    by = H * 0.12,
    bh = H * 0.38;
  out.push(rect(bx + 10, by + 14, bw, bh, { fill: '#000', opacity: 0.5, filter: s.blur(12) }));
  out.push(rect(bx, by, bw, bh, { fill: '#f4f5f2', rx: 8 }));
  for (let i = 0; i < 5; i++) {
    out.push(rect(bx + 30, by + 40 + i * 56, bw * 0.25, 14, { fill: '#b9bec6', rx: 5 }));
    for (let k = 0; k < 6; k++)
      out.push(
        circle(bx + bw * 0.4 + k * bw * 0.09, by + 47 + i * 56, 13, {
          fill: (i + k) % 5 === 0 ? '#e9c46a' : (i * k) % 7 === 3 ? '#e24b3b' : '#4f8a2e',
        }),
      );
  }
  const gy = H * 0.95;
  out.push(
    rect(0, H * 0.7, W, H, {
      fill: s.lin(
        [
          [0, '#3a3d47'],
          [1, '#1a1c22'],
        ],
        0,
        H * 0.7,
        0,
        H,
        true,
      ),
    }),
  );
  const people = [
    [0.2, '#36495e', '#a86f4c', '#1b1412', false],
    [0.33, '#c2417a', '#f0c8aa', '#5a3a22', false],
    [0.47, '#36495e', '#8d5a3b', '#1a1110', false],
    [0.6, '#2f5d8c', '#e3b28c', '#15110f', true],
    [0.74, '#36495e', '#f1cfb3', '#b07a3e', true],
    [0.86, '#7a6a58', '#c48a63', '#24160f', true],
  ];
  for (const [xr, body, skin, hair, flip] of people)
    out.push(
      figure(s, W * xr, gy - r.range(0, H * 0.04), H * 0.42, {
        body,
        skin,
        hair,
        legs: '#20252e',
        flip,
      }),
    );
  out.push(vignette(s, W, H, 0.5));
  return out.join('');
}

/* ---------- solar plant ---------- */

function shedFactory(s, ox, oy, k, o = {}) {
  const { sheds = 6, sw = 90, d = 520, h = 110, sh = 60, wall = '#d8d2c8', glass = '#9cc3e6' } = o;
  const P = (a, b, z) => isoPt(ox, oy, a * k, b * k, z * k);
  const parts = [];
  const W = sheds * sw;
  parts.push(
    isoBox(s, ox, oy, W * k, d * k, h * k, wall, {
      top: lighten(wall, 0.2),
      left: wall,
      right: darken(wall, 0.18),
    }),
  );
  // windows on left face
  for (let i = 0; i < sheds * 2; i++) {
    const a0 = 15 + i * (W / (sheds * 2));
    const q = [
      P(a0, d, 25),
      P(a0 + W / (sheds * 2) - 20, d, 25),
      P(a0 + W / (sheds * 2) - 20, d, h - 25),
      P(a0, d, h - 25),
    ];
    parts.push(
      path(poly(q), {
        fill: s.lin([
          [0, '#cfe3f5'],
          [1, '#5d86b0'],
        ]),
      }),
    );
  }
  for (let i = 0; i < sheds; i++) {
    const a0 = i * sw;
    const a1 = a0 + sw;
    const slope = [P(a0, 0, h), P(a1, 0, h + sh), P(a1, d, h + sh), P(a0, d, h)];
    const vert = [P(a1, 0, h), P(a1, d, h), P(a1, d, h + sh), P(a1, 0, h + sh)];
    const tri = [P(a0, d, h), P(a1, d, h), P(a1, d, h + sh)];
    parts.push(path(poly(vert), { fill: glass }));
    parts.push(
      path(poly(slope), {
        fill: s.lin(
          [
            [0, '#2d4f8f'],
            [1, '#1a2f5c'],
          ],
          0,
          0,
          1,
          1,
        ),
      }),
    );
    // panel grid
    for (let b = 1; b < 8; b++) {
      const q0 = P(a0, (b * d) / 8, h);
      const q1 = P(a1, (b * d) / 8, h + sh);
      parts.push(
        line(q0[0], q0[1], q1[0], q1[1], { stroke: '#b9cde8', strokeWidth: 1.2, opacity: 0.7 }),
      );
    }
    for (let a = 1; a < 3; a++) {
      const q0 = P(a0 + (a * sw) / 3, 0, h + (a * sh) / 3);
      const q1 = P(a0 + (a * sw) / 3, d, h + (a * sh) / 3);
      parts.push(
        line(q0[0], q0[1], q1[0], q1[1], { stroke: '#b9cde8', strokeWidth: 1.2, opacity: 0.7 }),
      );
    }
    const sheen = [
      P(a0, d * 0.1, h),
      P(a1, d * 0.1, h + sh),
      P(a1, d * 0.3, h + sh),
      P(a0, d * 0.3, h),
    ];
    parts.push(path(poly(sheen), { fill: '#ffffff', opacity: 0.12 }));
    parts.push(path(poly(tri), { fill: darken(wall, 0.05) }));
  }
  return parts.join('');
}

/** Isometric plant with solar sheds, trees and a car park. */
export function solarFactory(s, W, H, p, r) {
  const { bg = ['#cfe6c2', '#7fb069'], dusk = false } = p;
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, bg[0]],
        [1, bg[1]],
      ]),
    }),
  ];
  const k = Math.min(W / 1600, H / 1000) * (p.scale || 1);
  // ground plate
  const ox = W * 0.5 - 120 * k;
  const oy = H * 0.5 - 330 * k;
  const G = (a, b) => isoPt(ox, oy, a * k, b * k, 0);
  const plate = [G(-200, -150), G(900, -150), G(900, 760), G(-200, 760)];
  out.push(
    path(poly(plate.map(([x, y]) => [x, y + 30 * k])), {
      fill: '#000',
      opacity: 0.18,
      filter: s.blur(20),
    }),
  );
  out.push(path(poly(plate), { fill: '#9cc97c' }));
  const side1 = [
    G(900, -150),
    G(900, 760),
    [G(900, 760)[0], G(900, 760)[1] + 30 * k],
    [G(900, -150)[0], G(900, -150)[1] + 30 * k],
  ];
  const side2 = [
    G(-200, 760),
    G(900, 760),
    [G(900, 760)[0], G(900, 760)[1] + 30 * k],
    [G(-200, 760)[0], G(-200, 760)[1] + 30 * k],
  ];
  out.push(path(poly(side1), { fill: '#6d5a45' }), path(poly(side2), { fill: '#8a735a' }));
  // road and parking
  const road = [G(-200, 600), G(900, 600), G(900, 700), G(-200, 700)];
  out.push(path(poly(road), { fill: '#5b5f68' }));
  for (let i = 0; i < 10; i++) {
    const [x1, y1] = G(-180 + i * 110, 650);
    const [x2, y2] = G(-130 + i * 110, 650);
    out.push(line(x1, y1, x2, y2, { stroke: '#f4f1e6', strokeWidth: 3 }));
  }
  const park = [G(620, 0), G(860, 0), G(860, 560), G(620, 560)];
  out.push(path(poly(park), { fill: '#6b6f78' }));
  // carport with solar roof over parking
  const cols = ['#d9603b', '#e9edf2', '#3b6fd9', '#1f9d8a', '#e9c46a', '#5b5f68'];
  for (let i = 0; i < 6; i++) {
    const [x, y] = G(700, 40 + i * 85);
    out.push(carTop(s, x, y, 60 * k, 30, cols[i]));
  }
  out.push(
    isoBox(s, ...G(780, 0), 60 * k, 560 * k, 4 * k, '#2d4f8f', {
      top: '#2d4f8f',
      left: '#1a2f5c',
      right: '#1a2f5c',
    }),
  );
  // factory
  out.push(shedFactory(s, ...G(0, 0), k, { sheds: 6, sw: 90, d: 520 }));
  // trees
  const trees = [
    [-120, -80],
    [-150, 100],
    [-140, 300],
    [-120, 480],
    [100, -110],
    [300, -110],
    [500, -100],
    [880, -100],
    [880, 150],
    [-60, 560],
    [250, 560],
    [450, 560],
  ];
  for (const [a, b] of trees) {
    const [x, y] = G(a, b);
    out.push(
      tree(s, x, y, 90 * k * (0.85 + r() * 0.3), r() > 0.5 ? '#4f8a2e' : '#6aa84f', {
        kind: r() > 0.6 ? 'cone' : 'round',
      }),
    );
  }
  // sun
  out.push(circle(W * 0.86, H * 0.14, H * 0.07, { fill: '#fff6cf', filter: s.glow(20) }));
  if (dusk) out.push(rect(0, 0, W, H, { fill: '#3b2a5a', opacity: 0.3 }));
  out.push(vignette(s, W, H, 0.3, '#1e3a14'));
  return out.join('');
}

/** Rows of tilted solar panels on the plant roof, isometric close-up. */
export function solarRows(s, W, H, _p, _r) {
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, '#8ec5f0'],
        [1, '#e4f1fa'],
      ]),
    }),
  ];
  out.push(circle(W * 0.86, H * 0.12, H * 0.07, { fill: '#fffbe6', filter: s.glow(25) }));
  const k = Math.min(W / 1600, H / 1000) * 1.1;
  const ox = W * 0.5;
  const oy = H * 0.08;
  const G = (a, b, z = 0) => isoPt(ox, oy, a * k, b * k, z * k);
  const roof = [G(-300, -200), G(1200, -200), G(1200, 1400), G(-300, 1400)];
  out.push(
    path(poly(roof), {
      fill: s.lin([
        [0, '#c9c6bd'],
        [1, '#a9a598'],
      ]),
    }),
  );
  // walkway lines
  for (let b = -200; b < 1400; b += 200) {
    const [x1, y1] = G(-300, b);
    const [x2, y2] = G(1200, b);
    out.push(line(x1, y1, x2, y2, { stroke: '#b5b1a5', strokeWidth: 2 }));
  }
  const rows = 7;
  for (let i = 0; i < rows; i++) {
    const b0 = -100 + i * 170;
    const d = 110;
    const h = 55;
    for (let seg = 0; seg < 3; seg++) {
      const a0 = -200 + seg * 460;
      const a1 = a0 + 420;
      const q = [G(a0, b0, h), G(a1, b0, h), G(a1, b0 + d, 8), G(a0, b0 + d, 8)];
      // shadow on roof
      out.push(
        path(
          poly([G(a0, b0 + d), G(a1, b0 + d), G(a1 + 10, b0 + d + 60), G(a0 + 10, b0 + d + 60)]),
          { fill: '#000', opacity: 0.16 },
        ),
      );
      // legs
      for (const a of [a0 + 20, a1 - 20]) {
        const [x1, y1] = G(a, b0 + 4, 0);
        const [x2, y2] = G(a, b0 + 4, h);
        out.push(line(x1, y1, x2, y2, { stroke: '#7d838c', strokeWidth: f(4 * k) }));
      }
      out.push(
        path(poly(q), {
          fill: s.lin(
            [
              [0, '#35609f'],
              [0.45, '#5d8fd6'],
              [0.55, '#a9c8f0'],
              [0.65, '#35609f'],
              [1, '#1c3a6e'],
            ],
            0,
            0,
            1,
            1,
          ),
          stroke: '#dfe8f4',
          strokeWidth: f(2.5 * k),
        }),
      );
      for (let c = 1; c < 10; c++) {
        const [x1, y1] = G(a0 + (c * (a1 - a0)) / 10, b0, h);
        const [x2, y2] = G(a0 + (c * (a1 - a0)) / 10, b0 + d, 8);
        out.push(line(x1, y1, x2, y2, { stroke: '#c9d9f0', strokeWidth: 1.2, opacity: 0.6 }));
      }
      const [m1x, m1y] = G(a0, b0 + d / 2, (h + 8) / 2);
      const [m2x, m2y] = G(a1, b0 + d / 2, (h + 8) / 2);
      out.push(line(m1x, m1y, m2x, m2y, { stroke: '#c9d9f0', strokeWidth: 1.2, opacity: 0.6 }));
    }
  }
  const [fx, fy] = G(690, 500);
  out.push(figure(s, fx, fy, 150 * k, { body: '#4f8a2e', skin: '#f1cfb3', hair: '#b07a3e' }));
  out.push(vignette(s, W, H, 0.3));
  return out.join('');
}

/** The plant and wind turbines in the plain at sunrise. */
export function windPlain(s, W, H, p, r) {
  const { sky = ['#f29e6b', '#f6d2a8', '#8fb9d9'] } = p;
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, sky[2]],
        [0.6, sky[1]],
        [1, sky[0]],
      ]),
    }),
  ];
  out.push(circle(W * 0.3, H * 0.56, H * 0.1, { fill: '#fff2d0', filter: s.glow(30) }));
  out.push(hills(s, r, W, H * 0.62, H * 0.06, '#9fb98a', 5));
  const turb = (x, y, h, a) => {
    const parts = [
      path(
        `M${f(x - h * 0.012)} ${f(y)} L${f(x + h * 0.012)} ${f(y)} L${f(x + h * 0.005)} ${f(y - h)} L${f(x - h * 0.005)} ${f(y - h)} Z`,
        { fill: '#f4f6f8' },
      ),
    ];
    for (let i = 0; i < 3; i++) {
      const ang = a + (i * Math.PI * 2) / 3;
      parts.push(
        path(
          `M${f(x)} ${f(y - h)} L${f(x + Math.cos(ang - 0.06) * h * 0.12)} ${f(y - h + Math.sin(ang - 0.06) * h * 0.12)} L${f(x + Math.cos(ang) * h * 0.55)} ${f(y - h + Math.sin(ang) * h * 0.55)} Z`,
          { fill: '#eef1f4' },
        ),
      );
    }
    parts.push(circle(x, y - h, h * 0.02, { fill: '#cfd5dc' }));
    return g(parts);
  };
  const tt = p.t || 0;
  for (let i = 0; i < 5; i++)
    out.push(
      g(turb(W * (0.55 + i * 0.1), H * 0.64, H * (0.3 - i * 0.03), tt * 4 + i), {
        opacity: f(1 - i * 0.12),
      }),
    );
  out.push(hills(s, r, W, H * 0.7, H * 0.05, '#6f9a55', 6));
  // plant silhouette
  const px = W * 0.06,
    pw = W * 0.44,
    py = H * 0.72;
  out.push(
    rect(px, py - H * 0.12, pw, H * 0.12, {
      fill: s.lin(
        [
          [0, '#f1e9de'],
          [1, '#cfc3b2'],
        ],
        0,
        0,
        1,
        0,
      ),
    }),
  );
  for (let i = 0; i < 10; i++)
    out.push(
      rect(px + 20 + (i * (pw - 40)) / 10, py - H * 0.08, (pw - 40) / 10 - 14, H * 0.035, {
        fill: '#f6c27a',
        opacity: 0.8,
      }),
    );
  for (let i = 0; i < 8; i++)
    out.push(
      path(
        poly([
          [px + (i * pw) / 8, py - H * 0.12],
          [px + ((i + 1) * pw) / 8, py - H * 0.18],
          [px + ((i + 1) * pw) / 8, py - H * 0.12],
        ]),
        {
          fill: s.lin(
            [
              [0, '#5d8fd6'],
              [1, '#1c3a6e'],
            ],
            0,
            0,
            1,
            1,
          ),
        },
      ),
    );

  out.push(
    rect(0, H * 0.74, W, H, {
      fill: s.lin(
        [
          [0, '#6c9a4c'],
          [1, '#33591f'],
        ],
        0,
        H * 0.74,
        0,
        H,
        true,
      ),
    }),
  );
  for (let i = 0; i < 14; i++)
    out.push(
      line(0, H * (0.76 + i * 0.018 * (1 + i * 0.1)), W, H * (0.76 + i * 0.018 * (1 + i * 0.1)), {
        stroke: '#5c8a3e',
        strokeWidth: 2 + i * 0.4,
        opacity: 0.5,
      }),
    );
  out.push(vignette(s, W, H, 0.3, '#3a2a1a'));
  return out.join('');
}

/** Daylight workshop under shed roofs. */
export function shedInterior(s, W, H, _p, _r) {
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, '#e7e2d8'],
        [1, '#b8b0a2'],
      ]),
    }),
  ];
  const n = 5;
  for (let i = 0; i < n; i++) {
    const x = (i / n) * W;
    const w = W / n;
    out.push(
      path(
        poly([
          [x, H * 0.3],
          [x + w, H * 0.05],
          [x + w, H * 0.3],
        ]),
        { fill: '#f2efe8' },
      ),
    );
    out.push(
      path(
        poly([
          [x + w - 6, H * 0.05],
          [x + w, H * 0.05],
          [x + w, H * 0.3],
          [x + w - 6, H * 0.3],
        ]),
        { fill: '#fffdf4' },
      ),
    );
    out.push(
      path(
        poly([
          [x + w * 0.75, H * 0.08],
          [x + w, H * 0.05],
          [x + w + w * 0.6, H * 0.95],
          [x + w * 0.2, H * 0.95],
        ]),
        {
          fill: s.lin([
            [0, '#fff9e0', 0.35],
            [1, '#fff9e0', 0],
          ]),
        },
      ),
    );
  }
  out.push(rect(0, H * 0.3, W, 8, { fill: '#8c8478' }));
  const gy = H * 0.74;
  out.push(
    rect(0, gy, W, H - gy, {
      fill: s.lin(
        [
          [0, '#c9c1b2'],
          [1, '#8e8678'],
        ],
        0,
        gy,
        0,
        H,
        true,
      ),
    }),
  );
  out.push(rect(0, gy - H * 0.03, W, H * 0.03, { fill: '#3d414b' }));
  const L = W * 0.3;
  for (let i = 0; i < 3; i++)
    out.push(
      carSide(s, W * 0.02 + i * W * 0.34, gy - H * 0.03, L, {
        color: ['#4f8a2e', '#e9edf2', '#d9603b'][i],
        sky: '#fff9e0',
      }),
    );
  for (const [x, c] of [
    [0.3, '#4f8a2e'],
    [0.64, '#36495e'],
  ])
    out.push(
      figure(s, W * x, gy + H * 0.12, H * 0.24, { body: c, skin: '#e3b28c', hair: '#3a2a1e' }),
    );
  out.push(vignette(s, W, H, 0.3, '#3a2a1a'));
  return out.join('');
}

/* ---------- map of sites ---------- */

export const SITES = [
  [0.3, 0.28],
  [0.44, 0.42],
  [0.62, 0.3],
  [0.25, 0.55],
  [0.52, 0.62],
  [0.72, 0.55],
  [0.38, 0.78],
  [0.8, 0.76],
];

/** Stylised map of an invented region with the group's eight numbered sites. */
export function siteMap(s, W, H, p, r) {
  const { theme = 'dark' } = p;
  const dark = theme === 'dark';
  const sea = dark ? ['#0f2236', '#081420'] : ['#cfe3ea', '#b3d0da'];
  const land = dark ? '#1d3346' : '#f1ead9';
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, sea[0]],
        [1, sea[1]],
      ]),
    }),
  ];
  // sea lines
  for (let i = 0; i < 30; i++)
    out.push(
      line(0, (i / 30) * H, W, (i / 30) * H + H * 0.05, {
        stroke: dark ? '#2c4a66' : '#9fc2cf',
        strokeWidth: 1,
        opacity: 0.4,
      }),
    );
  const k = Math.min(W / 1600, H / 1000);
  const cx = W / 2;
  const cy = H / 2;
  const M = (u, v) => [cx + (u - 0.5) * 1400 * k, cy + (v - 0.5) * 900 * k];
  // coastline
  const rr = r;
  const pts = [];
  const n = 36;
  for (let i = 0; i < n; i++) {
    const a = (i / n) * Math.PI * 2;
    const rad =
      0.43 + 0.05 * Math.sin(a * 3 + 1) + 0.03 * Math.sin(a * 7) + rr.range(-0.015, 0.015);
    pts.push(M(0.52 + Math.cos(a) * rad * 0.95, 0.52 + Math.sin(a) * rad * 0.98));
  }
  const coast = spline(pts, true, 0.7);
  out.push(
    path(coast, {
      fill: '#000',
      opacity: 0.35,
      filter: s.blur(18),
      transform: `translate(0 ${f(12 * k)})`,
    }),
  );
  out.push(
    path(coast, {
      fill: 'none',
      stroke: dark ? '#3a6a8e' : '#7fb0c2',
      strokeWidth: f(26 * k),
      opacity: 0.35,
    }),
  );
  out.push(
    path(coast, {
      fill: s.lin([
        [0, lighten(land, 0.08)],
        [1, darken(land, 0.08)],
      ]),
    }),
  );
  // relief hatch on some areas
  const clip = s.clip(path(coast));
  const inner = [];
  for (let i = 0; i < 5; i++) {
    const [x, y] = M(rr.range(0.2, 0.8), rr.range(0.2, 0.8));
    inner.push(
      ellipse(x, y, rr.range(80, 180) * k, rr.range(50, 110) * k, {
        fill: dark ? '#24405a' : '#e4dac2',
        opacity: 0.8,
      }),
    );
  }
  for (let i = 0; i < 3; i++) {
    const [x, y] = M(rr.range(0.25, 0.75), rr.range(0.25, 0.75));
    inner.push(
      ellipse(x, y, rr.range(60, 120) * k, rr.range(30, 70) * k, {
        fill: hatch(s, dark ? '#5b7c99' : '#b59f78', 10, 1.2, 30, 0.6),
      }),
    );
  }
  // rivers
  inner.push(
    path(spline([M(0.12, 0.4), M(0.3, 0.45), M(0.42, 0.52), M(0.5, 0.7), M(0.55, 0.98)], false), {
      fill: 'none',
      stroke: dark ? '#3f7bb0' : '#86b6d6',
      strokeWidth: f(6 * k),
    }),
  );
  inner.push(
    path(spline([M(0.7, 0.1), M(0.68, 0.3), M(0.76, 0.45), M(0.95, 0.5)], false), {
      fill: 'none',
      stroke: dark ? '#3f7bb0' : '#86b6d6',
      strokeWidth: f(5 * k),
    }),
  );
  out.push(g(inner, { clipPath: clip }));
  // links
  const S = SITES.map(([u, v]) => M(u, v));
  const links = [
    [0, 1],
    [1, 2],
    [1, 3],
    [1, 4],
    [4, 5],
    [4, 6],
    [5, 7],
    [2, 5],
  ];
  const accent = p.accent || '#f0a24b';
  for (const [a, b] of links) {
    const [x1, y1] = S[a];
    const [x2, y2] = S[b];
    const mx = (x1 + x2) / 2;
    const my = (y1 + y2) / 2 - Math.hypot(x2 - x1, y2 - y1) * 0.18;
    out.push(
      path(`M${f(x1)} ${f(y1)} Q${f(mx)} ${f(my)} ${f(x2)} ${f(y2)}`, {
        fill: 'none',
        stroke: accent,
        strokeWidth: f(3 * k),
        strokeDasharray: `${f(10 * k)} ${f(8 * k)}`,
        opacity: 0.85,
      }),
    );
  }
  // pins
  S.forEach(([x, y], i) => {
    const R = 30 * k;
    out.push(
      ellipse(x, y + 4 * k, R * 0.8, R * 0.3, {
        fill: '#000',
        opacity: 0.35,
        filter: s.blur(f(4 * k)),
      }),
    );
    out.push(
      circle(x, y, R * 1.9, {
        fill: s.rad([
          [0, accent, 0.45],
          [1, accent, 0],
        ]),
      }),
    );
    out.push(
      path(
        `M${f(x)} ${f(y)} L${f(x - R * 0.7)} ${f(y - R * 1.3)} A${f(R)} ${f(R)} 0 1 1 ${f(x + R * 0.7)} ${f(y - R * 1.3)} Z`,
        { fill: dark ? '#f4f1e6' : '#2b3447' },
      ),
    );
    out.push(circle(x, y - R * 1.9, R * 0.78, { fill: accent }));
    out.push(
      text(x, y - R * 1.9 + R * 0.36, String(i + 1), {
        fill: '#ffffff',
        fontFamily: 'Noto Sans Display',
        fontWeight: 700,
        fontSize: f(R * 1.0),
        textAnchor: 'middle',
      }),
    );
  });
  // compass
  const [qx, qy] = [W - 110 * k, H - 120 * k];
  out.push(
    circle(qx, qy, 46 * k, { fill: 'none', stroke: dark ? '#8fb3d0' : '#6b7a8c', strokeWidth: 2 }),
  );
  out.push(
    path(
      `M${f(qx)} ${f(qy - 40 * k)} L${f(qx + 12 * k)} ${f(qy)} L${f(qx)} ${f(qy + 40 * k)} L${f(qx - 12 * k)} ${f(qy)} Z`,
      { fill: dark ? '#8fb3d0' : '#6b7a8c' },
    ),
  );
  out.push(
    path(`M${f(qx)} ${f(qy - 40 * k)} L${f(qx + 12 * k)} ${f(qy)} L${f(qx - 12 * k)} ${f(qy)} Z`, {
      fill: accent,
    }),
  );
  out.push(vignette(s, W, H, dark ? 0.5 : 0.2));
  return out.join('');
}

/** Quality light tunnel: a finished car under rows of light bars. */
export function qualityTunnel(s, W, H, p, _r) {
  const { car = '#3b6fd9' } = p;
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, '#0d0f14'],
        [1, '#1c1f27'],
      ]),
    }),
  ];
  const vx = W / 2;
  const vy = H * 0.42;
  for (let i = 8; i >= 0; i--) {
    const k = 1 / (1 + i * 0.5);
    const w = W * 1.3 * k;
    const h = H * 1.1 * k;
    out.push(
      path(
        `M${f(vx - w / 2)} ${f(vy + h * 0.45)} L${f(vx - w / 2)} ${f(vy - h * 0.3)} Q${f(vx)} ${f(vy - h * 0.62)} ${f(vx + w / 2)} ${f(vy - h * 0.3)} L${f(vx + w / 2)} ${f(vy + h * 0.45)}`,
        {
          fill: 'none',
          stroke: '#f4f8ff',
          strokeWidth: f(Math.max(2, 16 * k)),
          opacity: f(0.4 + 0.6 * k),
          filter: s.glow(f(4 + 6 * k)),
        },
      ),
    );
  }
  const gy = H * 0.8;
  out.push(
    rect(0, gy, W, H - gy, {
      fill: s.lin(
        [
          [0, '#2a2e38'],
          [1, '#0c0d11'],
        ],
        0,
        gy,
        0,
        H,
        true,
      ),
    }),
  );
  const L = Math.min(W * 0.62, H * 1.1);
  const x0 = vx - L / 2;
  out.push(
    reflection(
      s,
      carSide(s, x0, gy, L, { color: car, shadow: false, sky: '#ffffff' }),
      gy,
      W,
      L * 0.2,
      0.3,
    ),
  );
  out.push(carSide(s, x0, gy, L, { color: car, sky: '#ffffff', lights: true }));
  out.push(
    figure(s, W * 0.86, gy + H * 0.1, H * 0.32, {
      body: '#36495e',
      skin: '#a86f4c',
      hair: '#1b1412',
      flip: true,
    }),
  );
  out.push(vignette(s, W, H, 0.5));
  return out.join('');
}
