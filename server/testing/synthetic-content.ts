/**
 * Generated content for tests that need volume (10,000 stories) or must not depend
 * on the demo fixtures. Every record satisfies the contract.
 */
import type { Image, Theme } from '../../contract/schemas.ts';
import type { PersonRecord, StoryRecord } from '../../mocks/fixtures/content.ts';
import type { Content } from '../db/seed.ts';

const image = (name: string): Image => ({
  src: `/media/img/${name}-960.webp`,
  sources: [
    {
      type: 'image/webp',
      srcset: `/media/img/${name}-480.webp 480w, /media/img/${name}-960.webp 960w`,
    },
  ],
  width: 1600,
  height: 1000,
  alt: { fr: `Image ${name}`, en: `Image ${name}` },
  color: '#336699',
});

const THEMES = ['design', 'research', 'mobility'];

export function syntheticContent(storyCount: number): Content {
  const themes: Theme[] = THEMES.map((slug) => ({
    slug,
    name: { fr: slug, en: slug },
    color: '#123456',
    intro: { fr: `Le thème ${slug}`, en: `The ${slug} theme` },
  }));
  const people: PersonRecord[] = [
    {
      slug: 'ada-martin',
      name: 'Ada Martin',
      role: { fr: 'Ingénieure', en: 'Engineer' },
      portrait: image('ada'),
      bio: { fr: 'Bio', en: 'Bio' },
    },
  ];
  const stories: StoryRecord[] = Array.from({ length: storyCount }, (_, i) => {
    // Several stories a day, so pages often end in the middle of a day.
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(i / 3) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const slug = `story-${String(i).padStart(5, '0')}`;
    return {
      slug,
      title: { fr: `Histoire ${i}`, en: `Story ${i}` },
      summary: { fr: `Résumé ${i}`, en: `Summary ${i}` },
      kind: 'visual',
      themes: [
        THEMES[i % THEMES.length]!,
        ...(i % 2 === 0 ? [THEMES[(i + 1) % THEMES.length]!] : []),
      ],
      cover: image(slug),
      tile: 'regular',
      publishedAt: day,
      cards: [
        {
          id: 'c1',
          kind: 'text',
          title: { fr: 'Titre', en: 'Title' },
          body: { fr: 'Texte', en: 'Text' },
        },
        { id: 'c2', kind: 'quote', person: 'ada-martin', text: { fr: 'Citation', en: 'Quote' } },
      ],
      people: i % 10 === 0 ? ['ada-martin'] : [],
      related: i > 0 ? [`story-${String(i - 1).padStart(5, '0')}`] : [],
    };
  });
  return { themes, people, stories };
}
