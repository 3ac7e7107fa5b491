/** Reusable scene pieces: backdrops, vignettes, light, isometric boxes, small figures, plants. */
import { circle, darken, ellipse, f, g, lighten, line, mix, path, poly, rect } from './svg.mjs';

export function fillBg(s, W, H, stops, x1 = 0, y1 = 0, x2 = 0, y2 = 1) {
  return rect(0, 0, W, H, { fill: s.lin(stops, x1, y1, x2, y2) });
}

export function vignette(s, W, H, strength = 0.55, color = '#000') {
  return rect(0, 0, W, H, {
    fill: s.rad(
      [
        [0, color, 0],
        [0.55, color, 0],
        [1, color, strength],
      ],
      0.5,
      0.5,
      0.75,
    ),
  });
}

/** Soft radial light pool. */
export function glowSpot(s, cx, cy, rx, ry, color, opacity = 1) {
  return ellipse(cx, cy, rx, ry, {
    fill: s.rad([
      [0, color, opacity],
      [0.4, color, opacity * 0.45],
      [1, color, 0],
    ]),
  });
}

/** Mask from inner markup; returns url(). */
export function mask(s, inner, attrs = '') {
  const id = s.uid('m');
  s.def(`<mask id="${id}" ${attrs}>${inner}</mask>`);
  return `url(#${id})`;
}

/** Vertical mirror of content about y=gy, fading out over depth px. */
export function reflection(s, content, gy, W, depth, opacity = 0.25) {
  const m = mask(
    s,
    rect(0, gy, W, depth, {
      fill: s.lin(
        [
          [0, '#fff', opacity],
          [1, '#fff', 0],
        ],
        0,
        gy,
        0,
        gy + depth,
        true,
      ),
    }),
    'maskUnits="userSpaceOnUse"',
  );
  return g(g(content, { transform: `translate(0 ${f(2 * gy)}) scale(1 -1)` }), { mask: m });
}

/**
 * Isometric box. (x, y) is the screen position of the bottom-front corner,
 * w along the right-down axis, d along the left-down axis, h height. Faces
 * shaded from a base colour; returns markup.
 */
export const ISO = { cx: Math.cos(Math.PI / 6), sy: 0.5 };
export function isoPt(x, y, a, b, z = 0) {
  // a: along right axis, b: along left axis, z: up
  return [x + (a - b) * ISO.cx, y + (a + b) * ISO.sy - z];
}
export function isoBox(s, ox, oy, w, d, h, color, o = {}) {
  const {
    top = lighten(color, 0.25),
    left = color,
    right = darken(color, 0.22),
    stroke = null,
    opacity = 1,
  } = o;
  const P = (a, b, z) => isoPt(ox, oy, a, b, z);
  // ox,oy = back corner (a=0,b=0) on the ground
  const T = [P(0, 0, h), P(w, 0, h), P(w, d, h), P(0, d, h)];
  const Lf = [P(0, d, 0), P(w, d, 0), P(w, d, h), P(0, d, h)];
  const Rf = [P(w, 0, 0), P(w, d, 0), P(w, d, h), P(w, 0, h)];
  const st = stroke ? { stroke, strokeWidth: 1, strokeLinejoin: 'round' } : {};
  return g(
    [
      path(poly(Lf), { fill: left, ...st }),
      path(poly(Rf), { fill: right, ...st }),
      path(poly(T), { fill: top, ...st }),
    ],
    {
      opacity: opacity !== 1 ? opacity : undefined,
    },
  );
}

/** Simple standing figure (flat), feet at (x, y), height hgt. */
export function figure(s, x, y, hgt, o = {}) {
  const {
    body = '#2f4858',
    skin = '#c98e6b',
    legs = '#1d2530',
    hair = '#2a1d18',
    bag = null,
    pose = 0,
    flip = false,
  } = o;
  const u = hgt / 10;
  const parts = [
    ellipse(x, y, u * 1.6, u * 0.35, { fill: '#000', opacity: 0.25, filter: s.blur(f(u * 0.3)) }),
    // legs
    path(
      `M${f(x - u * 0.7)} ${f(y - u * 4.6)} L${f(x - u * 0.9 - pose * u)} ${f(y)} L${f(x - u * 0.2 - pose * u)} ${f(y)} L${f(x)} ${f(y - u * 3.2)} L${f(x + u * 0.2 + pose * u)} ${f(y)} L${f(x + u * 0.9 + pose * u)} ${f(y)} L${f(x + u * 0.7)} ${f(y - u * 4.6)} Z`,
      { fill: legs },
    ),
    // torso
    path(
      `M${f(x - u * 1.1)} ${f(y - u * 4.4)} L${f(x - u * 1.0)} ${f(y - u * 7.6)} Q${f(x)} ${f(y - u * 8.3)} ${f(x + u * 1.0)} ${f(y - u * 7.6)} L${f(x + u * 1.1)} ${f(y - u * 4.4)} Z`,
      { fill: body },
    ),
    // arms
    path(
      `M${f(x - u * 1.0)} ${f(y - u * 7.5)} L${f(x - u * 1.45 - pose * u * 0.5)} ${f(y - u * 4.6)}`,
      { stroke: darken(body, 0.15), strokeWidth: f(u * 0.55), strokeLinecap: 'round' },
    ),
    path(
      `M${f(x + u * 1.0)} ${f(y - u * 7.5)} L${f(x + u * 1.45 + pose * u * 0.5)} ${f(y - u * 4.6)}`,
      { stroke: darken(body, 0.15), strokeWidth: f(u * 0.55), strokeLinecap: 'round' },
    ),
    // head
    rect(x - u * 0.3, y - u * 8.4, u * 0.6, u * 0.6, { fill: darken(skin, 0.15) }),
    circle(x, y - u * 9.0, u * 0.85, { fill: skin }),
    path(
      `M${f(x - u * 0.88)} ${f(y - u * 8.9)} Q${f(x - u * 0.9)} ${f(y - u * 10.05)} ${f(x)} ${f(y - u * 9.95)} Q${f(x + u * 0.95)} ${f(y - u * 9.95)} ${f(x + u * 0.88)} ${f(y - u * 8.9)} Q${f(x)} ${f(y - u * 9.5)} ${f(x - u * 0.88)} ${f(y - u * 8.9)} Z`,
      { fill: hair },
    ),
  ];
  if (bag) parts.push(rect(x + u * 0.9, y - u * 6.2, u * 1.1, u * 1.4, { fill: bag, rx: u * 0.2 }));
  return g(parts, flip ? { transform: `translate(${f(2 * x)} 0) scale(-1 1)` } : {});
}

/** Stylised tree: trunk + layered round canopy. */
export function tree(s, x, y, hgt, color = '#4f8a2e', o = {}) {
  const { trunk = '#5b4636', kind = 'round' } = o;
  const u = hgt / 10;
  const parts = [
    ellipse(x + u * 0.8, y, u * 2.6, u * 0.5, {
      fill: '#000',
      opacity: 0.22,
      filter: s.blur(f(u * 0.4)),
    }),
    rect(x - u * 0.25, y - u * 4.5, u * 0.5, u * 4.5, { fill: trunk }),
  ];
  if (kind === 'cone') {
    parts.push(
      path(
        `M${f(x)} ${f(y - hgt)} L${f(x + u * 2.2)} ${f(y - u * 2.5)} L${f(x - u * 2.2)} ${f(y - u * 2.5)} Z`,
        {
          fill: s.lin(
            [
              [0, lighten(color, 0.2)],
              [1, darken(color, 0.25)],
            ],
            0,
            0,
            1,
            0.3,
          ),
        },
      ),
    );
  } else {
    const c = s.rad(
      [
        [0, lighten(color, 0.3)],
        [0.6, color],
        [1, darken(color, 0.3)],
      ],
      0.35,
      0.3,
      0.8,
    );
    parts.push(
      circle(x - u * 1.3, y - u * 5.4, u * 2.0, { fill: c }),
      circle(x + u * 1.3, y - u * 5.6, u * 2.1, { fill: c }),
      circle(x, y - u * 7.4, u * 2.5, { fill: c }),
    );
  }
  return g(parts);
}

/** Long thin light streak with glow (used for speed / light trails). */
export function streak(s, x1, y1, x2, y2, color, w = 3, op = 0.9) {
  return line(x1, y1, x2, y2, {
    stroke: color,
    strokeWidth: w,
    strokeLinecap: 'round',
    opacity: op,
    filter: s.glow(w * 1.5),
  });
}

/** Burst of welding sparks around (cx, cy). */
export function sparks(s, r, cx, cy, size, n = 40, dir = Math.PI / 2, spread = Math.PI) {
  const parts = [
    circle(cx, cy, size * 0.9, {
      fill: s.rad([
        [0, '#fff8d0', 0.95],
        [0.2, '#ffc86b', 0.6],
        [1, '#ff8a2a', 0],
      ]),
    }),
  ];
  const lines = [];
  for (let i = 0; i < n; i++) {
    const a = dir + (r() - 0.5) * spread;
    const d0 = size * r.range(0.05, 0.3);
    const d1 = d0 + size * r.range(0.3, 1.6) * (0.5 + r());
    const sag = size * r.range(0, 0.5);
    const x0 = cx + Math.cos(a) * d0;
    const y0 = cy + Math.sin(a) * d0;
    const x1 = cx + Math.cos(a) * d1;
    const y1 = cy + Math.sin(a) * d1 + sag;
    const hot = r() > 0.5 ? '#fff3c4' : '#ffb347';
    lines.push(
      path(
        `M${f(x0)} ${f(y0)} Q${f((x0 + x1) / 2)} ${f((y0 + y1) / 2 - sag * 0.3)} ${f(x1)} ${f(y1)}`,
        {
          fill: 'none',
          stroke: hot,
          strokeWidth: f((r.range(0.8, 2.4) * size) / 60),
          strokeLinecap: 'round',
          opacity: f(r.range(0.5, 1)),
        },
      ),
    );
  }
  parts.push(g(lines, { filter: s.glow(f(size / 40)) }));
  parts.push(circle(cx, cy, size * 0.08, { fill: '#ffffff', filter: s.glow(f(size / 15)) }));
  return g(parts);
}

/** Diagonal hatching pattern fill; returns url(). */
export function hatch(s, color, gap = 8, width = 1, angle = 45, opacity = 1) {
  const id = s.uid('p');
  s.def(
    `<pattern id="${id}" width="${gap}" height="${gap}" patternUnits="userSpaceOnUse" patternTransform="rotate(${angle})"><line x1="0" y1="0" x2="0" y2="${gap}" stroke="${color}" stroke-width="${width}" stroke-opacity="${opacity}"/></pattern>`,
  );
  return `url(#${id})`;
}

/** Dot grid pattern fill; returns url(). */
export function dots(s, color, gap = 24, r = 1.4, opacity = 0.5) {
  const id = s.uid('p');
  s.def(
    `<pattern id="${id}" width="${gap}" height="${gap}" patternUnits="userSpaceOnUse"><circle cx="${gap / 2}" cy="${gap / 2}" r="${r}" fill="${color}" fill-opacity="${opacity}"/></pattern>`,
  );
  return `url(#${id})`;
}

/** Rolling hills band from y (baseline) with amplitude amp. */
export function hills(s, r, W, y, amp, color, n = 5, bottom = 10000) {
  const pts = [];
  const k = n;
  for (let i = 0; i <= k; i++) pts.push([(i / k) * W * 1.2 - W * 0.1, y - amp * (0.3 + r() * 0.7)]);
  const d =
    `M${f(-W * 0.1)} ${f(bottom)} L${f(pts[0][0])} ${f(pts[0][1])}` +
    splineSeg(pts) +
    ` L${f(W * 1.1)} ${f(bottom)} Z`;
  return path(d, { fill: color });
}
function splineSeg(pts) {
  let d = '';
  for (let i = 0; i < pts.length - 1; i++) {
    const [x0, y0] = pts[i];
    const [x1, y1] = pts[i + 1];
    const mx = (x0 + x1) / 2;
    d += ` C${f(mx)} ${f(y0)} ${f(mx)} ${f(y1)} ${f(x1)} ${f(y1)}`;
  }
  return d;
}

export { darken, lighten, mix };
