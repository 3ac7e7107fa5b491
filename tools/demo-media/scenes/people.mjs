/**
 * Stylised, invented people: flat-3D editorial portraits built from shapes.
 * No real person is depicted. `bust()` draws in a 1200×1500 local frame.
 */
import { carSide } from '../lib/car.mjs';
import { glowSpot, vignette } from '../lib/kit.mjs';
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
  rect,
} from '../lib/svg.mjs';

export const CAST = {
  'ines-marchal': {
    skin: '#e8b79a',
    hair: '#2b1a14',
    hairStyle: 'bob',
    clothes: '#2d2a3a',
    clothesStyle: 'turtleneck',
    bg: ['#f3c7ad', '#d9603b'],
    motif: 'swatches',
    earrings: '#e9c46a',
    lips: '#b85a4e',
    brow: 0,
  },
  'yacine-dorval': {
    skin: '#a86f4c',
    hair: '#1b1412',
    hairStyle: 'short',
    clothes: '#36495e',
    clothesStyle: 'workjacket',
    bg: ['#d8cbbb', '#7a6a58'],
    motif: 'gears',
    beard: true,
    lips: '#8a4f3c',
    brow: 1,
  },
  'odile-ferrant': {
    skin: '#f0c8aa',
    hair: '#8a4b2a',
    hairStyle: 'bun',
    clothes: '#f4f4f2',
    clothesStyle: 'labcoat',
    bg: ['#c7d6f5', '#3b6fd9'],
    motif: 'molecule',
    glasses: '#2b3a55',
    lips: '#c0675a',
    brow: 0,
  },
  'bastien-lo': {
    skin: '#e3b28c',
    hair: '#15110f',
    hairStyle: 'sidepart',
    clothes: '#1f6f64',
    clothesStyle: 'overshirt',
    bg: ['#bfe6dd', '#1f9d8a'],
    motif: 'map',
    lips: '#a85d4d',
    brow: 1,
  },
  'nadia-vasseur': {
    skin: '#8d5a3b',
    hair: '#1a1110',
    hairStyle: 'curly',
    clothes: '#2f5d8c',
    clothesStyle: 'overalls',
    bg: ['#f2c1d6', '#c2417a'],
    motif: 'wrench',
    earrings: '#f0d080',
    lips: '#7a3f34',
    brow: 0,
  },
  'teo-brunel': {
    skin: '#f1cfb3',
    hair: '#b07a3e',
    hairStyle: 'messy',
    clothes: '#55713a',
    clothesStyle: 'fieldjacket',
    bg: ['#d3e8c2', '#4f8a2e'],
    motif: 'leaves',
    lips: '#c47762',
    brow: 1,
    freckles: true,
  },
  'lucie-hamadi': {
    skin: '#c48a63',
    hair: '#24160f',
    hairStyle: 'long',
    clothes: '#e24b3b',
    clothesStyle: 'racesuit',
    bg: ['#c9d5f2', '#3b6fd9'],
    motif: 'track',
    lips: '#9c4e40',
    brow: 0,
  },
  'paul-keravec': {
    skin: '#ecc3a6',
    hair: '#c9c6c0',
    hairStyle: 'grey',
    clothes: '#6b4e3d',
    clothesStyle: 'cardigan',
    bg: ['#f2d5c4', '#d9603b'],
    motif: 'archive',
    glasses: '#5a3b2a',
    beard: true,
    lips: '#b56a5c',
    brow: 1,
    older: true,
  },
};

const HEAD =
  'M600 430 C702 430 768 512 766 618 C764 702 736 780 690 822 C660 848 630 860 600 860 C570 860 540 848 510 822 C464 780 436 702 434 618 C432 512 498 430 600 430 Z';

function hairBack(s, c, style) {
  const fill = s.lin([
    [0, lighten(c, 0.12)],
    [1, darken(c, 0.25)],
  ]);
  switch (style) {
    case 'bob':
      return path(
        'M600 380 C760 380 830 500 830 640 C830 740 820 820 790 880 L410 880 C380 820 370 740 370 640 C370 500 440 380 600 380 Z',
        { fill },
      );
    case 'long':
      return path(
        'M600 385 C760 385 830 500 825 660 C820 800 850 930 900 1060 C800 1110 700 1080 660 1040 L540 1040 C500 1080 400 1110 300 1060 C350 930 380 800 375 660 C370 500 440 385 600 385 Z',
        { fill },
      );
    case 'curly': {
      const parts = [];
      const pts = [];
      for (let i = 0; i < 16; i++) {
        const a = Math.PI + (i / 15) * Math.PI;
        pts.push([600 + Math.cos(a) * 250, 610 + Math.sin(a) * 235]);
      }
      pts.push([380, 700], [820, 700], [400, 780], [800, 780]);
      for (const [x, y] of pts) parts.push(circle(x, y, 78, { fill }));
      parts.push(circle(600, 560, 230, { fill }));
      return g(parts);
    }
    case 'bun':
      return g([
        circle(600, 360, 85, { fill }),
        path(
          'M600 410 C740 410 790 520 785 640 L770 700 L430 700 L415 640 C410 520 460 410 600 410 Z',
          { fill },
        ),
      ]);
    default:
      return '';
  }
}

function hairFront(s, c, style) {
  const fill = s.lin(
    [
      [0, lighten(c, 0.18)],
      [0.6, c],
      [1, darken(c, 0.2)],
    ],
    0,
    0,
    1,
    1,
  );
  const sheen = lighten(c, 0.35);
  switch (style) {
    case 'bob':
      return g([
        path(
          'M600 405 C730 405 800 480 805 600 C806 680 800 760 795 840 C770 760 760 660 740 580 C700 560 600 555 520 560 C480 590 450 640 440 700 C430 760 420 810 405 840 C395 760 392 680 395 600 C400 480 470 405 600 405 Z',
          { fill },
        ),
        path('M520 450 C580 430 680 440 730 500', {
          fill: 'none',
          stroke: sheen,
          strokeWidth: 10,
          strokeLinecap: 'round',
          opacity: 0.5,
        }),
      ]);
    case 'short':
      return g([
        path(
          'M440 600 C430 480 510 415 600 415 C700 415 775 480 762 600 C750 560 735 530 700 515 C640 495 560 495 500 515 C470 530 452 560 440 600 Z',
          { fill },
        ),
        path('M520 455 C580 440 650 445 700 470', {
          fill: 'none',
          stroke: sheen,
          strokeWidth: 6,
          strokeLinecap: 'round',
          opacity: 0.4,
        }),
      ]);
    case 'bun':
      return g([
        path(
          'M438 610 C430 490 510 418 600 418 C700 418 772 490 762 610 C740 540 690 505 620 500 C600 520 560 525 500 520 C465 545 445 575 438 610 Z',
          { fill },
        ),
        path('M520 462 C580 445 660 450 715 495', {
          fill: 'none',
          stroke: sheen,
          strokeWidth: 8,
          strokeLinecap: 'round',
          opacity: 0.45,
        }),
      ]);
    case 'sidepart':
      return g([
        path(
          'M436 620 C420 480 500 395 610 395 C720 395 790 470 765 610 C760 560 740 525 700 505 C640 480 560 500 520 540 C480 560 455 590 436 620 Z',
          { fill },
        ),
        path('M540 430 C600 410 690 420 740 480', {
          fill: 'none',
          stroke: sheen,
          strokeWidth: 9,
          strokeLinecap: 'round',
          opacity: 0.45,
        }),
      ]);
    case 'curly': {
      const parts = [];
      const r = [0, 1, 2, 3, 4, 5, 6, 7, 8];
      for (const i of r) {
        const a = Math.PI * 1.05 + (i / 8) * Math.PI * 0.9;
        parts.push(circle(600 + Math.cos(a) * 175, 575 + Math.sin(a) * 150, 62, { fill }));
      }
      parts.push(
        path('M470 470 Q600 420 730 470', {
          fill: 'none',
          stroke: sheen,
          strokeWidth: 8,
          opacity: 0.35,
          strokeLinecap: 'round',
        }),
      );
      // headband
      parts.push(
        path('M445 560 C520 470 680 470 755 560', {
          fill: 'none',
          stroke: '#e9a23b',
          strokeWidth: 26,
          strokeLinecap: 'round',
        }),
      );
      return g(parts);
    }
    case 'messy':
      return g([
        path(
          'M436 625 C415 500 480 395 600 392 C640 370 700 385 710 410 C770 430 800 520 765 620 C755 570 735 540 700 525 L690 490 L660 520 L630 485 L600 525 L560 490 L540 530 C490 540 455 575 436 625 Z',
          { fill },
        ),
        path('M530 430 C590 405 660 410 720 450', {
          fill: 'none',
          stroke: sheen,
          strokeWidth: 8,
          strokeLinecap: 'round',
          opacity: 0.45,
        }),
      ]);
    case 'long':
      return g([
        path(
          'M600 405 C720 405 790 480 790 600 C790 700 800 800 820 900 C770 830 755 700 745 590 C700 540 640 520 590 515 C540 530 480 560 455 610 C445 700 430 830 380 900 C400 800 410 700 410 600 C410 480 480 405 600 405 Z',
          { fill },
        ),
        path('M540 440 C600 420 690 430 750 500', {
          fill: 'none',
          stroke: sheen,
          strokeWidth: 10,
          strokeLinecap: 'round',
          opacity: 0.45,
        }),
      ]);
    case 'grey':
      return g([
        path(
          'M436 640 C425 540 470 460 540 440 C600 425 680 430 720 455 C770 490 775 560 764 640 C752 600 740 570 720 550 C700 520 660 510 630 512 L560 512 C520 520 480 545 462 580 C452 600 444 620 436 640 Z',
          { fill },
        ),
      ]);
    default:
      return '';
  }
}

function clothesMarkup(s, c, style) {
  const torso = 'M190 1500 C200 1240 300 1040 470 985 L730 985 C900 1040 1000 1240 1010 1500 Z';
  const fill = s.lin(
    [
      [0, lighten(c, 0.12)],
      [1, darken(c, 0.28)],
    ],
    0,
    0,
    1,
    1,
  );
  const parts = [path(torso, { fill })];
  const shade = darken(c, 0.3);
  switch (style) {
    case 'turtleneck':
      parts.push(
        path('M500 900 L700 900 L715 1010 C660 1040 540 1040 485 1010 Z', {
          fill: lighten(c, 0.08),
        }),
      );
      parts.push(
        path('M495 950 C560 975 640 975 705 950', {
          fill: 'none',
          stroke: shade,
          strokeWidth: 5,
          opacity: 0.6,
        }),
      );
      parts.push(
        path('M500 985 C560 1010 640 1010 700 985', {
          fill: 'none',
          stroke: shade,
          strokeWidth: 5,
          opacity: 0.6,
        }),
      );
      break;
    case 'workjacket':
      parts.push(
        path('M470 985 L600 1130 L730 985 L700 975 L600 1060 L500 975 Z', { fill: '#e8e2d6' }),
      );
      parts.push(
        path('M430 990 L600 1180 L560 1240 L380 1030 Z', { fill: darken(c, 0.12) }),
        path('M770 990 L600 1180 L640 1240 L820 1030 Z', { fill: darken(c, 0.12) }),
      );
      parts.push(line(600, 1180, 600, 1500, { stroke: shade, strokeWidth: 6 }));
      parts.push(
        path('M236 1330 L964 1330 L970 1380 L230 1380 Z', { fill: '#f2c94c' }),
        path('M234 1345 L966 1345 L968 1362 L232 1362 Z', { fill: '#e9eef2', opacity: 0.85 }),
      );
      break;
    case 'labcoat':
      parts.push(path('M505 985 L600 1100 L695 985 Z', { fill: '#6d8fc9' }));
      parts.push(
        path('M470 985 L600 1180 L520 1500 L330 1500 L400 1040 Z', { fill: '#ffffff' }),
        path('M730 985 L600 1180 L680 1500 L870 1500 L800 1040 Z', { fill: '#eef0ef' }),
      );
      parts.push(
        path('M470 985 L600 1180 M730 985 L600 1180', {
          stroke: '#c9cdd2',
          strokeWidth: 5,
          fill: 'none',
        }),
      );
      parts.push(
        rect(760, 1230, 130, 16, { fill: '#c9cdd2', rx: 6 }),
        rect(790, 1190, 12, 60, { fill: '#3b6fd9', rx: 5 }),
        rect(815, 1195, 12, 55, { fill: '#d9603b', rx: 5 }),
      );
      break;
    case 'overshirt':
      parts.push(path('M490 985 L600 1090 L710 985 Z', { fill: '#f3efe6' }));
      parts.push(
        path('M470 980 L600 1090 L540 1130 L430 1010 Z', { fill: lighten(c, 0.18) }),
        path('M730 980 L600 1090 L660 1130 L770 1010 Z', { fill: lighten(c, 0.18) }),
      );
      parts.push(line(600, 1090, 600, 1500, { stroke: shade, strokeWidth: 5 }));
      for (const y of [1180, 1290, 1400]) parts.push(circle(618, y, 9, { fill: lighten(c, 0.4) }));
      parts.push(
        rect(300, 1190, 170, 130, { fill: 'none', stroke: shade, strokeWidth: 5, rx: 10 }),
      );
      break;
    case 'overalls':
      parts[0] = path(torso, {
        fill: s.lin(
          [
            [0, '#f3ede2'],
            [1, '#d8d0c2'],
          ],
          0,
          0,
          1,
          1,
        ),
      });
      parts.push(
        path('M500 985 C540 1020 660 1020 700 985', {
          fill: 'none',
          stroke: '#cfc5b3',
          strokeWidth: 8,
        }),
      );
      parts.push(path('M330 1250 L870 1250 L910 1500 L290 1500 Z', { fill }));
      parts.push(
        path('M380 1050 L440 1260 L380 1260 L320 1080 Z', { fill: darken(c, 0.1) }),
        path('M820 1050 L760 1260 L820 1260 L880 1080 Z', { fill: darken(c, 0.1) }),
      );
      parts.push(
        circle(410, 1240, 16, { fill: '#d9b45a' }),
        circle(790, 1240, 16, { fill: '#d9b45a' }),
      );
      parts.push(
        rect(520, 1300, 160, 110, {
          fill: 'none',
          stroke: lighten(c, 0.25),
          strokeWidth: 5,
          rx: 8,
        }),
      );
      break;
    case 'fieldjacket':
      parts.push(path('M500 985 L600 1070 L700 985 Z', { fill: '#e9e4d4' }));
      parts.push(
        path('M455 960 L600 1070 L520 1120 L400 1000 Z', { fill: lighten(c, 0.15) }),
        path('M745 960 L600 1070 L680 1120 L800 1000 Z', { fill: lighten(c, 0.15) }),
      );
      parts.push(line(600, 1070, 600, 1500, { stroke: '#c9c2a8', strokeWidth: 8 }));
      parts.push(
        rect(330, 1220, 180, 150, { fill: darken(c, 0.1), rx: 12 }),
        rect(690, 1220, 180, 150, { fill: darken(c, 0.1), rx: 12 }),
      );
      parts.push(
        rect(330, 1220, 180, 40, { fill: lighten(c, 0.08), rx: 12 }),
        rect(690, 1220, 180, 40, { fill: lighten(c, 0.08), rx: 12 }),
      );
      break;
    case 'racesuit':
      parts.push(
        path('M470 940 L730 940 L740 1010 C660 1030 540 1030 460 1010 Z', { fill: '#1d2230' }),
      );
      parts.push(
        path('M270 1100 C350 1050 420 1030 470 1010 L500 1060 C420 1080 340 1120 290 1160 Z', {
          fill: '#ffffff',
          opacity: 0.9,
        }),
      );
      parts.push(
        path('M930 1100 C850 1050 780 1030 730 1010 L700 1060 C780 1080 860 1120 910 1160 Z', {
          fill: '#ffffff',
          opacity: 0.9,
        }),
      );
      parts.push(path('M600 1030 L600 1500', { stroke: darken(c, 0.3), strokeWidth: 6 }));
      parts.push(
        rect(660, 1150, 150, 56, { fill: '#1d2230', rx: 8 }),
        rect(675, 1167, 120, 8, { fill: '#ffffff', opacity: 0.8, rx: 4 }),
        rect(675, 1182, 80, 8, { fill: '#ffffff', opacity: 0.5, rx: 4 }),
      );
      break;
    case 'cardigan':
      parts.push(path('M480 985 L600 1140 L720 985 Z', { fill: '#f1ede4' }));
      parts.push(
        path('M540 990 L600 1060 L660 990 L635 985 L600 1030 L565 985 Z', { fill: '#dcd3c3' }),
      );
      parts.push(
        path('M570 1060 L630 1060 L615 1100 L640 1230 L600 1270 L560 1230 L585 1100 Z', {
          fill: '#3b5c7a',
        }),
      );
      parts.push(
        path('M470 985 L560 1220 L540 1500 M730 985 L640 1220 L660 1500', {
          fill: 'none',
          stroke: shade,
          strokeWidth: 6,
        }),
      );
      for (const y of [1290, 1370, 1450]) parts.push(circle(555, y, 9, { fill: '#d9c7a8' }));
      break;
    default:
  }
  // shoulder light
  parts.push(
    path(torso, {
      fill: s.lin(
        [
          [0, '#fff', 0.14],
          [0.35, '#fff', 0],
          [0.7, '#000', 0],
          [1, '#000', 0.25],
        ],
        0,
        0,
        1,
        0,
      ),
    }),
  );
  return g(parts);
}

function motifMarkup(s, p, r) {
  const [c0, c1] = p.bg;
  const parts = [];
  switch (p.motif) {
    case 'swatches': {
      const cols = ['#d9603b', '#e9c46a', '#2a9d8f', '#264653', '#f4a261', '#9b5de5', '#e76f51'];
      cols.forEach((c, i) => {
        const a = -65 + i * 18;
        parts.push(
          g(rect(-45, -420, 90, 380, { fill: c, rx: 14 }), {
            transform: `translate(1040 1020) rotate(${a})`,
            opacity: 0.9,
          }),
        );
      });
      break;
    }
    case 'gears': {
      for (const [cx, cy, R, n] of [
        [160, 360, 150, 12],
        [330, 180, 90, 8],
        [1050, 280, 120, 10],
      ]) {
        let d = '';
        for (let i = 0; i < n * 2; i++) {
          const a = (i / (n * 2)) * Math.PI * 2;
          const rr = i % 2 ? R : R * 1.18;
          const a2 = a + Math.PI / (n * 2);
          d += `${i ? 'L' : 'M'}${f(cx + Math.cos(a) * rr)} ${f(cy + Math.sin(a) * rr)} L${f(cx + Math.cos(a2) * rr)} ${f(cy + Math.sin(a2) * rr)} `;
        }
        parts.push(
          path(d + 'Z', { fill: lighten(c1, 0.35), opacity: 0.5 }),
          circle(cx, cy, R * 0.35, { fill: lighten(c0, 0.2) }),
        );
      }
      break;
    }
    case 'molecule': {
      const nodes = [
        [180, 300],
        [330, 200],
        [300, 420],
        [960, 250],
        [1080, 400],
        [1000, 520],
      ];
      [
        [0, 1],
        [0, 2],
        [3, 4],
        [4, 5],
      ].forEach(([a, b]) =>
        parts.push(
          line(...nodes[a], ...nodes[b], { stroke: '#fff', strokeWidth: 10, opacity: 0.6 }),
        ),
      );
      nodes.forEach(([x, y], i) =>
        parts.push(
          circle(x, y, i % 3 === 0 ? 55 : 38, {
            fill: s.rad(
              [
                [0, '#ffffff'],
                [0.5, lighten(c1, 0.5)],
                [1, c1],
              ],
              0.35,
              0.35,
              0.7,
            ),
          }),
        ),
      );
      break;
    }
    case 'map': {
      for (let i = 0; i < 9; i++) {
        parts.push(
          line(0, 150 + i * 150, 1200, 80 + i * 150, {
            stroke: '#fff',
            strokeWidth: i % 3 ? 8 : 22,
            opacity: 0.35,
          }),
        );
        parts.push(
          line(100 + i * 140, 0, 40 + i * 150, 1500, {
            stroke: '#fff',
            strokeWidth: i % 4 ? 6 : 18,
            opacity: 0.3,
          }),
        );
      }
      parts.push(
        path('M60 900 C300 700 500 820 700 600 C850 430 1000 380 1180 300', {
          fill: 'none',
          stroke: '#ffd166',
          strokeWidth: 16,
          strokeDasharray: '2 30',
          strokeLinecap: 'round',
        }),
      );
      break;
    }
    case 'wrench': {
      parts.push(
        g(
          path(
            'M-30 -360 L30 -360 L30 120 C90 140 110 210 80 270 L40 220 L-40 220 L-80 270 C-110 210 -90 140 -30 120 Z',
            { fill: '#fff', opacity: 0.4 },
          ),
          { transform: 'translate(1030 600) rotate(35)' },
        ),
        g(
          path(
            'M-30 -360 L30 -360 L30 120 C90 140 110 210 80 270 L40 220 L-40 220 L-80 270 C-110 210 -90 140 -30 120 Z',
            { fill: '#fff', opacity: 0.3 },
          ),
          { transform: 'translate(170 500) rotate(-30) scale(0.8)' },
        ),
      );
      break;
    }
    case 'leaves': {
      for (let i = 0; i < 9; i++) {
        const x = r.pick([120, 220, 980, 1080, 160, 1040]) + r.range(-60, 60);
        const y = r.range(150, 900);
        const a = r.range(-60, 60);
        parts.push(
          g(
            path('M0 0 C60 -60 60 -160 0 -230 C-60 -160 -60 -60 0 0 Z', {
              fill: r() > 0.5 ? lighten(c1, 0.25) : darken(c1, 0.05),
              opacity: 0.75,
            }),
            {
              transform: `translate(${f(x)} ${f(y)}) rotate(${f(a)}) scale(${f(r.range(0.6, 1.2))})`,
            },
          ),
        );
      }
      break;
    }
    case 'track': {
      for (let i = 0; i < 14; i++)
        parts.push(
          rect(-200 + i * 120, 1180 - i * 40, 120, 60, {
            fill: i % 2 ? '#ffffff' : '#e24b3b',
            opacity: 0.6,
            transform: 'skewY(-18)',
          }),
        );
      for (let i = 0; i < 5; i++)
        parts.push(
          line(0, 200 + i * 60, 1200, 120 + i * 60, {
            stroke: '#fff',
            strokeWidth: 4,
            opacity: 0.25,
          }),
        );
      break;
    }
    case 'archive': {
      for (let i = 0; i < 3; i++) {
        parts.push(
          g(
            [
              rect(0, 0, 330, 230, { fill: '#fbf6ec' }),
              carSide(s, 35, 180, 260, {
                mode: 'wire',
                wireColor: '#9a6a52',
                shadow: false,
                roof: i === 1 ? 'hatch' : 'fastback',
                h: 1.1,
              }),
            ],
            {
              transform: `translate(${[40, 860, 830][i]} ${[220, 160, 520][i]}) rotate(${[-8, 6, -4][i]})`,
              opacity: 0.8,
            },
          ),
        );
      }
      break;
    }
    default:
  }
  return g(parts);
}

/** Bust of a cast member in the 1200×1500 local frame. */
export function bust(s, p) {
  const skin = p.skin;
  const skinShade = darken(adjust(skin, { h: -6 }), 0.2);
  const parts = [];
  parts.push(hairBack(s, p.hair, p.hairStyle));
  // neck
  parts.push(
    path('M528 780 L528 920 C560 965 640 965 672 920 L672 780 Z', {
      fill: s.lin(
        [
          [0, skinShade],
          [1, skin],
        ],
        0,
        0,
        0,
        1,
      ),
    }),
  );
  parts.push(g(clothesMarkup(s, p.clothes, p.clothesStyle), { transform: 'translate(0 -45)' }));
  // ears
  parts.push(
    ellipse(438, 650, 30, 52, { fill: darken(skin, 0.08) }),
    ellipse(762, 650, 30, 52, { fill: darken(skin, 0.12) }),
  );
  if (p.earrings)
    parts.push(
      circle(440, 712, 11, { fill: p.earrings }),
      circle(760, 712, 11, { fill: p.earrings }),
    );
  // head with shading
  const headFill = s.rad(
    [
      [0, lighten(skin, 0.12)],
      [0.6, skin],
      [1, darken(skin, 0.08)],
    ],
    0.4,
    0.38,
    0.75,
  );
  parts.push(path(HEAD, { fill: headFill }));
  const clip = s.clip(path(HEAD));
  const shade = [
    ellipse(805, 640, 150, 280, { fill: skinShade, opacity: 0.55, filter: s.blur(30) }),
    ellipse(600, 905, 220, 70, { fill: skinShade, opacity: 0.5, filter: s.blur(22) }),
    ellipse(525, 540, 110, 70, { fill: '#fff', opacity: 0.16, filter: s.blur(28) }),
  ];
  if (p.beard) {
    const bc = p.hair;
    shade.push(
      path(
        'M450 700 C470 790 520 860 600 868 C680 860 730 790 750 700 C730 760 690 800 640 805 C610 795 590 795 560 805 C510 800 470 760 450 700 Z',
        { fill: bc, opacity: p.older ? 0.9 : 0.85 },
      ),
    );
  }
  parts.push(g(shade, { clipPath: clip }));
  // face features
  const brow = darken(p.hair === '#c9c6c0' ? '#8a8580' : p.hair, 0.1);
  const by = p.brow ? 592 : 598;
  parts.push(
    path(`M500 ${by + 8} Q535 ${by - 10} 572 ${by}`, {
      fill: 'none',
      stroke: brow,
      strokeWidth: p.brow ? 13 : 10,
      strokeLinecap: 'round',
    }),
    path(`M628 ${by} Q665 ${by - 10} 700 ${by + 8}`, {
      fill: 'none',
      stroke: brow,
      strokeWidth: p.brow ? 13 : 10,
      strokeLinecap: 'round',
    }),
  );
  for (const ex of [538, 662]) {
    parts.push(
      ellipse(ex, 648, 24, 15, { fill: '#fbf7f2' }),
      circle(ex + 2, 648, 12.5, { fill: '#3a2a22' }),
      circle(ex + 2, 648, 6, { fill: '#120c0a' }),
      circle(ex + 6, 643, 3.5, { fill: '#fff' }),
      path(`M${ex - 27} 646 Q${ex} 626 ${ex + 27} 646`, {
        fill: 'none',
        stroke: darken(skin, 0.55),
        strokeWidth: 5,
        strokeLinecap: 'round',
      }),
    );
    if (p.older)
      parts.push(
        path(`M${ex + (ex < 600 ? -34 : 34)} 655 l${ex < 600 ? -14 : 14} 8`, {
          stroke: skinShade,
          strokeWidth: 3,
          opacity: 0.7,
        }),
      );
  }
  // nose
  parts.push(
    path('M604 660 C606 690 614 715 622 728 C612 740 596 742 584 736', {
      fill: 'none',
      stroke: skinShade,
      strokeWidth: 6,
      strokeLinecap: 'round',
      opacity: 0.9,
    }),
  );
  // mouth
  const lips = p.lips;
  parts.push(
    path('M558 776 Q600 788 642 776 Q624 803 600 803 Q576 803 558 776 Z', { fill: lips }),
    path('M552 772 Q600 792 648 772', {
      fill: 'none',
      stroke: darken(lips, 0.35),
      strokeWidth: 5,
      strokeLinecap: 'round',
    }),
  );
  // cheeks
  parts.push(
    circle(510, 735, 40, { fill: '#e0746a', opacity: 0.18, filter: s.blur(12) }),
    circle(690, 735, 40, { fill: '#e0746a', opacity: 0.16, filter: s.blur(12) }),
  );
  if (p.freckles) {
    for (const [x, y] of [
      [520, 705],
      [540, 715],
      [505, 720],
      [680, 705],
      [660, 715],
      [695, 720],
      [530, 730],
      [670, 730],
    ])
      parts.push(circle(x, y, 3.5, { fill: darken(skin, 0.3), opacity: 0.6 }));
  }
  parts.push(hairFront(s, p.hair, p.hairStyle));
  if (p.glasses) {
    const gl = { fill: '#ffffff', fillOpacity: 0.12, stroke: p.glasses, strokeWidth: 9 };
    parts.push(
      rect(480, 608, 116, 86, { ...gl, rx: 30 }),
      rect(604, 608, 116, 86, { ...gl, rx: 30 }),
    );
    parts.push(
      path('M596 640 Q600 630 604 640', { fill: 'none', stroke: p.glasses, strokeWidth: 8 }),
    );
    parts.push(path('M480 640 L440 630 M720 640 L760 630', { stroke: p.glasses, strokeWidth: 8 }));
  }
  return g(parts);
}

/** Portrait image: background, motif, bust; the bust fills the frame. */
export function portrait(s, W, H, p, r) {
  const who = { ...CAST[p.who], ...(p.override || {}) };
  const [c0, c1] = who.bg;
  const out = [];
  out.push(
    rect(0, 0, W, H, {
      fill: s.lin(
        [
          [0, lighten(c0, 0.15)],
          [1, mix(c0, c1, 0.55)],
        ],
        0,
        0,
        0.3,
        1,
      ),
    }),
  );
  out.push(
    circle(W / 2, H * 0.43, Math.min(W, H) * 0.36, {
      fill: s.lin(
        [
          [0, lighten(c1, 0.15)],
          [1, darken(c1, 0.15)],
        ],
        0,
        0,
        1,
        1,
      ),
      opacity: 0.9,
    }),
  );
  const k = Math.min(W / 1200, H / 1500) * (p.zoom ?? 1.12);
  const inner = g([motifMarkup(s, who, r), bust(s, who)], {
    transform: `translate(${f((W - 1200 * k) / 2)} ${f(H - 1450 * k)}) scale(${f(k)})`,
  });
  out.push(inner);
  out.push(glowSpot(s, W * 0.2, H * 0.1, W * 0.5, H * 0.3, '#ffffff', 0.25));
  out.push(vignette(s, W, H, 0.25));
  return out.join('');
}

/**
 * Landscape editorial portrait: a blurred workplace scene (from another scene
 * function) with the bust on one side.
 */
export function portraitScene(s, W, H, p, r, sceneFn) {
  const who = CAST[p.who];
  const out = [];
  out.push(g(sceneFn(s, W, H, p.scene || {}, r), { filter: s.blur(p.blur ?? 7) }));
  const side = p.side === 'left' ? 0 : 1;
  out.push(
    rect(0, 0, W, H, {
      fill: s.lin(
        side
          ? [
              [0, who.bg[1], 0],
              [0.45, who.bg[1], 0],
              [1, darken(who.bg[1], 0.3), 0.75],
            ]
          : [
              [0, darken(who.bg[1], 0.3), 0.75],
              [0.55, who.bg[1], 0],
              [1, who.bg[1], 0],
            ],
        0,
        0,
        1,
        0,
      ),
    }),
  );
  const k = (H * 0.98) / 1500;
  const bx = side ? W * 0.72 - 600 * k : W * 0.28 - 600 * k;
  out.push(g(bust(s, who), { transform: `translate(${f(bx)} ${f(H - 1500 * k)}) scale(${f(k)})` }));
  return out.join('');
}
