/** Research scenes: wind tunnel, test track, hydrogen, laboratory, batteries. */
import { carSide, carTop } from '../lib/car.mjs';
import { dots, glowSpot, hills, isoBox, isoPt, reflection, streak, vignette } from '../lib/kit.mjs';
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
  text,
} from '../lib/svg.mjs';
import { sampleSpline } from './design.mjs';

/* ---------- wind tunnel ---------- */

/** Upper envelope of the car profile (v as a function of u), for streamlines. */
function roofV(u) {
  const pts = [
    [-0.05, 0.1],
    [0, 0.17],
    [0.04, 0.22],
    [0.27, 0.285],
    [0.5, 0.3],
    [0.67, 0.225],
    [0.95, 0.185],
    [1.0, 0.135],
    [1.05, 0.1],
  ];
  if (u <= pts[0][0] || u >= pts[pts.length - 1][0]) return 0;
  for (let i = 0; i < pts.length - 1; i++) {
    const [u0, v0] = pts[i];
    const [u1, v1] = pts[i + 1];
    if (u >= u0 && u <= u1) {
      const k = (u - u0) / (u1 - u0);
      const sk = k * k * (3 - 2 * k);
      return v0 + (v1 - v0) * sk;
    }
  }
  return 0;
}

export function windTunnel(s, W, H, p, _r) {
  const {
    t = 0,
    car = '#e9edf2',
    smoke = '#e8f4ff',
    base = '#0d1b33',
    accent = '#3b6fd9',
    zoom = 1,
    lines = 7,
    wire = false,
  } = p;
  const out = [];
  const vx = W / 2;
  const vy = H * 0.46;
  out.push(
    rect(0, 0, W, H, {
      fill: s.rad(
        [
          [0, lighten(accent, 0.25)],
          [0.25, mix(accent, base, 0.5)],
          [1, darken(base, 0.4)],
        ],
        0.5,
        0.46,
        0.7,
      ),
    }),
  );
  // tunnel ribs
  for (let i = 9; i >= 0; i--) {
    const k = 1 / (1 + i * 0.42);
    const w = W * 1.25 * k;
    const h = H * 1.3 * k;
    out.push(
      rect(vx - w / 2, vy - h / 2, w, h, {
        fill: 'none',
        stroke: lighten(accent, 0.45),
        strokeWidth: f(Math.max(1, 6 * k)),
        opacity: f(0.12 + 0.25 * k),
        rx: f(h * 0.18),
      }),
    );
  }
  // far fan
  const fr = H * 0.09;
  out.push(
    circle(vx, vy, fr * 1.6, {
      fill: s.rad([
        [0, '#ffffff', 0.7],
        [0.5, lighten(accent, 0.5), 0.3],
        [1, accent, 0],
      ]),
    }),
  );
  for (let i = 0; i < 7; i++) {
    const a = (i / 7) * Math.PI * 2 + t * 6;
    out.push(
      path(
        `M${f(vx)} ${f(vy)} Q${f(vx + Math.cos(a) * fr)} ${f(vy + Math.sin(a) * fr)} ${f(vx + Math.cos(a + 0.5) * fr)} ${f(vy + Math.sin(a + 0.5) * fr)} Z`,
        { fill: darken(base, 0.2), opacity: 0.7 },
      ),
    );
  }
  // floor
  const gy = H * 0.68;
  out.push(
    path(
      `M0 ${f(H)} L${f(W)} ${f(H)} L${f(vx + W * 0.12)} ${f(vy + H * 0.07)} L${f(vx - W * 0.12)} ${f(vy + H * 0.07)} Z`,
      {
        fill: s.lin(
          [
            [0, darken(base, 0.1)],
            [1, lighten(base, 0.12)],
          ],
          0,
          1,
          0,
          0,
        ),
      },
    ),
  );
  for (let i = -6; i <= 6; i++)
    out.push(
      line(vx + i * W * 0.02, vy + H * 0.07, vx + i * W * 0.22, H, {
        stroke: lighten(accent, 0.4),
        strokeWidth: 1.2,
        opacity: 0.18,
      }),
    );
  const L = Math.min(W * 0.62, H * 1.1) * zoom;
  const x0 = vx - L / 2;
  out.push(
    ellipse(vx, gy + L * 0.01, L * 0.6, L * 0.07, {
      fill: s.lin([
        [0, lighten(base, 0.2)],
        [1, darken(base, 0.2)],
      ]),
      stroke: lighten(accent, 0.4),
      strokeWidth: 2,
      strokeOpacity: 0.4,
    }),
  );
  out.push(glowSpot(s, vx, gy, L * 0.65, L * 0.1, lighten(accent, 0.4), 0.35));
  // car
  const carM = carSide(
    s,
    x0,
    gy,
    L,
    wire
      ? { mode: 'wire', wireColor: '#9fd4ff' }
      : { color: car, sky: '#bcd8ff', glass: '#1a2a44', wheel: 'aero' },
  );
  if (!wire)
    out.push(
      reflection(
        s,
        carSide(s, x0, gy, L, { color: car, sky: '#bcd8ff', glass: '#1a2a44', shadow: false }),
        gy,
        W,
        L * 0.15,
        0.2,
      ),
    );
  out.push(carM);
  // smoke rake
  const rakeX = x0 - L * 0.2;
  out.push(rect(rakeX - 6, gy - L * 0.45, 12, L * 0.43, { fill: '#5d6b80', rx: 4 }));
  // streamlines
  const smokeLines = [];
  for (let i = 0; i < lines; i++) {
    const v0 = 0.13 + i * (0.3 / lines);
    const pts = [];
    for (let k = 0; k <= 90; k++) {
      const u = -0.17 + (k / 90) * 1.55;
      const env = roofV(u);
      const push = Math.max(0, env + 0.03 - v0) * Math.exp(-(v0 - 0.14) * 1.6);
      const lift =
        env > 0
          ? Math.max(0, env + 0.02 - v0) * 0.9 + 0.03 * Math.exp(-Math.pow((v0 - env) / 0.06, 2))
          : 0;
      let v = v0 + Math.max(push, lift);
      if (u > 1.02) {
        const d = u - 1.02;
        v -= d * 0.12 * Math.exp(-(v0 - 0.14) * 3);
        v += Math.sin(k * 0.7 + i + t * 20) * 0.006 * d * 10 * Math.exp(-(v0 - 0.14) * 4);
      }
      pts.push([vx + (u - 0.5) * L, gy - v * L]);
    }
    const d = pts.map(([x, y], j) => `${j ? 'L' : 'M'}${f(x)} ${f(y)}`).join(' ');
    const near = Math.exp(-Math.pow((i - lines * 0.35) / (lines * 0.45), 2));
    smokeLines.push(
      path(d, {
        fill: 'none',
        stroke: smoke,
        strokeWidth: f(2 + near * 2.5),
        opacity: f(0.35 + near * 0.5),
        strokeDasharray: `${f(L * 0.3)} ${f(L * 0.04)}`,
        strokeDashoffset: f(-t * L * 3 - i * 37),
        strokeLinecap: 'round',
      }),
    );
  }
  out.push(g(smokeLines, { filter: s.glow(3) }));
  out.push(vignette(s, W, H, 0.6));
  return out.join('');
}

/* ---------- test track ---------- */

const FIELD = ['#a9c47f', '#c7d49a', '#8fb36a', '#d9cf8e', '#b7c98a', '#9dbb74', '#cfc48a'];

/** Aerial view of a winding test track among fields. */
export function trackAerial(s, W, H, p, r) {
  const { t = 0.1, dusk = false } = p;
  const out = [rect(0, 0, W, H, { fill: '#a7c27c' })];
  // fields patchwork (rotated grid)
  const cells = [];
  const cs = Math.max(W, H) / 6;
  for (let i = -3; i < 10; i++) {
    for (let j = -3; j < 10; j++) {
      const c = FIELD[(i * 7 + j * 3 + 70) % FIELD.length];
      cells.push(rect(i * cs, j * cs * 0.8, cs - 6, cs * 0.8 - 6, { fill: c }));
      if ((i + j) % 3 === 0)
        for (let k = 1; k < 6; k++)
          cells.push(
            line(
              i * cs + 4,
              j * cs * 0.8 + k * cs * 0.13,
              i * cs + cs - 10,
              j * cs * 0.8 + k * cs * 0.13,
              { stroke: darken(c, 0.08), strokeWidth: 3 },
            ),
          );
    }
  }
  out.push(g(cells, { transform: `rotate(-14 ${f(W / 2)} ${f(H / 2)})` }));
  const k = Math.min(W / 1600, H / 1000);
  const T = (x, y) => [W / 2 + (x - 800) * k * 1.05, H / 2 + (y - 500) * k * 1.05];
  const track = [
    [260, 300],
    [520, 180],
    [900, 220],
    [1230, 170],
    [1420, 330],
    [1330, 560],
    [1050, 560],
    [900, 700],
    [1080, 830],
    [780, 900],
    [470, 800],
    [300, 650],
    [180, 470],
  ].map(([x, y]) => T(x, y));
  const d = spline(track, true, 0.9);
  const tw = 54 * k;
  out.push(
    path(d, {
      fill: 'none',
      stroke: '#000',
      strokeWidth: f(tw * 1.9),
      opacity: 0.18,
      filter: s.blur(f(10 * k)),
    }),
  );
  out.push(path(d, { fill: 'none', stroke: '#d7d0bd', strokeWidth: f(tw * 1.6) }));
  out.push(path(d, { fill: 'none', stroke: '#e24b3b', strokeWidth: f(tw * 1.2) }));
  out.push(
    path(d, {
      fill: 'none',
      stroke: '#ffffff',
      strokeWidth: f(tw * 1.2),
      strokeDasharray: `${f(16 * k)} ${f(16 * k)}`,
    }),
  );
  out.push(path(d, { fill: 'none', stroke: '#4a4e57', strokeWidth: f(tw) }));
  out.push(path(d, { fill: 'none', stroke: '#5b606b', strokeWidth: f(tw * 0.6), opacity: 0.5 }));
  out.push(
    path(d, {
      fill: 'none',
      stroke: '#f4f1e6',
      strokeWidth: f(2.5 * k),
      strokeDasharray: `${f(26 * k)} ${f(22 * k)}`,
      opacity: 0.8,
    }),
  );
  // paddock & buildings
  const [bx, by] = T(620, 430);
  out.push(rect(bx, by, 360 * k, 130 * k, { fill: '#8f958f', rx: 6 }));
  out.push(
    rect(bx + 14 * k, by + 20 * k, 360 * k, 60 * k, {
      fill: '#000',
      opacity: 0.25,
      filter: s.blur(6),
    }),
  );
  out.push(
    rect(bx, by, 360 * k, 60 * k, {
      fill: s.lin([
        [0, '#f2f2ee'],
        [1, '#c9ccc8'],
      ]),
    }),
  );
  for (let i = 0; i < 8; i++)
    out.push(
      rect(bx + 10 * k + i * 44 * k, by + 8 * k, 36 * k, 44 * k, {
        fill: '#3b6fd9',
        opacity: 0.25,
      }),
    );
  const cars = ['#d9603b', '#3b6fd9', '#f4f1e6', '#1f9d8a'];
  cars.forEach((c, i) => out.push(carTop(s, bx + (40 + i * 80) * k, by + 100 * k, 48 * k, 90, c)));
  // trees
  const rr = r;
  for (let i = 0; i < 70; i++) {
    const [x, y] = [rr.range(0, W), rr.range(0, H)];
    const near = track.some(([tx, ty]) => Math.hypot(tx - x, ty - y) < 120 * k);
    if (near || (x > bx - 40 && x < bx + 400 * k && y > by - 40 && y < by + 170 * k)) continue;
    const R = rr.range(14, 30) * k;
    out.push(
      circle(x + R * 0.5, y + R * 0.6, R, {
        fill: '#000',
        opacity: 0.22,
        filter: s.blur(f(R * 0.4)),
      }),
    );
    out.push(
      circle(x, y, R, {
        fill: s.rad(
          [
            [0, '#8cbf5a'],
            [0.7, '#4f8a2e'],
            [1, '#3a6b22'],
          ],
          0.35,
          0.3,
          0.8,
        ),
      }),
    );
  }
  // car on track
  const pts = sampleSpline(track.concat([track[0]]), 20);
  const idx = Math.floor((((t % 1) + 1) % 1) * (pts.length - 2));
  const [ax, ay] = pts[idx];
  const [bx2, by2] = pts[idx + 1];
  const ang = (Math.atan2(by2 - ay, bx2 - ax) * 180) / Math.PI;
  out.push(carTop(s, ax, ay, 40 * k, ang, '#d9603b'));
  if (dusk) out.push(rect(0, 0, W, H, { fill: '#2b1a4a', opacity: 0.35 }));
  out.push(vignette(s, W, H, 0.35));
  return out.join('');
}

/** Side view of a test car at speed on the track, sky by time of day. */
export function trackSpeed(s, W, H, p, r) {
  const {
    sky = ['#2b2d5c', '#e0785a', '#f7c27a'],
    car = '#d9603b',
    rain = false,
    t = 0,
    lights = true,
  } = p;
  const out = [];
  const hz = H * 0.58;
  out.push(
    rect(0, 0, W, hz + 2, {
      fill: s.lin([
        [0, sky[0]],
        [0.65, sky[1]],
        [1, sky[2]],
      ]),
    }),
  );
  if (!rain)
    out.push(
      circle(W * 0.72, hz - H * 0.02, H * 0.09, {
        fill: '#fff2cf',
        filter: s.glow(18),
        opacity: 0.9,
      }),
    );
  const bg = [];
  bg.push(hills(s, r, W, hz - H * 0.02, H * 0.12, mix(sky[0], sky[1], 0.45), 6));
  bg.push(hills(s, r, W, hz + H * 0.01, H * 0.06, darken(mix(sky[0], sky[1], 0.3), 0.2), 8));
  // grandstand & lamp posts
  for (let i = 0; i < 9; i++) {
    const x = ((i * W) / 8 - t * W * 2) % (W * 1.125);
    bg.push(
      rect(x, hz - H * 0.2, 6, H * 0.2, { fill: darken(sky[0], 0.3) }),
      circle(x + 3, hz - H * 0.2, 8, { fill: '#ffe7b0', filter: s.glow(6) }),
    );
  }
  out.push(g(bg, { filter: 'url(#hblur)' }));
  s.def(
    '<filter id="hblur" x="-10%" y="-10%" width="120%" height="120%"><feGaussianBlur stdDeviation="14 1"/></filter>',
  );
  // guard rail
  out.push(
    rect(0, hz + H * 0.01, W, H * 0.025, {
      fill: s.lin([
        [0, '#d9dde3'],
        [1, '#6f7680'],
      ]),
    }),
  );
  // track
  out.push(
    rect(0, hz + H * 0.035, W, H, {
      fill: s.lin(
        [
          [0, rain ? '#3c434f' : '#4a4d57'],
          [1, rain ? '#1c2027' : '#25262c'],
        ],
        0,
        hz,
        0,
        H,
        true,
      ),
    }),
  );
  for (let i = 0; i < 12; i++)
    out.push(
      rect((((i * W) / 6 - t * W * 4) % (W * 2)) - W * 0.1, H * 0.9, W * 0.08, H * 0.012, {
        fill: '#f4f1e6',
        opacity: 0.7,
      }),
    );
  const L = Math.min(W * 0.56, H * 1.0);
  const gy = H * 0.82;
  const x0 = W / 2 - L / 2;
  out.push(
    reflection(
      s,
      carSide(s, x0, gy, L, { color: car, lights, shadow: false, sky: sky[2] }),
      gy,
      W,
      L * 0.25,
      rain ? 0.45 : 0.15,
    ),
  );
  // speed streaks
  for (let i = 0; i < 16; i++) {
    const y = r.range(hz + H * 0.05, H);
    const x = r.range(-W * 0.1, W);
    out.push(streak(s, x, y, x + r.range(W * 0.1, W * 0.3), y, '#ffffff', r.range(1, 2.5), 0.25));
  }
  out.push(carSide(s, x0, gy, L, { color: car, lights, sky: sky[2], wheel: 'aero' }));
  if (rain) {
    for (let i = 0; i < 8; i++)
      out.push(
        ellipse(
          x0 - L * (0.05 + i * 0.06),
          gy - L * (0.04 + i * 0.012),
          L * (0.08 + i * 0.03),
          L * (0.02 + i * 0.012),
          { fill: '#dbe6f0', opacity: f(0.5 - i * 0.05), filter: s.blur(f(8 + i * 4)) },
        ),
      );
    const drops = [];
    for (let i = 0; i < 220; i++) {
      const x = r.range(0, W * 1.1);
      const y = r.range(0, H);
      drops.push(
        line(x, y, x - 10, y + 36, {
          stroke: '#dfe8f5',
          strokeWidth: 1.5,
          opacity: f(r.range(0.15, 0.5)),
        }),
      );
    }
    out.push(g(drops));
  }
  out.push(vignette(s, W, H, 0.5));
  return out.join('');
}

/** Top view of the banked speed bowl. */
export function trackBanked(s, W, H, p, r) {
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, '#7fae5a'],
        [1, '#5d8f3f'],
      ]),
    }),
  ];
  const cx = W * 0.5;
  const cy = H * 1.55;
  const R = H * 1.35;
  const band = H * 0.36;
  out.push(circle(cx, cy, R + band * 0.55, { fill: '#000', opacity: 0.25, filter: s.blur(20) }));
  out.push(
    circle(cx, cy, R + band / 2, {
      fill: s.rad(
        [
          [0, '#5a5f69'],
          [(R - band / 2) / (R + band / 2), '#40444c'],
          [1, '#8b909a'],
        ],
        0.5,
        0.5,
        0.5,
      ),
    }),
  );
  for (let i = 1; i < 4; i++)
    out.push(
      circle(cx, cy, R - band / 2 + (i * band) / 4, {
        fill: 'none',
        stroke: '#f1efe8',
        strokeWidth: 3,
        strokeDasharray: '30 26',
        opacity: 0.7,
      }),
    );
  out.push(circle(cx, cy, R + band / 2, { fill: 'none', stroke: '#e8e8e8', strokeWidth: 14 }));
  out.push(circle(cx, cy, R + band / 2 + 9, { fill: 'none', stroke: '#9aa0a8', strokeWidth: 5 }));
  out.push(circle(cx, cy, R - band / 2, { fill: 'none', stroke: '#e24b3b', strokeWidth: 14 }));
  out.push(
    circle(cx, cy, R - band / 2, {
      fill: 'none',
      stroke: '#ffffff',
      strokeWidth: 14,
      strokeDasharray: '22 22',
    }),
  );
  out.push(circle(cx, cy, R - band / 2 - 8, { fill: '#6f9f4e' }));
  // cars
  const carsAt = [
    [-0.35, 0.72, '#d9603b'],
    [-0.05, 0.4, '#3b6fd9'],
    [0.28, 0.2, '#f4f1e6'],
  ];
  for (const [a, lane, c] of carsAt) {
    const rr = R - band / 2 + band * lane;
    const x = cx + Math.sin(a) * rr;
    const y = cy - Math.cos(a) * rr;
    out.push(streak(s, x - Math.cos(a) * 130, y - Math.sin(a) * 130, x, y, '#ffffff', 3, 0.3));
    out.push(carTop(s, x, y, H * 0.07, (a * 180) / Math.PI, c));
  }
  for (let i = 0; i < 40; i++) {
    const x = r.range(0, W);
    const y = r.range(0, H * 0.25);
    const rad = r.range(12, 26);
    if (Math.hypot(x - cx, y - cy) < R + band) continue;
    out.push(
      circle(x + 6, y + 8, rad, { fill: '#000', opacity: 0.2, filter: s.blur(6) }),
      circle(x, y, rad, {
        fill: s.rad(
          [
            [0, '#9bcf68'],
            [1, '#3a6b22'],
          ],
          0.35,
          0.3,
          0.8,
        ),
      }),
    );
  }
  out.push(vignette(s, W, H, 0.35));
  return out.join('');
}

/** Handling area with a cone slalom seen from above. */
export function trackSlalom(s, W, H, _p, _r) {
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin(
        [
          [0, '#5e626b'],
          [1, '#42454d'],
        ],
        0,
        0,
        1,
        1,
      ),
    }),
  ];
  out.push(rect(0, 0, W, H, { fill: dots(s, '#ffffff', 7, 0.8, 0.05) }));
  for (let i = 0; i < 4; i++)
    out.push(
      line(0, H * (0.2 + i * 0.2), W, H * (0.2 + i * 0.2), {
        stroke: '#f2efe6',
        strokeWidth: 4,
        opacity: 0.35,
        strokeDasharray: i % 2 ? '40 30' : undefined,
      }),
    );
  const n = 6;
  const cy = H * 0.5;
  const pts = [];
  for (let i = 0; i <= 60; i++) {
    const x = -W * 0.05 + (i / 60) * W * 1.1;
    pts.push([x, cy + Math.sin((x / W) * Math.PI * (n - 1) * 0.98 + 0.6) * H * 0.13]);
  }
  const d = pts.map(([x, y], i) => `${i ? 'L' : 'M'}${f(x)} ${f(y)}`).join(' ');
  for (const off of [-H * 0.035, H * 0.035])
    out.push(
      g(path(d, { fill: 'none', stroke: '#1c1d21', strokeWidth: 10, opacity: 0.45 }), {
        transform: `translate(0 ${f(off)})`,
      }),
    );
  for (let i = 0; i < n; i++) {
    const x = W * (0.12 + (i * 0.76) / (n - 1));
    out.push(circle(x + 6, cy + 8, 22, { fill: '#000', opacity: 0.35, filter: s.blur(5) }));
    out.push(
      circle(x, cy, 22, { fill: '#f07a1a' }),
      circle(x, cy, 14, { fill: '#ffffff' }),
      circle(x, cy, 8, { fill: '#f39a3a' }),
    );
  }
  const k = 0.58;
  const idx = Math.floor(k * 60);
  const [ax, ay] = pts[idx];
  const [bx, by] = pts[idx + 1];
  out.push(carTop(s, ax, ay, H * 0.16, (Math.atan2(by - ay, bx - ax) * 180) / Math.PI, '#d9603b'));
  out.push(vignette(s, W, H, 0.45));
  return out.join('');
}

/* ---------- hydrogen ---------- */

function sphere(s, cx, cy, R, c, o = {}) {
  return circle(cx, cy, R, {
    fill: s.rad(
      [
        [0, '#ffffff'],
        [0.25, lighten(c, 0.45)],
        [0.7, c],
        [1, darken(c, 0.5)],
      ],
      0.35,
      0.3,
      0.75,
    ),
    ...o,
  });
}

export function hydrogenMolecules(s, W, H, p, r) {
  const { base = '#081430', c = '#5aa8ff' } = p;
  const out = [
    rect(0, 0, W, H, {
      fill: s.rad(
        [
          [0, '#1d3f8a'],
          [0.6, base],
          [1, '#040a1a'],
        ],
        0.5,
        0.45,
        0.8,
      ),
    }),
  ];
  // hex grid
  const hx = [];
  const a = 60;
  for (let y = 0; y < H + a; y += a * 1.5)
    for (let x = 0; x < W + a; x += a * Math.sqrt(3)) {
      const ox = (Math.round(y / (a * 1.5)) % 2) * a * Math.sqrt(3) * 0.5;
      const pts = [];
      for (let k = 0; k < 6; k++)
        pts.push([
          x + ox + a * 0.95 * Math.cos((k * Math.PI) / 3 + Math.PI / 6),
          y + a * 0.95 * Math.sin((k * Math.PI) / 3 + Math.PI / 6),
        ]);
      hx.push(path(poly(pts), { fill: 'none', stroke: '#7fb4ff', strokeWidth: 1 }));
    }
  out.push(g(hx, { opacity: 0.08 }));
  for (let i = 0; i < 3; i++)
    out.push(
      ellipse(W / 2, H / 2, Math.min(W, H) * (0.3 + i * 0.12), Math.min(W, H) * (0.12 + i * 0.05), {
        fill: 'none',
        stroke: '#7fb4ff',
        strokeWidth: 2,
        opacity: 0.25 - i * 0.05,
        transform: `rotate(${-18 + i * 12} ${f(W / 2)} ${f(H / 2)})`,
      }),
    );
  out.push(
    circle(W / 2, H / 2, Math.min(W, H) * 0.42, {
      fill: s.rad([
        [0, '#9fd0ff', 0.35],
        [1, '#9fd0ff', 0],
      ]),
    }),
  );
  const mols = [];
  for (let i = 0; i < 16; i++)
    mols.push({
      x: r.range(0.05, 0.95) * W,
      y: r.range(0.1, 0.9) * H,
      R: r.range(14, 40),
      a: r.range(0, Math.PI),
    });
  mols.push({ x: W * 0.5, y: H * 0.5, R: Math.min(W, H) * 0.14, a: -0.5 });
  mols.sort((m1, m2) => m1.R - m2.R);
  for (const m of mols) {
    const d = m.R * 1.25;
    const dx = Math.cos(m.a) * d * 0.5;
    const dy = Math.sin(m.a) * d * 0.5;
    const blur = m.R < 30 ? s.blur(f((30 - m.R) * 0.25 + 1)) : undefined;
    const parts = [
      circle(m.x, m.y, m.R * 2.2, {
        fill: s.rad([
          [0, c, 0.35],
          [1, c, 0],
        ]),
      }),
      sphere(s, m.x - dx, m.y - dy, m.R, '#cfe4ff'),
      sphere(s, m.x + dx, m.y + dy, m.R, '#cfe4ff'),
    ];
    out.push(g(parts, { filter: blur, opacity: m.R < 30 ? 0.7 : 1 }));
  }
  out.push(vignette(s, W, H, 0.5));
  return out.join('');
}

/** Fuel-cell stack cut-away in isometric view, with gas flows. */
export function fuelCell(s, W, H, _p, _r) {
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, '#eef3fb'],
        [1, '#c9d6ec'],
      ]),
    }),
  ];
  out.push(rect(0, 0, W, H, { fill: dots(s, '#3b6fd9', 28, 1.5, 0.2) }));
  const k = Math.min(W / 1600, H / 1000) * 0.78;
  const ox = W * 0.5 - 40 * k;
  const oy = H * 0.5 - 20 * k;
  const plates = 13;
  out.push(
    ellipse(W * 0.5, oy + 480 * k, 560 * k, 100 * k, {
      fill: '#1d2b4a',
      opacity: 0.25,
      filter: s.blur(30),
    }),
  );
  for (let i = 0; i < plates; i++) {
    const kind = i % 3;
    const col = kind === 0 ? '#8d97a8' : kind === 1 ? '#f2c94c' : '#3b6fd9';
    const thick = kind === 0 ? 26 : 10;
    const a0 = i * 36 * k;
    const [x, y] = isoPt(ox, oy, a0, 0, 0);
    out.push(isoBox(s, x, y, thick * k, 420 * k, 380 * k, col, { stroke: darken(col, 0.3) }));
  }
  // end plates
  const [ex, ey] = isoPt(ox, oy, plates * 36 * k, 0, 0);
  out.push(isoBox(s, ex, ey, 40 * k, 420 * k, 380 * k, '#3a4150'));
  // flows
  const arrow = (x1, y1, x2, y2, c, lbl) => {
    const ang = Math.atan2(y2 - y1, x2 - x1);
    return g([
      line(x1, y1, x2, y2, {
        stroke: c,
        strokeWidth: f(10 * k),
        strokeLinecap: 'round',
        strokeDasharray: `${f(28 * k)} ${f(16 * k)}`,
      }),
      path(
        `M${f(x2 + Math.cos(ang) * 30 * k)} ${f(y2 + Math.sin(ang) * 30 * k)} L${f(x2 + Math.cos(ang + 2.4) * 30 * k)} ${f(y2 + Math.sin(ang + 2.4) * 30 * k)} L${f(x2 + Math.cos(ang - 2.4) * 30 * k)} ${f(y2 + Math.sin(ang - 2.4) * 30 * k)} Z`,
        { fill: c },
      ),
      circle(x1, y1, 44 * k, { fill: '#fff', stroke: c, strokeWidth: f(5 * k) }),
      text(x1, y1 + 12 * k, lbl, {
        fill: darken(c, 0.3),
        fontFamily: 'Noto Sans Display',
        fontWeight: 700,
        fontSize: f(32 * k),
        textAnchor: 'middle',
      }),
    ]);
  };
  const [ax, ay] = isoPt(ox, oy, -40 * k, 210 * k, 300 * k);
  out.push(arrow(ax - 260 * k, ay - 120 * k, ax - 40 * k, ay - 20 * k, '#2f62c9', 'H₂'));
  const [bx, by] = isoPt(ox, oy, plates * 36 * k + 60 * k, 0, 300 * k);
  out.push(arrow(bx + 260 * k, by - 150 * k, bx + 40 * k, by - 40 * k, '#d9603b', 'O₂'));
  const [cx, cy] = isoPt(ox, oy, plates * 36 * k, 420 * k, 60 * k);
  out.push(arrow(cx + 20 * k, cy + 20 * k, cx + 220 * k, cy + 140 * k, '#1f9d8a', 'H₂O'));
  out.push(vignette(s, W, H, 0.25, '#1d2b4a'));
  return out.join('');
}

/** Hydrogen filling station under a glowing canopy at night. */
export function h2Station(s, W, H, p, r) {
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, '#050b1c'],
        [0.6, '#10254f'],
        [1, '#1b2a44'],
      ]),
    }),
  ];
  for (let i = 0; i < 80; i++)
    out.push(
      circle(r.range(0, W), r.range(0, H * 0.4), r.range(0.6, 1.8), {
        fill: '#fff',
        opacity: f(r.range(0.2, 0.8)),
      }),
    );
  const gy = H * 0.8;
  out.push(hills(s, r, W, H * 0.62, H * 0.06, '#0b1630', 5));
  out.push(
    rect(0, gy - H * 0.12, W, H, {
      fill: s.lin(
        [
          [0, '#27344d'],
          [1, '#0d1220'],
        ],
        0,
        gy - H * 0.12,
        0,
        H,
        true,
      ),
    }),
  );
  // canopy
  const cw = W * 0.72;
  const cx = W / 2;
  const ct = H * 0.2;
  out.push(
    path(
      `M${f(cx - cw / 2)} ${f(ct + H * 0.06)} L${f(cx + cw / 2)} ${f(ct)} L${f(cx + cw / 2)} ${f(ct + H * 0.05)} L${f(cx - cw / 2)} ${f(ct + H * 0.11)} Z`,
      { fill: '#e9eef6' },
    ),
  );
  out.push(
    path(`M${f(cx - cw / 2)} ${f(ct + H * 0.11)} L${f(cx + cw / 2)} ${f(ct + H * 0.05)}`, {
      stroke: '#5aa8ff',
      strokeWidth: 8,
      filter: s.glow(8),
    }),
  );
  out.push(
    path(
      `M${f(cx - cw * 0.45)} ${f(ct + H * 0.11)} L${f(cx + cw * 0.45)} ${f(ct + H * 0.06)} L${f(cx + cw * 0.6)} ${f(gy)} L${f(cx - cw * 0.6)} ${f(gy)} Z`,
      {
        fill: s.lin([
          [0, '#cfe4ff', 0.3],
          [1, '#cfe4ff', 0],
        ]),
      },
    ),
  );
  for (const x of [cx - cw * 0.38, cx + cw * 0.38])
    out.push(
      rect(x - 9, ct + H * 0.08, 18, gy - ct - H * 0.08, {
        fill: s.lin(
          [
            [0, '#c9d2e0'],
            [1, '#6d7686'],
          ],
          0,
          0,
          1,
          0,
        ),
      }),
    );
  // dispenser
  const dx = cx - W * 0.2;
  out.push(
    rect(dx - 45, gy - H * 0.3, 90, H * 0.3, {
      fill: s.lin(
        [
          [0, '#f4f7fb'],
          [1, '#aeb8c7'],
        ],
        0,
        0,
        1,
        0,
      ),
      rx: 10,
    }),
  );
  out.push(
    rect(dx - 30, gy - H * 0.26, 60, H * 0.07, { fill: '#0f1c33', rx: 6 }),
    rect(dx - 22, gy - H * 0.245, 44, 8, { fill: '#5aa8ff', rx: 3 }),
  );
  out.push(rect(dx - 45, gy - H * 0.3, 90, 14, { fill: '#3b6fd9', rx: 6 }));
  out.push(
    path(
      `M${f(dx + 40)} ${f(gy - H * 0.15)} C${f(dx + 120)} ${f(gy - H * 0.1)} ${f(dx + 140)} ${f(gy - H * 0.22)} ${f(dx + W * 0.12)} ${f(gy - H * 0.17)}`,
      { fill: 'none', stroke: '#1a1c22', strokeWidth: 9 },
    ),
  );
  const L = W * 0.42;
  out.push(glowSpot(s, cx, gy, W * 0.5, H * 0.06, '#5aa8ff', 0.35));
  out.push(
    reflection(
      s,
      carSide(s, cx - L * 0.35, gy, L, {
        color: '#e9edf2',
        lights: true,
        shadow: false,
        sky: '#9cc6ff',
      }),
      gy,
      W,
      L * 0.2,
      0.3,
    ),
  );
  out.push(
    carSide(s, cx - L * 0.35, gy, L, {
      color: '#e9edf2',
      lights: true,
      sky: '#9cc6ff',
      glass: '#1b2940',
    }),
  );
  out.push(vignette(s, W, H, 0.55));
  return out.join('');
}

/* ---------- laboratory & batteries ---------- */

function flask(s, x, y, size, liquid, kind = 'erlen') {
  const u = size / 100;
  const X = (v) => f(x + v * u);
  const Y = (v) => f(y - v * u);
  const glass = {
    fill: '#ffffff',
    fillOpacity: 0.18,
    stroke: '#e9f1fb',
    strokeWidth: f(2.5 * u),
    strokeOpacity: 0.9,
  };
  const parts = [
    ellipse(x, y, size * 0.45, size * 0.06, {
      fill: '#000',
      opacity: 0.25,
      filter: s.blur(f(u * 4)),
    }),
  ];
  if (kind === 'erlen') {
    const body = `M${X(-12)} ${Y(100)} L${X(-12)} ${Y(65)} L${X(-42)} ${Y(6)} Q${X(-44)} ${Y(0)} ${X(-36)} ${Y(0)} L${X(36)} ${Y(0)} Q${X(44)} ${Y(0)} ${X(42)} ${Y(6)} L${X(12)} ${Y(65)} L${X(12)} ${Y(100)} Z`;
    parts.push(
      path(
        `M${X(-30)} ${Y(24)} L${X(30)} ${Y(24)} L${X(41)} ${Y(5)} Q${X(42)} ${Y(1)} ${X(36)} ${Y(1)} L${X(-36)} ${Y(1)} Q${X(-42)} ${Y(1)} ${X(-41)} ${Y(5)} Z`,
        { fill: liquid, opacity: 0.85 },
      ),
    );
    parts.push(path(body, glass));
  } else if (kind === 'beaker') {
    parts.push(rect(x - 30 * u, y - 50 * u, 60 * u, 49 * u, { fill: liquid, opacity: 0.8 }));
    parts.push(rect(x - 32 * u, y - 80 * u, 64 * u, 80 * u, { ...glass, rx: 4 * u }));
    for (let i = 1; i < 4; i++)
      parts.push(
        line(x - 28 * u, y - i * 18 * u, x - 18 * u, y - i * 18 * u, {
          stroke: '#fff',
          strokeWidth: 2,
          opacity: 0.6,
        }),
      );
  } else {
    parts.push(
      rect(x - 8 * u, y - 40 * u, 16 * u, 40 * u, { fill: liquid, opacity: 0.85, rx: 8 * u }),
    );
    parts.push(rect(x - 9 * u, y - 110 * u, 18 * u, 110 * u, { ...glass, rx: 9 * u }));
  }
  parts.push(
    line(x - 20 * u, y - 60 * u, x - 24 * u, y - 20 * u, {
      stroke: '#fff',
      strokeWidth: f(3 * u),
      opacity: 0.5,
      strokeLinecap: 'round',
    }),
  );
  return g(parts);
}

/** Laboratory bench with glassware and pouch cells. */
export function lab(s, W, H, p, r) {
  const { accent = '#3b6fd9' } = p;
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, '#dfe8f4'],
        [1, '#b5c6de'],
      ]),
    }),
  ];
  // windows / shelves
  for (let i = 0; i < 4; i++) {
    const wx = W * (0.06 + i * 0.235);
    out.push(
      rect(wx, H * 0.08, W * 0.2, H * 0.34, {
        fill: s.lin([
          [0, '#bfe0f7'],
          [1, '#eef6fc'],
        ]),
      }),
    );
    const cl = s.clip(rect(wx, H * 0.08, W * 0.2, H * 0.34));
    out.push(
      g(
        [
          circle(wx + W * 0.05, H * 0.4, H * 0.09, { fill: '#9cc47a' }),
          circle(wx + W * 0.13, H * 0.42, H * 0.11, { fill: '#86b86a' }),
          rect(wx + W * 0.08, H * 0.3, W * 0.06, H * 0.12, { fill: '#dfe6ee' }),
        ],
        { clipPath: cl, opacity: 0.6 },
      ),
    );
    out.push(
      rect(wx, H * 0.08, W * 0.2, H * 0.34, { fill: 'none', stroke: '#9fb2cc', strokeWidth: 6 }),
    );
    out.push(
      line(wx + W * 0.1, H * 0.08, wx + W * 0.1, H * 0.42, { stroke: '#9fb2cc', strokeWidth: 4 }),
    );
  }
  out.push(rect(0, H * 0.47, W, H * 0.02, { fill: '#8fa3bf' }));
  for (let i = 0; i < 14; i++) {
    const x = W * 0.05 + i * W * 0.065;
    const h = r.range(40, 90);
    out.push(
      rect(x, H * 0.47 - h, W * 0.04, h, {
        fill: r.pick(['#f4f6f9', '#d9603b', '#3b6fd9', '#e9c46a', '#5c6b82']),
        rx: 6,
        opacity: 0.85,
      }),
    );
  }
  const by = H * 0.74;
  out.push(
    rect(0, by, W, H - by, {
      fill: s.lin(
        [
          [0, '#2b3447'],
          [0.06, '#1c2433'],
          [1, '#121826'],
        ],
        0,
        by,
        0,
        H,
        true,
      ),
    }),
  );
  out.push(rect(0, by - 6, W, 12, { fill: '#e8edf5' }));
  const sc = Math.min(W / 1600, H / 1000);
  const items = [
    [0.18, 'erlen', '#3b6fd9', 1.6],
    [0.3, 'beaker', '#9ad0f5', 1.3],
    [0.4, 'tube', '#e9c46a', 1.2],
    [0.43, 'tube', '#d9603b', 1.2],
    [0.46, 'tube', '#1f9d8a', 1.2],
    [0.76, 'erlen', '#1f9d8a', 1.3],
    [0.88, 'beaker', '#d9603b', 1.5],
  ];
  for (const [xr, kind, c, sz] of items) out.push(flask(s, W * xr, by + 4, 150 * sz * sc, c, kind));
  // pouch cells standing
  for (let i = 0; i < 4; i++) {
    const x = W * 0.55 + i * 46 * sc;
    out.push(
      rect(x, by - 180 * sc, 34 * sc, 176 * sc, {
        fill: s.lin(
          [
            [0, '#e6e9ee'],
            [0.5, '#b7bec9'],
            [1, '#8a93a0'],
          ],
          0,
          0,
          1,
          0,
        ),
        rx: 4,
      }),
    );
    out.push(
      rect(x + 6 * sc, by - 196 * sc, 8 * sc, 18 * sc, { fill: '#c98a4b' }),
      rect(x + 20 * sc, by - 196 * sc, 8 * sc, 18 * sc, { fill: '#cfd4da' }),
    );
  }
  out.push(glowSpot(s, W * 0.5, H * 0.2, W * 0.6, H * 0.3, '#ffffff', 0.4));
  out.push(vignette(s, W, H, 0.35, '#0d1b33'));
  void accent;
  return out.join('');
}

/** Cross-section of a lithium-ion cell: collectors, electrodes, separator, ions. */
export function cellSection(s, W, H, p, r) {
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, '#0f1e3d'],
        [1, '#07101f'],
      ]),
    }),
  ];
  const layers = [
    ['#d08a4b', 0.05, 'Cu'],
    ['#2b2f38', 0.22, ''],
    ['#f1f3f6', 0.06, ''],
    ['#3b6fd9', 0.22, ''],
    ['#b8c0cc', 0.05, 'Al'],
  ];
  const top = H * 0.14;
  const total = H * 0.72;
  let y = top;
  const x0 = W * 0.12;
  const w = W * 0.76;
  layers.forEach(([c, frac], i) => {
    const h = total * (frac / 0.6);
    out.push(
      rect(x0, y, w, h, {
        fill: s.lin([
          [0, lighten(c, 0.15)],
          [1, darken(c, 0.2)],
        ]),
      }),
    );
    if (i === 1)
      for (let k = 0; k < 120; k++)
        out.push(
          ellipse(x0 + r() * w, y + r() * h, r.range(8, 18), r.range(4, 8), {
            fill: '#454a56',
            opacity: 0.8,
          }),
        );
    if (i === 3)
      for (let k = 0; k < 140; k++)
        out.push(
          circle(x0 + r() * w, y + r() * h, r.range(5, 11), {
            fill: r() > 0.5 ? '#5a8cf0' : '#2a55b0',
            opacity: 0.9,
          }),
        );
    if (i === 2) out.push(rect(x0, y, w, h, { fill: dots(s, '#9aa3b0', 10, 1.5, 0.8) }));
    y += h;
  });
  // ions moving
  for (let k = 0; k < 9; k++) {
    const x = x0 + w * (0.08 + k * 0.105);
    const y1 = top + total * 0.7;
    const y2 = top + total * 0.3;
    out.push(
      line(x, y1, x, y2, {
        stroke: '#ffd166',
        strokeWidth: 3,
        strokeDasharray: '6 10',
        opacity: 0.7,
      }),
    );
    out.push(circle(x, y2 + (k % 3) * 30, 11, { fill: '#ffd166', filter: s.glow(6) }));
  }
  out.push(
    rect(x0, top, w, total, {
      fill: 'none',
      stroke: '#ffffff',
      strokeOpacity: 0.3,
      strokeWidth: 2,
    }),
  );
  out.push(vignette(s, W, H, 0.45));
  return out.join('');
}

/** Skateboard battery platform in isometric view (modules on a chassis). */
export function batteryPack(s, W, H, p, _r) {
  const { bg = ['#183a2a', '#0b1a13'], accent = '#4f8a2e', exploded = 0, highlight = -1 } = p;
  const out = [
    rect(0, 0, W, H, {
      fill: s.rad(
        [
          [0, lighten(bg[0], 0.12)],
          [1, bg[1]],
        ],
        0.5,
        0.45,
        0.8,
      ),
    }),
  ];
  out.push(rect(0, 0, W, H, { fill: dots(s, lighten(accent, 0.4), 30, 1.4, 0.18) }));
  const k = Math.min(W / 1600, H / 1000) * (p.scale || 1);
  const cols = 6;
  const rows = 3;
  const mw = 120 * k;
  const md = 170 * k;
  const gap = 14 * k;
  const PW = cols * (mw + gap) + gap;
  const PD = rows * (md + gap) + gap;
  const ox = W / 2 - ((PW - PD) * 0.866) / 2;
  const oy = H / 2 - ((PW + PD) * 0.5) / 2 + 30 * k;
  out.push(
    ellipse(W / 2, oy + (PW + PD) * 0.28, PW * 0.95, PD * 0.45, {
      fill: '#000',
      opacity: 0.45,
      filter: s.blur(30),
    }),
  );
  const wheel = (a, b) => {
    const [x, y] = isoPt(ox, oy, a, b, 10 * k);
    return g([
      ellipse(x, y, 52 * k, 78 * k, { fill: '#15171c', transform: `rotate(-58 ${f(x)} ${f(y)})` }),
      ellipse(x + 8 * k, y + 4 * k, 30 * k, 46 * k, {
        fill: s.rad([
          [0, '#e3e7ec'],
          [1, '#6f7680'],
        ]),
        transform: `rotate(-58 ${f(x + 8 * k)} ${f(y + 4 * k)})`,
      }),
    ]);
  };
  out.push(wheel(PW * 0.14, -24 * k), wheel(PW * 0.86, -24 * k));
  out.push(isoBox(s, ox, oy, PW, PD, 26 * k, '#3d4452'));
  let n = 0;
  for (let j = 0; j < rows; j++) {
    for (let i = 0; i < cols; i++) {
      const lift = exploded * (40 + ((i + j) % 3) * 30) * k;
      const [x, y] = isoPt(ox, oy, gap + i * (mw + gap), gap + j * (md + gap), 26 * k + lift);
      const c = n === highlight ? '#e9c46a' : accent;
      out.push(
        isoBox(s, x, y, mw, md, 60 * k, c, {
          top: lighten(c, 0.35),
          left: darken(c, 0.05),
          right: darken(c, 0.3),
        }),
      );
      const [lx, ly] = isoPt(x, y, mw * 0.5, md * 0.5, 60 * k);
      out.push(
        circle(lx, ly, 7 * k, { fill: n === highlight ? '#fff' : '#b9f28a', filter: s.glow(4) }),
      );
      n++;
    }
  }
  out.push(wheel(PW * 0.14, PD + 24 * k), wheel(PW * 0.86, PD + 24 * k));
  out.push(vignette(s, W, H, 0.5));
  return out.join('');
}

/** Second-life storage: open cabinets of reused modules beside solar panels at sunset. */
export function storage(s, W, H, p, r) {
  const { sky = ['#1b2f4a', '#e5895c', '#ffd49a'] } = p;
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, sky[0]],
        [0.6, sky[1]],
        [1, sky[2]],
      ]),
    }),
  ];
  out.push(circle(W * 0.18, H * 0.55, H * 0.08, { fill: '#fff0c8', filter: s.glow(20) }));
  out.push(hills(s, r, W, H * 0.6, H * 0.08, '#5b4a6a', 6));
  const gy = H * 0.72;
  out.push(
    rect(0, gy - 4, W, H, {
      fill: s.lin(
        [
          [0, '#4d6b3a'],
          [1, '#22331a'],
        ],
        0,
        gy,
        0,
        H,
        true,
      ),
    }),
  );
  // solar rows on the left
  const k = Math.min(W / 1600, H / 1000);
  for (let row = 0; row < 3; row++) {
    const y = gy - 10 * k + row * 60 * k;
    for (let i = 0; i < 6; i++) {
      const x = W * 0.02 + i * 110 * k + row * 30 * k;
      out.push(
        path(
          `M${f(x)} ${f(y)} L${f(x + 100 * k)} ${f(y)} L${f(x + 90 * k)} ${f(y - 50 * k)} L${f(x + 10 * k)} ${f(y - 50 * k)} Z`,
          {
            fill: s.lin([
              [0, '#5d88c9'],
              [1, '#17305e'],
            ]),
            stroke: '#c9d6ea',
            strokeWidth: 1.5,
          },
        ),
      );
      out.push(line(x + 50 * k, y, x + 50 * k, y + 18 * k, { stroke: '#555', strokeWidth: 3 }));
    }
  }
  // cabinet
  const cx = W * 0.62;
  const cw = W * 0.48;
  const ch = H * 0.42;
  const top = gy - ch;
  out.push(
    rect(cx - cw / 2 + 20, gy - 10, cw, 30, { fill: '#000', opacity: 0.4, filter: s.blur(12) }),
  );
  out.push(
    rect(cx - cw / 2, top, cw, ch, {
      fill: s.lin([
        [0, '#eef1f4'],
        [1, '#aab3bd'],
      ]),
      rx: 6,
    }),
  );
  const bays = 4;
  for (let b = 0; b < bays; b++) {
    const bx = cx - cw / 2 + 20 + b * ((cw - 40) / bays);
    const bw = (cw - 40) / bays - 16;
    out.push(rect(bx, top + 24, bw, ch - 48, { fill: '#1f2733', rx: 4 }));
    for (let m = 0; m < 5; m++) {
      const my = top + 36 + m * ((ch - 72) / 5);
      const mh = (ch - 72) / 5 - 10;
      out.push(
        rect(bx + 10, my, bw - 20, mh, {
          fill: s.lin([
            [0, '#5c9a3a'],
            [1, '#2f5d20'],
          ]),
          rx: 4,
        }),
      );
      out.push(
        circle(bx + bw - 26, my + mh / 2, 5, {
          fill: (b + m) % 4 ? '#b9f28a' : '#ffd166',
          filter: s.glow(3),
        }),
      );
      out.push(
        rect(bx + 20, my + mh / 2 - 3, bw * 0.4, 6, { fill: '#ffffff', opacity: 0.35, rx: 3 }),
      );
    }
  }
  // cables
  out.push(
    path(
      `M${f(W * 0.33)} ${f(gy - 20 * k)} C${f(W * 0.36)} ${f(gy + 30 * k)} ${f(cx - cw / 2 - 40)} ${f(gy + 20 * k)} ${f(cx - cw / 2)} ${f(gy - 40 * k)}`,
      { fill: 'none', stroke: '#1b1d22', strokeWidth: 6 },
    ),
  );
  out.push(vignette(s, W, H, 0.45));
  return out.join('');
}

/** Laboratory test bench: one module wired to a tester screen with a charge curve. */
export function moduleTest(s, W, H, _p, _r) {
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, '#1a2438'],
        [1, '#0a0f1a'],
      ]),
    }),
  ];
  out.push(glowSpot(s, W * 0.5, H * 0.3, W * 0.6, H * 0.4, '#5aa8ff', 0.2));
  const by = H * 0.72;
  out.push(
    rect(0, by, W, H - by, {
      fill: s.lin(
        [
          [0, '#3a4354'],
          [0.05, '#272e3b'],
          [1, '#151a23'],
        ],
        0,
        by,
        0,
        H,
        true,
      ),
    }),
  );
  // screen
  const sx = W * 0.5,
    sy = H * 0.12,
    sw = W * 0.4,
    sh = H * 0.42;
  out.push(rect(sx + 10, sy + 16, sw, sh, { fill: '#000', opacity: 0.5, filter: s.blur(14) }));
  out.push(rect(sx, sy, sw, sh, { fill: '#0c1424', stroke: '#3a4354', strokeWidth: 8, rx: 10 }));
  for (let i = 1; i < 5; i++)
    out.push(
      line(sx + 20, sy + (i * sh) / 5, sx + sw - 20, sy + (i * sh) / 5, {
        stroke: '#2a3a55',
        strokeWidth: 1.5,
      }),
    );
  const pts = [];
  for (let i = 0; i <= 40; i++)
    pts.push([
      sx + 30 + (i / 40) * (sw - 60),
      sy + sh - 30 - (sh - 70) * (1 - Math.exp(-i / 12)) * (0.92 + 0.04 * Math.sin(i)),
    ]);
  out.push(
    path(pts.map(([x, y], i) => `${i ? 'L' : 'M'}${f(x)} ${f(y)}`).join(' '), {
      fill: 'none',
      stroke: '#7ee081',
      strokeWidth: 4,
      filter: s.glow(4),
    }),
  );
  // module
  const k = Math.min(W / 1600, H / 1000);
  const [mx, my] = [W * 0.2, by - 40 * k];
  out.push(
    isoBox(s, mx, my - 90 * k, 260 * k, 160 * k, 110 * k, '#4f8a2e', {
      top: '#8fc46a',
      right: '#2f5d20',
    }),
  );
  out.push(
    path(
      `M${f(mx + 120 * k)} ${f(my - 190 * k)} C${f(mx + 300 * k)} ${f(my - 420 * k)} ${f(sx - 100)} ${f(sy + sh + 80)} ${f(sx + 30)} ${f(sy + sh)}`,
      { fill: 'none', stroke: '#e24b3b', strokeWidth: 6 },
    ),
  );
  out.push(
    path(
      `M${f(mx + 160 * k)} ${f(my - 170 * k)} C${f(mx + 340 * k)} ${f(my - 380 * k)} ${f(sx - 80)} ${f(sy + sh + 110)} ${f(sx + 60)} ${f(sy + sh)}`,
      { fill: 'none', stroke: '#111', strokeWidth: 6 },
    ),
  );
  out.push(vignette(s, W, H, 0.5));
  return out.join('');
}
