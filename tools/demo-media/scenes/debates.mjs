/**
 * In Movement's debate covers: subjects beyond the car maker's business (repair,
 * night transport, public software, data centres, schoolyards, care robots,
 * cargo bikes), drawn with the same kit as the story scenes.
 * Over 300 lines: eight drawings, each a list of shapes; splitting them would only
 * scatter one set of covers.
 */
import { figure, glowSpot, hatch, isoBox, isoPt, tree, vignette } from '../lib/kit.mjs';
import { circle, darken, ellipse, f, g, line, path, poly, rect } from '../lib/svg.mjs';
import { robotArm } from './manufacturing.mjs';
import { cyclist } from './mobility.mjs';

/** A row of simple facades between x0 and x1, standing on `base`. */
function facades(s, r, x0, x1, base, minH, maxH, palette, lit = 0) {
  const parts = [];
  let x = x0;
  while (x < x1) {
    const w = r.range(160, 260);
    const h = r.range(minH, maxH);
    const c = r.pick(palette);
    parts.push(
      rect(x, base - h, w, h, { fill: c }),
      rect(x, base - h, w, 8, { fill: darken(c, 0.25) }),
    );
    for (let wy = base - h + 28; wy < base - 70; wy += 66) {
      for (let wx = x + 20; wx < x + w - 40; wx += 56) {
        const on = r() < lit;
        parts.push(rect(wx, wy, 28, 40, { fill: on ? '#ffd98a' : darken(c, 0.35), rx: 3 }));
      }
    }
    x += w + r.range(0, 12);
  }
  return g(parts);
}

/* ---------- repair: a small radio taken apart, laid out on the bench ---------- */

export function repairBench(s, W, H, _p, r) {
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, '#c9a77c'],
        [1, '#a8845a'],
      ]),
    }),
  ];
  for (let i = 0; i < 14; i++) {
    const y = (i / 14) * H + r.range(-6, 6);
    out.push(
      line(0, y, W, y + r.range(-10, 10), { stroke: '#8f6c45', strokeWidth: 2, opacity: 0.35 }),
    );
  }
  // cutting mat
  const mx = W * 0.12;
  const my = H * 0.1;
  const mw = W * 0.76;
  const mh = H * 0.8;
  out.push(
    rect(mx + 10, my + 14, mw, mh, { fill: '#000', opacity: 0.25, rx: 14, filter: s.blur(10) }),
    rect(mx, my, mw, mh, { fill: '#2f6f5e', rx: 14 }),
  );
  for (let x = mx + 40; x < mx + mw; x += 40)
    out.push(line(x, my, x, my + mh, { stroke: '#5fa58e', strokeWidth: 1, opacity: 0.45 }));
  for (let y = my + 40; y < my + mh; y += 40)
    out.push(line(mx, y, mx + mw, y, { stroke: '#5fa58e', strokeWidth: 1, opacity: 0.45 }));
  // the radio's case, front and back
  const shadow = (x, y, w, h, rx = 10) =>
    rect(x + 8, y + 10, w, h, { fill: '#000', opacity: 0.3, rx, filter: s.blur(6) });
  out.push(
    shadow(W * 0.17, H * 0.16, W * 0.26, H * 0.3, 22),
    rect(W * 0.17, H * 0.16, W * 0.26, H * 0.3, { fill: '#e2683c', rx: 22 }),
    circle(W * 0.24, H * 0.31, H * 0.09, { fill: '#3a3a3a' }),
    circle(W * 0.24, H * 0.31, H * 0.09, { fill: hatch(s, '#6a6a6a', 7, 2, 0) }),
    rect(W * 0.31, H * 0.21, W * 0.1, H * 0.05, { fill: '#f4e9d0', rx: 6 }),
    circle(W * 0.33, H * 0.36, H * 0.03, { fill: '#f4e9d0' }),
    circle(W * 0.39, H * 0.36, H * 0.03, { fill: '#f4e9d0' }),
    shadow(W * 0.17, H * 0.52, W * 0.26, H * 0.3, 22),
    rect(W * 0.17, H * 0.52, W * 0.26, H * 0.3, { fill: '#c9552f', rx: 22 }),
    rect(W * 0.19, H * 0.55, W * 0.22, H * 0.24, { fill: '#a9461f', rx: 14 }),
  );
  for (const [cx, cy] of [
    [0.2, 0.56],
    [0.4, 0.56],
    [0.2, 0.78],
    [0.4, 0.78],
  ])
    out.push(circle(W * cx, H * cy, 7, { fill: '#d7d7d7' }));
  // circuit board
  const bx = W * 0.48;
  const by = H * 0.18;
  out.push(
    shadow(bx, by, W * 0.22, H * 0.34, 8),
    rect(bx, by, W * 0.22, H * 0.34, { fill: '#2e8b57', rx: 8 }),
  );
  for (let i = 0; i < 9; i++) {
    const y = by + 20 + i * 30;
    out.push(
      path(
        `M${f(bx + 14)} ${f(y)} H${f(bx + W * 0.1)} L${f(bx + W * 0.12)} ${f(y + 14)} H${f(bx + W * 0.2)}`,
        { fill: 'none', stroke: '#c8e6a0', strokeWidth: 2, opacity: 0.6 },
      ),
    );
  }
  out.push(
    rect(bx + W * 0.03, by + H * 0.05, W * 0.06, H * 0.08, { fill: '#1e1e1e', rx: 3 }),
    rect(bx + W * 0.12, by + H * 0.2, W * 0.07, H * 0.05, { fill: '#1e1e1e', rx: 3 }),
    circle(bx + W * 0.16, by + H * 0.08, H * 0.035, { fill: '#3b6fd9' }),
    circle(bx + W * 0.05, by + H * 0.25, H * 0.03, { fill: '#f0c33c' }),
  );
  // spare part in its bag, with a label
  out.push(
    shadow(bx, H * 0.58, W * 0.12, H * 0.22, 10),
    rect(bx, H * 0.58, W * 0.12, H * 0.22, { fill: '#e8f1f5', opacity: 0.85, rx: 10 }),
    rect(bx + W * 0.02, H * 0.63, W * 0.08, H * 0.07, { fill: '#1e1e1e', rx: 3 }),
    rect(bx + W * 0.015, H * 0.73, W * 0.09, H * 0.03, { fill: '#f4f1e6' }),
  );
  // screws in a row, knobs, screwdriver
  for (let i = 0; i < 8; i++) {
    const x = W * 0.75 + (i % 2) * 34;
    const y = H * 0.2 + Math.floor(i / 2) * 46;
    out.push(
      circle(x, y, 11, { fill: '#c4c9cf' }),
      line(x - 7, y, x + 7, y, { stroke: '#6b7280', strokeWidth: 3 }),
    );
  }
  out.push(
    circle(W * 0.79, H * 0.48, 26, { fill: '#f4e9d0' }),
    circle(W * 0.79, H * 0.48, 10, { fill: '#b8a888' }),
  );
  out.push(
    g(
      [
        rect(0, -22, 210, 44, { fill: '#f0c33c', rx: 20 }),
        rect(30, -22, 12, 44, { fill: '#d9a920' }),
        rect(210, -7, 190, 14, { fill: '#c4c9cf' }),
        rect(395, -3, 24, 6, { fill: '#9aa1a8' }),
      ],
      { transform: `translate(${f(W * 0.5)} ${f(H * 0.88)}) rotate(-14)` },
    ),
  );
  out.push(vignette(s, W, H, 0.35));
  return out.join('');
}

/* ---------- a night bus at its stop ---------- */

export function nightBus(s, W, H, _p, r) {
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, '#0b1330'],
        [0.7, '#23305e'],
        [1, '#3a3564'],
      ]),
    }),
  ];
  for (let i = 0; i < 60; i++)
    out.push(
      circle(r() * W, r() * H * 0.4, r.range(0.8, 2.2), {
        fill: '#fff',
        opacity: f(r.range(0.3, 0.9)),
      }),
    );
  out.push(circle(W * 0.84, H * 0.16, H * 0.06, { fill: '#f3f0da', filter: s.glow(8) }));
  const base = H * 0.66;
  out.push(
    facades(
      s,
      r,
      -20,
      W + 40,
      base,
      H * 0.3,
      H * 0.55,
      ['#2b2f4a', '#33385a', '#282b40', '#3a3f60'],
      0.22,
    ),
  );
  out.push(
    rect(0, base, W, H * 0.06, { fill: '#4a4a5e' }),
    rect(0, base + H * 0.06, W, H, { fill: '#25252f' }),
  );
  for (let i = 0; i < 8; i++)
    out.push(
      rect(i * W * 0.14 + W * 0.02, H * 0.86, W * 0.07, H * 0.012, {
        fill: '#d9d6c7',
        opacity: 0.7,
      }),
    );
  // street lamps
  for (const x of [W * 0.08, W * 0.92]) {
    out.push(
      rect(x - 4, base - H * 0.34, 8, H * 0.4, { fill: '#1a1a22' }),
      glowSpot(s, x, base - H * 0.33, 90, 60, '#ffd98a', 0.9),
      glowSpot(s, x, base + H * 0.05, 160, 26, '#ffd98a', 0.35),
    );
  }
  // shelter with two people waiting
  const sx = W * 0.66;
  out.push(
    rect(sx, base - H * 0.3, W * 0.2, H * 0.3, { fill: '#9fd3ff', opacity: 0.18 }),
    rect(sx - 6, base - H * 0.32, W * 0.2 + 12, 12, { fill: '#1a1a22' }),
    rect(sx + W * 0.15, base - H * 0.29, W * 0.04, H * 0.16, { fill: '#ffe9b8', opacity: 0.9 }),
    figure(s, sx + W * 0.05, base + H * 0.03, H * 0.2, { body: '#c2417a', skin: '#8d5a3b' }),
    figure(s, sx + W * 0.11, base + H * 0.03, H * 0.19, {
      body: '#2a9d8f',
      skin: '#e3b28c',
      hair: '#6b3e22',
      bag: '#e9c46a',
    }),
  );
  // the bus
  const bx = W * 0.06;
  const by = base + H * 0.2;
  const L = W * 0.56;
  const h = H * 0.32;
  out.push(
    ellipse(bx + L / 2, by, L * 0.55, 18, { fill: '#000', opacity: 0.5, filter: s.blur(10) }),
    rect(bx, by - h, L, h - 18, {
      fill: s.lin([
        [0, '#3fb39a'],
        [1, '#1d6f60'],
      ]),
      rx: 26,
    }),
    rect(bx + 30, by - h + 26, L - 60, h * 0.4, { fill: '#ffe9b8', rx: 10 }),
  );
  for (let k = 1; k < 6; k++)
    out.push(rect(bx + 30 + (k * (L - 60)) / 6 - 4, by - h + 26, 8, h * 0.4, { fill: '#1d6f60' }));
  // passengers' silhouettes in the lit windows
  for (let k = 0; k < 4; k++) {
    const px = bx + 80 + k * L * 0.2 + r.range(-10, 10);
    out.push(
      circle(px, by - h + 26 + h * 0.16, 18, { fill: '#5a4a3a', opacity: 0.55 }),
      rect(px - 24, by - h + 26 + h * 0.24, 48, h * 0.16, {
        fill: '#5a4a3a',
        opacity: 0.55,
        rx: 14,
      }),
    );
  }
  out.push(
    rect(bx + L - 26, by - h + 36, 18, h * 0.34, { fill: '#fff6c8', filter: s.glow(6) }),
    rect(bx + 40, by - h + 4, L * 0.3, 18, { fill: '#111', rx: 4 }),
    rect(bx + 50, by - h + 8, L * 0.18, 10, { fill: '#ffb347', filter: s.glow(3) }),
    circle(bx + L * 0.18, by - 18, 34, { fill: '#15151a' }),
    circle(bx + L * 0.18, by - 18, 14, { fill: '#6b6f78' }),
    circle(bx + L * 0.82, by - 18, 34, { fill: '#15151a' }),
    circle(bx + L * 0.82, by - 18, 14, { fill: '#6b6f78' }),
    glowSpot(s, bx + L + 120, by - 30, 220, 40, '#fff3c4', 0.35),
  );
  out.push(vignette(s, W, H, 0.45));
  return out.join('');
}

/* ---------- public software: a town hall whose windows are screens of code ---------- */

export function codeCommons(s, W, H, _p, r) {
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, '#f6e7c8'],
        [1, '#e9cfa0'],
      ]),
    }),
  ];
  const base = H * 0.86;
  // town hall: steps, columns, pediment, clock
  const x0 = W * 0.16;
  const x1 = W * 0.84;
  const stone = '#efe6d6';
  out.push(
    path(
      poly([
        [x0 - 30, H * 0.3],
        [W / 2, H * 0.12],
        [x1 + 30, H * 0.3],
      ]),
      { fill: '#d8ccb6' },
    ),
    circle(W / 2, H * 0.235, H * 0.045, { fill: '#fbf7ee', stroke: '#8a7a60', strokeWidth: 4 }),
    line(W / 2, H * 0.235, W / 2, H * 0.205, { stroke: '#3a3a3a', strokeWidth: 4 }),
    line(W / 2, H * 0.235, W / 2 + 18, H * 0.245, { stroke: '#3a3a3a', strokeWidth: 4 }),
    rect(x0 - 30, H * 0.3, x1 - x0 + 60, H * 0.04, { fill: '#cfc2aa' }),
    rect(x0, H * 0.34, x1 - x0, base - H * 0.34, { fill: stone }),
  );
  for (let i = 0; i < 3; i++)
    out.push(
      rect(x0 - 40 - i * 26, base + i * H * 0.045, x1 - x0 + 80 + i * 52, H * 0.045, {
        fill: darken(stone, 0.08 + i * 0.05),
      }),
    );
  // screens in the windows, lines of code in the theme's amber
  const cols = 5;
  const cw = (x1 - x0) / cols;
  const palette = ['#f0c33c', '#7fd3c4', '#f4f1e6', '#e2683c', '#9bb8ff'];
  for (let c = 0; c < cols; c++) {
    const wx = x0 + c * cw + cw * 0.18;
    const ww = cw * 0.64;
    for (const [wy, wh] of [
      [H * 0.38, H * 0.2],
      [H * 0.62, H * 0.2],
    ]) {
      out.push(rect(wx, wy, ww, wh, { fill: '#1b1f2a', rx: 6 }));
      let y = wy + 16;
      while (y < wy + wh - 10) {
        const indent = r.int(0, 3) * 12;
        const len = r.range(0.2, 0.75) * (ww - 30 - indent);
        out.push(rect(wx + 12 + indent, y, len, 6, { fill: r.pick(palette), rx: 3, opacity: 0.9 }));
        y += 14;
      }
    }
    // columns between windows
    out.push(rect(x0 + c * cw - 10, H * 0.34, 20, base - H * 0.34, { fill: darken(stone, 0.06) }));
  }
  out.push(rect(x1 - 10, H * 0.34, 20, base - H * 0.34, { fill: darken(stone, 0.06) }));
  // people on the steps with laptops
  out.push(
    figure(s, W * 0.1, H * 0.99, H * 0.22, { body: '#3b6fd9', skin: '#8d5a3b', bag: '#e2683c' }),
    figure(s, W * 0.9, H * 0.99, H * 0.22, {
      body: '#b45309',
      skin: '#e3b28c',
      hair: '#6b3e22',
      flip: true,
    }),
  );
  out.push(vignette(s, W, H, 0.3));
  return out.join('');
}

/* ---------- data centres: an aisle of racks, or their heat warming a town ---------- */

export function serverAisle(s, W, H, p, r) {
  const { warm = false } = p;
  const out = [rect(0, 0, W, H, { fill: '#0d1622' })];
  const vx = W / 2;
  const vy = H * 0.45;
  // floor tiles converging on the vanishing point
  out.push(
    path(
      poly([
        [0, H],
        [W, H],
        [vx + 60, vy],
        [vx - 60, vy],
      ]),
      { fill: '#1b2735' },
    ),
  );
  for (let i = -8; i <= 8; i++)
    out.push(line(vx + i * 8, vy, vx + i * 160, H, { stroke: '#2c3e52', strokeWidth: 2 }));
  for (let k = 1; k < 10; k++) {
    const t = Math.pow(k / 10, 1.8);
    const y = vy + (H - vy) * t;
    out.push(line(0, y, W, y, { stroke: '#2c3e52', strokeWidth: 2, opacity: 0.7 }));
  }
  // rack rows on both sides, smaller towards the vanishing point
  for (const side of [-1, 1]) {
    for (let k = 0; k < 7; k++) {
      const t0 = k / 7;
      const t1 = (k + 0.9) / 7;
      const xa = vx + side * (W * 0.5 - (W * 0.5 - 80) * t0);
      const xb = vx + side * (W * 0.5 - (W * 0.5 - 80) * t1);
      const ha = H * 0.85 * (1 - t0) + 140 * t0;
      const hb = H * 0.85 * (1 - t1) + 140 * t1;
      const ya = vy + (H * 0.98 - vy) * (1 - t0);
      const yb = vy + (H * 0.98 - vy) * (1 - t1);
      out.push(
        path(
          poly([
            [xa, ya],
            [xb, yb],
            [xb, yb - hb],
            [xa, ya - ha],
          ]),
          {
            fill: s.lin([
              [0, '#202c3a'],
              [1, '#141c26'],
            ]),
            stroke: '#0a0f16',
            strokeWidth: 3,
          },
        ),
      );
      // blinking LEDs
      const n = Math.max(3, Math.round(12 * (1 - t0)));
      for (let j = 0; j < n; j++) {
        const u = (j + 0.5) / n;
        const x = xa + (xb - xa) * r.range(0.1, 0.9);
        const yTop = ya - ha + (yb - hb - (ya - ha)) * ((x - xa) / (xb - xa));
        const yBot = ya + (yb - ya) * ((x - xa) / (xb - xa));
        const y = yTop + (yBot - yTop) * u;
        const c = warm
          ? r.pick(['#ffb347', '#ff8a5c', '#7fd3c4'])
          : r.pick(['#5ce1e6', '#7fd3c4', '#9bb8ff', '#a3e635']);
        out.push(circle(x, y, Math.max(1.5, 5 * (1 - t0)), { fill: c, filter: s.glow(3) }));
      }
    }
  }
  out.push(glowSpot(s, vx, vy, W * 0.2, H * 0.12, warm ? '#ffb36b' : '#7fd3ff', 0.5));
  if (warm)
    out.push(
      rect(0, 0, W, H, {
        fill: s.lin([
          [0, '#ff8a3c', 0.35],
          [0.5, '#ff8a3c', 0],
        ]),
      }),
    );
  else
    out.push(
      rect(0, H * 0.7, W, H * 0.3, {
        fill: s.lin([
          [0, '#7fd3ff', 0],
          [1, '#7fd3ff', 0.18],
        ]),
      }),
    );
  out.push(vignette(s, W, H, 0.55));
  return out.join('');
}

export function heatNetwork(s, W, H, _p, r) {
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, '#cfe0ef'],
        [1, '#eef3f7'],
      ]),
    }),
  ];
  // snowy ground, isometric
  const O = [W * 0.5, H * 0.12];
  const P = (a, b, z = 0) => isoPt(O[0], O[1], a, b, z);
  out.push(path(poly([P(0, 0), P(1400, 0), P(1400, 1400), P(0, 1400)]), { fill: '#f7fafc' }));
  // heat pipes: from the data centre to three blocks, glowing orange
  const dc = [260, 260];
  const homes = [
    [900, 240],
    [960, 700],
    [520, 980],
  ];
  for (const [a, b] of homes) {
    const pts = [P(dc[0] + 220, dc[1] + 120), P(a, dc[1] + 120), P(a, b)];
    out.push(
      path(`M${pts.map(([x, y]) => `${f(x)} ${f(y)}`).join(' L')}`, {
        fill: 'none',
        stroke: '#9aa7b4',
        strokeWidth: 16,
        strokeLinejoin: 'round',
      }),
      path(`M${pts.map(([x, y]) => `${f(x)} ${f(y)}`).join(' L')}`, {
        fill: 'none',
        stroke: '#ff8a3c',
        strokeWidth: 6,
        strokeLinejoin: 'round',
        filter: s.glow(4),
      }),
    );
  }
  // the data centre: a long low box with vents
  const [dx, dy] = P(dc[0], dc[1]);
  out.push(isoBox(s, dx, dy, 440, 240, 120, '#5b6b7d'));
  for (let i = 0; i < 6; i++) {
    const [vx, vy] = isoPt(dx, dy, 50 + i * 65, 120, 120);
    out.push(ellipse(vx, vy, 20, 11, { fill: '#2b3440' }));
    out.push(
      path(`M${f(vx)} ${f(vy - 10)} q -14 -40 4 -80 q 16 -36 -2 -80`, {
        fill: 'none',
        stroke: '#ffffff',
        strokeWidth: 14,
        strokeLinecap: 'round',
        opacity: 0.55,
        filter: s.blur(4),
      }),
    );
  }
  // homes: blocks with lit windows and snowy roofs
  for (const [a, b] of homes) {
    const [hx, hy] = P(a - 80, b - 80);
    const h = r.range(160, 260);
    out.push(isoBox(s, hx, hy, 160, 160, h, '#d98b5f', { top: '#ffffff' }));
    for (let z = 40; z < h - 20; z += 46)
      for (let k = 0; k < 3; k++) {
        const [wx, wy] = isoPt(hx, hy, 30 + k * 45, 160, z);
        out.push(
          path(
            poly([
              [wx, wy],
              [wx + 22, wy + 12],
              [wx + 22, wy - 16],
              [wx, wy - 28],
            ]),
            { fill: r() < 0.7 ? '#ffd98a' : '#7a4a34' },
          ),
        );
      }
  }
  // bare trees
  for (let i = 0; i < 7; i++) {
    const [tx, ty] = P(r.range(100, 1300), r.range(600, 1350));
    out.push(tree(s, tx, ty, 110, '#c7d3dd', { kind: 'cone' }));
  }
  out.push(vignette(s, W, H, 0.22, '#234'));
  return out.join('');
}

/* ---------- a schoolyard turned into a garden, gate open in the evening ---------- */

export function schoolyard(s, W, H, _p, r) {
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, '#f7b267'],
        [0.55, '#f4d6a0'],
        [1, '#f4e6c8'],
      ]),
    }),
  ];
  const base = H * 0.48;
  // the school: long building with big windows
  out.push(
    rect(W * 0.04, base - H * 0.3, W * 0.92, H * 0.3, { fill: '#e9dcc6' }),
    rect(W * 0.04, base - H * 0.32, W * 0.92, H * 0.03, { fill: '#8a5a44' }),
  );
  for (let i = 0; i < 10; i++)
    out.push(
      rect(W * (0.07 + i * 0.09), base - H * 0.25, W * 0.06, H * 0.16, {
        fill: i % 3 ? '#7f9cb0' : '#ffd98a',
      }),
    );
  // yard: earth, grass patches, hopscotch, a bench
  out.push(rect(0, base, W, H, { fill: '#d7c29a' }));
  for (let i = 0; i < 6; i++)
    out.push(
      ellipse(
        r.range(0, W),
        r.range(base + H * 0.08, H * 0.95),
        r.range(120, 260),
        r.range(30, 60),
        { fill: '#8fbf5a', opacity: 0.9 },
      ),
    );
  const hx = W * 0.42;
  const hy = H * 0.74;
  for (let i = 0; i < 6; i++) {
    const pair = i === 2 || i === 4;
    const cells = pair ? [-1, 1] : [0];
    for (const c of cells)
      out.push(
        rect(hx + c * 36 - 34, hy - i * 40, 68, 38, {
          fill: 'none',
          stroke: '#ffffff',
          strokeWidth: 4,
        }),
      );
  }
  // trees planted through the old asphalt
  for (let i = 0; i < 5; i++)
    out.push(
      tree(
        s,
        W * (0.1 + i * 0.2) + r.range(-30, 30),
        base + H * (0.2 + (i % 2) * 0.12),
        H * 0.42,
        i % 2 ? '#4f8a2e' : '#6aa84f',
      ),
    );
  // open gate and railings in front
  const gy = H * 0.97;
  for (let x = 0; x < W; x += 26) {
    if (x > W * 0.58 && x < W * 0.74) continue;
    out.push(rect(x, gy - H * 0.18, 7, H * 0.18, { fill: '#2f4858' }));
  }
  out.push(
    rect(0, gy - H * 0.18, W * 0.58, 8, { fill: '#2f4858' }),
    rect(W * 0.74, gy - H * 0.18, W * 0.26, 8, { fill: '#2f4858' }),
    g(
      [
        rect(0, 0, W * 0.08, 8, { fill: '#2f4858' }),
        ...[0, 1, 2, 3].map((k) => rect(k * 30, 0, 7, H * 0.18, { fill: '#2f4858' })),
      ],
      { transform: `translate(${f(W * 0.74)} ${f(gy - H * 0.18)}) skewY(-8) scale(0.7 1)` },
    ),
  );
  // families in the yard
  out.push(
    figure(s, W * 0.3, H * 0.88, H * 0.22, { body: '#2a9d8f', skin: '#8d5a3b' }),
    figure(s, W * 0.34, H * 0.88, H * 0.12, { body: '#e9c46a', skin: '#8d5a3b' }),
    figure(s, W * 0.66, H * 0.84, H * 0.21, {
      body: '#c2417a',
      skin: '#e3b28c',
      hair: '#6b3e22',
      flip: true,
    }),
    figure(s, W * 0.85, H * 0.8, H * 0.2, { body: '#3b6fd9', skin: '#f1cfb3', hair: '#b08a5a' }),
  );
  out.push(vignette(s, W, H, 0.25));
  return out.join('');
}

/* ---------- care robots: a lifting arm beside a bed, a carer at the window ---------- */

export function careRoom(s, W, H, _p, _r) {
  const out = [
    rect(0, 0, W, H, { fill: '#e8eef0' }),
    rect(0, H * 0.72, W, H * 0.28, { fill: '#c9b79a' }),
    rect(0, H * 0.7, W, H * 0.02, { fill: '#b5c3c8' }),
  ];
  // window with a tree outside
  const wx = W * 0.06;
  const wy = H * 0.12;
  const ww = W * 0.3;
  const wh = H * 0.42;
  out.push(
    rect(wx, wy, ww, wh, {
      fill: s.lin([
        [0, '#a7d3ef'],
        [1, '#e4f3fb'],
      ]),
    }),
    tree(s, wx + ww * 0.6, wy + wh * 1.05, wh * 0.9, '#6aa84f'),
    rect(wx, wy, ww, wh, { fill: 'none', stroke: '#ffffff', strokeWidth: 16 }),
    line(wx + ww / 2, wy, wx + ww / 2, wy + wh, { stroke: '#ffffff', strokeWidth: 10 }),
    rect(0, 0, W, H, {
      fill: s.lin(
        [
          [0, '#fff7da', 0.3],
          [1, '#fff7da', 0],
        ],
        0,
        0,
        1,
        0.6,
      ),
    }),
  );
  // the bed, headboard and pillow on the left, the resident sitting up against them
  const bx = W * 0.44;
  const by = H * 0.74;
  out.push(
    ellipse(bx + W * 0.2, by + 10, W * 0.24, 20, {
      fill: '#000',
      opacity: 0.2,
      filter: s.blur(10),
    }),
    rect(bx + W * 0.02, by - H * 0.36, 22, H * 0.36, { fill: '#9aa7b4', rx: 8 }),
    rect(bx, by - H * 0.2, W * 0.42, H * 0.12, { fill: '#f4f1e6', rx: 16 }),
    rect(bx, by - H * 0.1, W * 0.42, H * 0.04, { fill: '#9aa7b4' }),
    rect(bx + 10, by - H * 0.06, 16, H * 0.06, { fill: '#6b7280' }),
    rect(bx + W * 0.4, by - H * 0.06, 16, H * 0.06, { fill: '#6b7280' }),
    rect(bx + W * 0.04, by - H * 0.34, W * 0.06, H * 0.16, { fill: '#ffffff', rx: 24 }),
  );
  out.push(
    ellipse(bx + W * 0.1, by - H * 0.27, W * 0.045, H * 0.08, { fill: '#c2417a' }),
    circle(bx + W * 0.1, by - H * 0.39, H * 0.045, { fill: '#e3b28c' }),
    path(
      `M${f(bx + W * 0.07)} ${f(by - H * 0.4)} q ${f(W * 0.03)} ${f(-H * 0.06)} ${f(W * 0.06)} 0`,
      {
        fill: '#dcdcdc',
      },
    ),
    rect(bx + W * 0.1, by - H * 0.25, W * 0.31, H * 0.08, { fill: '#8fb8d8', rx: 20 }),
  );
  // the lifting robot: a white arm on a wheeled base, its hand at the resident's side
  out.push(
    robotArm(s, W * 0.36, by + H * 0.02, 0.55, 28, 72, 20, '#f4f6f8', { dark: '#5b6b7d' }).markup,
  );
  // the carer beside the window
  out.push(
    figure(s, W * 0.24, H * 0.92, H * 0.48, {
      body: '#2a9d8f',
      legs: '#2a9d8f',
      skin: '#8d5a3b',
      hair: '#1d1410',
    }),
  );
  out.push(vignette(s, W, H, 0.25));
  return out.join('');
}

/* ---------- a cargo bike leaving a neighbourhood hub ---------- */

export function cargoBike(s, W, H, _p, r) {
  const out = [
    rect(0, 0, W, H, {
      fill: s.lin([
        [0, '#cfe8f3'],
        [1, '#f3efe4'],
      ]),
    }),
  ];
  const base = H * 0.6;
  out.push(
    facades(s, r, -20, W + 40, base, H * 0.35, H * 0.55, [
      '#e8d5c0',
      '#f1e2cf',
      '#d9c2a7',
      '#cfd8d3',
    ]),
  );
  // the hub: a shop front with parcels on shelves
  const hx = W * 0.58;
  out.push(
    rect(hx, base - H * 0.26, W * 0.34, H * 0.26, { fill: '#31475b' }),
    rect(hx + 20, base - H * 0.22, W * 0.34 - 40, H * 0.22, { fill: '#f4e6c8' }),
    rect(hx - 10, base - H * 0.3, W * 0.34 + 20, H * 0.05, { fill: '#15803d' }),
  );
  for (let shelf = 0; shelf < 3; shelf++)
    for (let k = 0; k < 7; k++) {
      const w = r.range(30, 60);
      out.push(
        rect(hx + 34 + k * 68, base - H * 0.05 - shelf * H * 0.065 - w * 0.7, w, w * 0.7, {
          fill: r.pick(['#c99a62', '#b5834f', '#d9b07a']),
        }),
      );
    }
  out.push(
    rect(0, base, W, H * 0.06, { fill: '#d9d2c3' }),
    rect(0, base + H * 0.06, W, H, { fill: '#8d9098' }),
  );
  out.push(rect(0, base + H * 0.06, W, H * 0.12, { fill: '#3f8f6e' }));
  for (let i = 0; i < 10; i++)
    out.push(rect(i * W * 0.11, base + H * 0.115, W * 0.05, 8, { fill: '#f4f1e6', opacity: 0.8 }));
  // the cargo bike: rider, and a big box over a long front
  const y = base + H * 0.17;
  const x = W * 0.34;
  const h = H * 0.36;
  const u = h / 10;
  out.push(
    g([
      line(x + u * 2.3, y - u * 1.9, x + u * 7.2, y - u * 1.9, {
        stroke: '#2b2f38',
        strokeWidth: f(u * 0.4),
      }),
      circle(x + u * 7.4, y - u * 1.3, u * 1.3, {
        fill: 'none',
        stroke: '#2b2f38',
        strokeWidth: f(u * 0.35),
      }),
      rect(x + u * 3.2, y - u * 6.2, u * 4.6, u * 3.9, { fill: '#15803d', rx: u * 0.3 }),
      rect(x + u * 3.6, y - u * 7.6, u * 1.8, u * 1.4, { fill: '#c99a62' }),
      rect(x + u * 5.6, y - u * 7.2, u * 1.6, u * 1.0, { fill: '#d9b07a' }),
      rect(x + u * 4.4, y - u * 8.6, u * 1.4, u * 1.0, { fill: '#b5834f' }),
    ]),
    cyclist(s, x, y, h, { body: '#e9c46a', skin: '#8d5a3b', bike: '#2b2f38', hair: '#1d1410' }),
  );
  // a pedestrian and a parked bike by the hub
  out.push(
    figure(s, W * 0.9, base + H * 0.05, H * 0.24, { body: '#c2417a', skin: '#e3b28c', flip: true }),
  );
  out.push(vignette(s, W, H, 0.28));
  return out.join('');
}
