/**
 * Parametric car drawings: side profile (modern, clay, wireframe), top view and
 * front view by era (for the grilles story). All cars are generic, no brand.
 */
import { circle, darken, ellipse, f, g, lighten, line, mix, path } from './svg.mjs';

/**
 * Side profile facing right. x0 = rear end, gy = ground line, L = length in px.
 * opts: color, mode ('paint' | 'clay' | 'wire' | 'silhouette'), h (height scale),
 * wheel ('aero' | 'spoke' | 'vintage'), lights (bool), flip (face left), glass colour,
 * tape (bool: designer tape lines), shadow (bool), sky (reflection tint).
 */
export function carSide(s, x0, gy, L, o = {}) {
  const {
    color = '#d9603b',
    mode = 'paint',
    h = 1,
    wheel = 'aero',
    lights = false,
    flip = false,
    glass = '#1d2633',
    tape = false,
    shadow = true,
    sky = '#ffffff',
    wireColor = '#8fd3ff',
    roof = 'fastback',
    ground = 0.075,
    wheels = true,
    biw = false,
  } = o;
  const V = (v) => (v <= ground ? v : ground + (v - ground) * h);
  const P = (u, v) => `${f(x0 + u * L)} ${f(gy - V(v) * L)}`;
  const X = (u) => x0 + u * L;
  const Y = (v) => gy - V(v) * L;
  const ar = 0.088 * L;
  const wr = 0.072 * L;
  const hatch = roof === 'hatch';
  const body =
    `M${P(0.015, 0.085)} L${P(0.112, 0.075)} A${f(ar)} ${f(ar)} 0 0 1 ${P(0.288, 0.075)} L${P(0.712, 0.075)} ` +
    `A${f(ar)} ${f(ar)} 0 0 1 ${P(0.888, 0.075)} L${P(0.965, 0.08)} C${P(0.99, 0.085)} ${P(1.0, 0.11)} ${P(1.0, 0.135)} ` +
    `C${P(1.0, 0.16)} ${P(0.99, 0.175)} ${P(0.95, 0.185)} C${P(0.86, 0.2)} ${P(0.74, 0.21)} ${P(0.67, 0.225)} ` +
    `C${P(0.6, 0.26)} ${P(0.56, 0.29)} ${P(0.5, 0.3)} ` +
    (hatch
      ? `C${P(0.4, 0.31)} ${P(0.2, 0.31)} ${P(0.09, 0.29)} C${P(0.04, 0.28)} ${P(0.02, 0.25)} ${P(0.01, 0.21)} C${P(0.005, 0.19)} ${P(0.0, 0.18)} ${P(0.0, 0.17)} `
      : `C${P(0.42, 0.31)} ${P(0.33, 0.305)} ${P(0.27, 0.285)} C${P(0.18, 0.26)} ${P(0.1, 0.235)} ${P(0.04, 0.22)} C${P(0.015, 0.215)} ${P(0.0, 0.2)} ${P(0.0, 0.17)} `) +
    `L${P(0.0, 0.11)} C${P(0.0, 0.095)} ${P(0.005, 0.087)} ${P(0.015, 0.085)} Z`;
  const win = hatch
    ? `M${P(0.655, 0.228)} C${P(0.595, 0.258)} ${P(0.56, 0.283)} ${P(0.5, 0.29)} C${P(0.4, 0.3)} ${P(0.22, 0.298)} ${P(0.11, 0.282)} C${P(0.08, 0.27)} ${P(0.07, 0.25)} ${P(0.075, 0.232)} C${P(0.25, 0.228)} ${P(0.5, 0.226)} ${P(0.655, 0.228)} Z`
    : `M${P(0.655, 0.228)} C${P(0.595, 0.258)} ${P(0.56, 0.283)} ${P(0.5, 0.29)} C${P(0.42, 0.298)} ${P(0.34, 0.295)} ${P(0.28, 0.278)} C${P(0.22, 0.262)} ${P(0.17, 0.245)} ${P(0.13, 0.232)} C${P(0.25, 0.228)} ${P(0.5, 0.226)} ${P(0.655, 0.228)} Z`;
  const parts = [];
  const top = Y(0.31);
  const bottom = Y(0.06);
  if (shadow && mode !== 'wire') {
    parts.push(
      ellipse(X(0.5), gy + 0.004 * L, 0.56 * L, 0.022 * L, {
        fill: '#000',
        opacity: 0.55,
        filter: s.blur(f(0.014 * L)),
      }),
      ellipse(X(0.5), gy, 0.46 * L, 0.008 * L, {
        fill: '#000',
        opacity: 0.7,
        filter: s.blur(f(0.004 * L)),
      }),
    );
  }
  if (mode === 'wire') {
    const st = {
      fill: 'none',
      stroke: wireColor,
      strokeWidth: f(Math.max(1.2, L * 0.0022)),
      strokeLinejoin: 'round',
    };
    parts.push(
      path(body, { ...st, fill: wireColor, fillOpacity: 0.06 }),
      path(win, { ...st, opacity: 0.8 }),
    );
    for (const u of [0.2, 0.8]) {
      parts.push(
        circle(X(u), Y(0.075), wr, st),
        circle(X(u), Y(0.075), wr * 0.62, { ...st, opacity: 0.6 }),
      );
    }
    // section lines
    for (let i = 1; i < 12; i++) {
      const u = i / 12;
      parts.push(
        line(X(u), Y(0.08), X(u), Y(0.3), { stroke: wireColor, strokeWidth: 0.8, opacity: 0.18 }),
      );
    }
    return g(parts, flip ? { transform: `translate(${f(2 * X(0.5))} 0) scale(-1 1)` } : {});
  }
  const dark = mode === 'silhouette' ? color : darken(color, 0.72);
  // wheel arches
  if (wheels)
    for (const u of [0.2, 0.8])
      parts.push(circle(X(u), Y(0.075), ar * 0.97, { fill: darken(color, 0.85) }));
  let fill;
  if (mode === 'silhouette') fill = color;
  else if (mode === 'clay')
    fill = s.lin(
      [
        [0, lighten(color, 0.3)],
        [0.28, lighten(color, 0.12)],
        [0.55, color],
        [0.8, darken(color, 0.18)],
        [1, darken(color, 0.4)],
      ],
      0,
      top,
      0,
      bottom,
      true,
    );
  else
    fill = s.lin(
      [
        [0, mix(lighten(color, 0.5), sky, 0.3)],
        [0.22, lighten(color, 0.18)],
        [0.42, color],
        [0.47, darken(color, 0.25)],
        [0.62, darken(color, 0.05)],
        [0.85, darken(color, 0.35)],
        [1, darken(color, 0.6)],
      ],
      0,
      top,
      0,
      bottom,
      true,
    );
  parts.push(path(body, { fill }));
  if (mode !== 'silhouette') {
    // horizontal sheen, clipped to the body
    const clip = s.clip(path(body));
    parts.push(
      g(
        [
          ellipse(X(0.45), Y(0.2), L * 0.42, L * 0.012, {
            fill: mode === 'clay' ? lighten(color, 0.5) : sky,
            opacity: mode === 'clay' ? 0.35 : 0.55,
            filter: s.blur(f(L * 0.008)),
          }),
          ellipse(X(0.5), Y(0.09), L * 0.5, L * 0.02, {
            fill: '#000',
            opacity: 0.25,
            filter: s.blur(f(L * 0.01)),
          }),
        ],
        { clipPath: clip },
      ),
    );
    // shoulder line highlight and lower crease
    parts.push(
      path(`M${P(0.02, 0.198)} C${P(0.3, 0.19)} ${P(0.7, 0.182)} ${P(0.965, 0.176)}`, {
        fill: 'none',
        stroke: lighten(color, 0.6),
        strokeWidth: f(L * 0.0025),
        opacity: 0.55,
      }),
      path(`M${P(0.3, 0.11)} C${P(0.45, 0.108)} ${P(0.6, 0.108)} ${P(0.7, 0.11)}`, {
        fill: 'none',
        stroke: darken(color, 0.4),
        strokeWidth: f(L * 0.002),
        opacity: 0.5,
      }),
    );
    // glass
    if (mode === 'clay') {
      parts.push(path(win, { fill: darken(color, 0.12), opacity: 0.55 }));
      parts.push(
        path(win, { fill: 'none', stroke: darken(color, 0.35), strokeWidth: f(L * 0.0018) }),
      );
    } else {
      parts.push(
        path(win, {
          fill: s.lin(
            [
              [0, lighten(glass, 0.25)],
              [0.5, glass],
              [1, darken(glass, 0.4)],
            ],
            0,
            Y(0.3),
            0,
            Y(0.228),
            true,
          ),
        }),
      );
      const wclip = s.clip(path(win));
      parts.push(
        g(
          [
            path(`M${P(0.5, 0.33)} L${P(0.56, 0.33)} L${P(0.42, 0.2)} L${P(0.36, 0.2)} Z`, {
              fill: sky,
              opacity: 0.18,
            }),
            path(`M${P(0.3, 0.33)} L${P(0.33, 0.33)} L${P(0.2, 0.2)} L${P(0.17, 0.2)} Z`, {
              fill: sky,
              opacity: 0.12,
            }),
          ],
          { clipPath: wclip },
        ),
      );
      // pillars
      parts.push(
        path(`M${P(0.44, 0.228)} L${P(0.445, 0.298)}`, {
          stroke: darken(color, 0.5),
          strokeWidth: f(L * 0.008),
        }),
      );
      // door cuts and handles
      for (const u of [0.44, 0.655]) {
        parts.push(
          path(`M${P(u, 0.085)} L${P(u + 0.004, 0.222)}`, {
            stroke: darken(color, 0.45),
            strokeWidth: f(L * 0.0016),
            opacity: 0.6,
          }),
        );
      }
      for (const u of [0.37, 0.58]) {
        parts.push(
          path(`M${P(u, 0.19)} L${P(u + 0.045, 0.19)}`, {
            stroke: darken(color, 0.35),
            strokeWidth: f(L * 0.004),
            strokeLinecap: 'round',
            opacity: 0.7,
          }),
        );
      }
    }
    if (biw)
      return g(parts, flip ? { transform: `translate(${f(2 * X(0.5))} 0) scale(-1 1)` } : {});
    // lights (a clay model has none)
    if (mode !== 'clay') {
      const headC = lights ? '#fff7e0' : lighten(color, 0.7);
      parts.push(
        path(`M${P(0.915, 0.186)} C${P(0.95, 0.182)} ${P(0.975, 0.176)} ${P(0.99, 0.168)}`, {
          fill: 'none',
          stroke: headC,
          strokeWidth: f(L * 0.007),
          strokeLinecap: 'round',
          filter: lights ? s.glow(f(L * 0.006)) : undefined,
        }),
        path(`M${P(0.004, 0.19)} C${P(0.015, 0.198)} ${P(0.03, 0.205)} ${P(0.055, 0.21)}`, {
          fill: 'none',
          stroke: lights ? '#ff3b30' : darken('#c0392b', 0.2),
          strokeWidth: f(L * 0.007),
          strokeLinecap: 'round',
          filter: lights ? s.glow(f(L * 0.005)) : undefined,
        }),
      );
    }
    if (tape) {
      const tp = {
        fill: 'none',
        stroke: '#111',
        strokeWidth: f(L * 0.0035),
        strokeLinecap: 'round',
      };
      parts.push(
        path(`M${P(0.0, 0.165)} C${P(0.3, 0.17)} ${P(0.7, 0.165)} ${P(1.0, 0.15)}`, tp),
        path(`M${P(0.3, 0.13)} C${P(0.5, 0.125)} ${P(0.7, 0.13)} ${P(0.86, 0.165)}`, tp),
      );
    }
  }
  // wheels
  if (wheels)
    for (const u of [0.2, 0.8])
      parts.push(wheelSide(s, X(u), Y(0.075), wr, wheel, mode === 'silhouette' ? color : null));
  void dark;
  return g(parts, flip ? { transform: `translate(${f(2 * X(0.5))} 0) scale(-1 1)` } : {});
}

export function wheelSide(s, cx, cy, r, style = 'aero', flat = null) {
  if (flat) return circle(cx, cy, r, { fill: flat });
  const parts = [
    circle(cx, cy, r, { fill: '#121317' }),
    circle(cx, cy, r * 0.93, { fill: 'none', stroke: '#2a2c33', strokeWidth: f(r * 0.04) }),
  ];
  const rim = r * 0.68;
  if (style === 'vintage') {
    parts.push(circle(cx, cy, rim, { fill: '#e9e4d8' }));
    for (let i = 0; i < 16; i++) {
      const a = (i / 16) * Math.PI * 2;
      parts.push(
        line(cx, cy, cx + Math.cos(a) * rim * 0.9, cy + Math.sin(a) * rim * 0.9, {
          stroke: '#b9b2a0',
          strokeWidth: f(r * 0.025),
        }),
      );
    }
    parts.push(circle(cx, cy, rim * 0.25, { fill: '#c8c0ae' }));
    return g(parts);
  }
  parts.push(
    circle(cx, cy, rim, {
      fill: s.rad(
        [
          [0, '#f4f6f8'],
          [0.6, '#b8bec6'],
          [0.9, '#6d737c'],
          [1, '#3a3e45'],
        ],
        0.4,
        0.35,
        0.75,
      ),
    }),
  );
  const n = style === 'spoke' ? 5 : 7;
  for (let i = 0; i < n; i++) {
    const a = (i / n) * Math.PI * 2 + 0.3;
    const a2 = a + (style === 'spoke' ? 0.28 : 0.16);
    const r1 = rim * 0.3;
    const r2 = rim * 0.92;
    parts.push(
      path(
        `M${f(cx + Math.cos(a) * r1)} ${f(cy + Math.sin(a) * r1)} L${f(cx + Math.cos(a) * r2)} ${f(cy + Math.sin(a) * r2)} L${f(
          cx + Math.cos(a2) * r2,
        )} ${f(cy + Math.sin(a2) * r2)} L${f(cx + Math.cos(a2) * r1)} ${f(cy + Math.sin(a2) * r1)} Z`,
        { fill: '#2b2f36', opacity: style === 'spoke' ? 0.9 : 0.55 },
      ),
    );
  }
  parts.push(
    circle(cx, cy, rim * 0.2, { fill: '#d7dbe0' }),
    circle(cx, cy, rim * 0.08, { fill: '#4b5058' }),
  );
  return g(parts);
}

/** Top view (for aerial scenes); cx,cy centre, angle in degrees, L length. */
export function carTop(s, cx, cy, L, angle = 0, color = '#d9603b', lights = false) {
  const W = L * 0.44;
  const x = -L / 2;
  const y = -W / 2;
  const parts = [
    `<rect x="${f(x + L * 0.02)}" y="${f(y + W * 0.1)}" width="${f(L)}" height="${f(W)}" rx="${f(W * 0.35)}" fill="#000" opacity="0.35" filter="${s.blur(f(L * 0.03))}"/>`,
    `<rect x="${f(x)}" y="${f(y)}" width="${f(L)}" height="${f(W)}" rx="${f(W * 0.38)}" fill="${s.lin(
      [
        [0, lighten(color, 0.25)],
        [0.5, color],
        [1, darken(color, 0.3)],
      ],
    )}"/>`,
    // glass
    `<path d="M${f(x + L * 0.58)} ${f(y + W * 0.14)} Q${f(x + L * 0.7)} 0 ${f(x + L * 0.58)} ${f(-y - W * 0.14)} L${f(x + L * 0.28)} ${f(-y - W * 0.12)} Q${f(x + L * 0.18)} 0 ${f(x + L * 0.28)} ${f(y + W * 0.12)} Z" fill="#1b2330"/>`,
    `<rect x="${f(x + L * 0.33)}" y="${f(y + W * 0.18)}" width="${f(L * 0.22)}" height="${f(W * 0.64)}" rx="${f(W * 0.1)}" fill="${darken(color, 0.15)}"/>`,
  ];
  if (lights) {
    parts.push(
      `<path d="M${f(-x)} ${f(y + W * 0.2)} L${f(-x + L * 0.7)} ${f(y - W * 0.6)} L${f(-x + L * 0.7)} ${f(-y + W * 0.6)} L${f(-x)} ${f(-y - W * 0.2)} Z" fill="${s.lin(
        [
          [0, '#fff6d8', 0.55],
          [1, '#fff6d8', 0],
        ],
        0,
        0,
        1,
        0,
      )}"/>`,
      `<rect x="${f(x - L * 0.005)}" y="${f(y + W * 0.1)}" width="${f(L * 0.02)}" height="${f(W * 0.8)}" fill="#ff3b30" filter="${s.glow(3)}"/>`,
    );
  }
  return g(parts, { transform: `translate(${f(cx)} ${f(cy)}) rotate(${f(angle)})` });
}
