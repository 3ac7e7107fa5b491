/**
 * Tiny SVG toolkit for the Parcours demo art: a seeded random generator,
 * colour helpers and an SVG document builder that collects gradient and
 * filter definitions. Everything here is deterministic.
 */

/** Mulberry32: small, fast, seeded PRNG returning floats in [0, 1). */
export function rng(seed) {
  let a = typeof seed === 'string' ? hashString(seed) : seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.range = (lo, hi) => lo + (hi - lo) * next();
  next.int = (lo, hi) => Math.floor(lo + (hi - lo + 1) * next());
  next.pick = (arr) => arr[Math.floor(next() * arr.length)];
  return next;
}

export function hashString(s) {
  let h = 2166136261 >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}

/* ---------- colours ---------- */

export function parseHex(hex) {
  const h = hex.replace('#', '');
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
}
export function toHex([r, g, b]) {
  const c = (v) =>
    Math.max(0, Math.min(255, Math.round(v)))
      .toString(16)
      .padStart(2, '0');
  return `#${c(r)}${c(g)}${c(b)}`;
}
export function mix(a, b, t) {
  const A = parseHex(a);
  const B = parseHex(b);
  return toHex(A.map((v, i) => v + (B[i] - v) * t));
}
export const lighten = (c, t) => mix(c, '#ffffff', t);
export const darken = (c, t) => mix(c, '#000000', t);

export function toHsl(hex) {
  const [r, g, b] = parseHex(hex).map((v) => v / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  let h = 0;
  let s = 0;
  if (max !== min) {
    const d = max - min;
    s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
    if (max === r) h = (g - b) / d + (g < b ? 6 : 0);
    else if (max === g) h = (b - r) / d + 2;
    else h = (r - g) / d + 4;
    h *= 60;
  }
  return [h, s, l];
}
export function hsl(h, s, l) {
  h = ((h % 360) + 360) % 360;
  s = Math.max(0, Math.min(1, s));
  l = Math.max(0, Math.min(1, l));
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  const [r, g, b] =
    h < 60
      ? [c, x, 0]
      : h < 120
        ? [x, c, 0]
        : h < 180
          ? [0, c, x]
          : h < 240
            ? [0, x, c]
            : h < 300
              ? [x, 0, c]
              : [c, 0, x];
  return toHex([(r + m) * 255, (g + m) * 255, (b + m) * 255]);
}
/** Shift hue/saturation/lightness of a hex colour. */
export function adjust(hex, { h = 0, s = 0, l = 0 } = {}) {
  const [H, S, L] = toHsl(hex);
  return hsl(H + h, S + s, L + l);
}

/* ---------- numbers ---------- */
export const f = (n) => (Math.round(n * 10) / 10).toString();
export const lerp = (a, b, t) => a + (b - a) * t;
export const clamp = (v, lo = 0, hi = 1) => Math.max(lo, Math.min(hi, v));
export const ease = (t) => (t < 0.5 ? 2 * t * t : 1 - Math.pow(-2 * t + 2, 2) / 2);
export const smooth = (t) => t * t * (3 - 2 * t);

/** Points → "M x y L x y ..." (closed when close=true). */
export function poly(points, close = true) {
  return (
    points.map(([x, y], i) => `${i ? 'L' : 'M'}${f(x)} ${f(y)}`).join(' ') + (close ? ' Z' : '')
  );
}
/** Smooth Catmull-Rom spline through points, as a cubic Bézier path. */
export function spline(points, close = false, tension = 0.5) {
  const n = points.length;
  if (n < 2) return '';
  const P = (i) => (close ? points[(i + n) % n] : points[Math.max(0, Math.min(n - 1, i))]);
  let d = `M${f(points[0][0])} ${f(points[0][1])}`;
  const segs = close ? n : n - 1;
  for (let i = 0; i < segs; i++) {
    const p0 = P(i - 1);
    const p1 = P(i);
    const p2 = P(i + 1);
    const p3 = P(i + 2);
    const k = tension / 3;
    const c1 = [p1[0] + (p2[0] - p0[0]) * k, p1[1] + (p2[1] - p0[1]) * k];
    const c2 = [p2[0] - (p3[0] - p1[0]) * k, p2[1] - (p3[1] - p1[1]) * k];
    d += ` C${f(c1[0])} ${f(c1[1])} ${f(c2[0])} ${f(c2[1])} ${f(p2[0])} ${f(p2[1])}`;
  }
  return close ? d + ' Z' : d;
}

/* ---------- document ---------- */

export class Svg {
  constructor(w, h, { viewW = w, viewH = h } = {}) {
    this.w = w;
    this.h = h;
    this.vw = viewW;
    this.vh = viewH;
    this.defs = [];
    this.body = [];
    this.n = 0;
    this.cache = new Map();
  }
  uid(p = 'i') {
    this.n += 1;
    return `${p}${this.n}`;
  }
  add(...parts) {
    for (const p of parts) if (p) this.body.push(p);
    return this;
  }
  def(str) {
    this.defs.push(str);
  }
  static stops(stops) {
    return stops
      .map((s) => {
        const [o, c, a = 1] = s;
        return `<stop offset="${o}" stop-color="${c}"${a !== 1 ? ` stop-opacity="${a}"` : ''}/>`;
      })
      .join('');
  }
  /** Linear gradient in bounding-box units (x1,y1 → x2,y2) or userSpace when user=true. */
  lin(stops, x1 = 0, y1 = 0, x2 = 0, y2 = 1, user = false) {
    const key = `l${JSON.stringify([stops, x1, y1, x2, y2, user])}`;
    if (this.cache.has(key)) return this.cache.get(key);
    const id = this.uid('g');
    this.def(
      `<linearGradient id="${id}" x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}"${
        user ? ' gradientUnits="userSpaceOnUse"' : ''
      }>${Svg.stops(stops)}</linearGradient>`,
    );
    const url = `url(#${id})`;
    this.cache.set(key, url);
    return url;
  }
  /** Radial gradient; in bounding-box units by default (cx,cy,r in 0..1). */
  rad(stops, cx = 0.5, cy = 0.5, r = 0.5, user = false, fx = cx, fy = cy) {
    const key = `r${JSON.stringify([stops, cx, cy, r, user, fx, fy])}`;
    if (this.cache.has(key)) return this.cache.get(key);
    const id = this.uid('g');
    this.def(
      `<radialGradient id="${id}" cx="${f3(cx)}" cy="${f3(cy)}" r="${f3(r)}" fx="${f3(fx)}" fy="${f3(fy)}"${
        user ? ' gradientUnits="userSpaceOnUse"' : ''
      }>${Svg.stops(stops)}</radialGradient>`,
    );
    const url = `url(#${id})`;
    this.cache.set(key, url);
    return url;
  }
  /** Gaussian blur filter (cached by deviation). */
  blur(std) {
    const key = `b${std}`;
    if (this.cache.has(key)) return this.cache.get(key);
    const id = this.uid('f');
    this.def(
      `<filter id="${id}" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="${std}"/></filter>`,
    );
    const url = `url(#${id})`;
    this.cache.set(key, url);
    return url;
  }
  /** Soft glow: blurred copy merged under the source graphic. */
  glow(std) {
    const key = `gl${std}`;
    if (this.cache.has(key)) return this.cache.get(key);
    const id = this.uid('f');
    this.def(
      `<filter id="${id}" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur in="SourceGraphic" stdDeviation="${std}" result="b"/><feMerge><feMergeNode in="b"/><feMergeNode in="b"/><feMergeNode in="SourceGraphic"/></feMerge></filter>`,
    );
    const url = `url(#${id})`;
    this.cache.set(key, url);
    return url;
  }
  /** Clip path from inner markup; returns url(). */
  clip(inner) {
    const id = this.uid('c');
    this.def(`<clipPath id="${id}">${inner}</clipPath>`);
    return `url(#${id})`;
  }
  toString() {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${this.w}" height="${this.h}" viewBox="0 0 ${this.vw} ${this.vh}" preserveAspectRatio="xMidYMid slice"><defs>${this.defs.join(
      '',
    )}</defs>${this.body.join('')}</svg>`;
  }
}
const f3 = (n) => (typeof n === 'number' ? (Math.round(n * 1000) / 1000).toString() : n);

/* ---------- small element helpers ---------- */
export const attrs = (o) =>
  Object.entries(o)
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(
      ([k, v]) =>
        `${k.replace(/[A-Z]/g, (m) => '-' + m.toLowerCase())}="${typeof v === 'number' ? f(v) : v}"`,
    )
    .join(' ');
export const rect = (x, y, w, h, a = {}) => `<rect ${attrs({ x, y, width: w, height: h, ...a })}/>`;
export const circle = (cx, cy, r, a = {}) => `<circle ${attrs({ cx, cy, r, ...a })}/>`;
export const ellipse = (cx, cy, rx, ry, a = {}) => `<ellipse ${attrs({ cx, cy, rx, ry, ...a })}/>`;
export const path = (d, a = {}) => `<path ${attrs({ d, ...a })}/>`;
export const line = (x1, y1, x2, y2, a = {}) => `<line ${attrs({ x1, y1, x2, y2, ...a })}/>`;
export const g = (inner, a = {}) =>
  `<g ${attrs(a)}>${Array.isArray(inner) ? inner.join('') : inner}</g>`;
export const text = (x, y, str, a = {}) =>
  `<text ${attrs({ x, y, ...a })}>${String(str).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</text>`;
