import './people.css';

import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useId } from 'react';

import { personOptions } from '#src/api/people.ts';
import { DetourBackLink } from '#src/components/ui/detour-back-link.tsx';
import { ResponsiveImage } from '#src/components/ui/responsive-image.tsx';
import { useI18n } from '#src/lib/i18n.tsx';
import { useDocumentTitle } from '#src/lib/use-document-title.ts';
import { useScrollToTopOnArrival } from '#src/lib/use-scroll-to-top.ts';
import { recordDetour } from '#src/lib/visitor-path.ts';

import { PersonStoryList } from './person-story-list.tsx';

/**
 * `/people/:slug`: a person's portrait, role and words, and the stories they appear in.
 * The route's loader has fetched the person; its error element says "not found" or
 * what failed.
 */
export function PersonPage({ slug }: { slug: string }) {
  const { t, text } = useI18n();
  const ids = useId();
  const { data: person } = useSuspenseQuery(personOptions(slug));
  useScrollToTopOnArrival(slug);
  useDocumentTitle(person.name);

  // A detour on the visitor's path: the person exists.
  useEffect(() => {
    recordDetour('person', person.slug, {
      title: { fr: person.name, en: person.name },
      image: person.portrait,
    });
  }, [person]);

  const storiesTitle = t('person.stories', { name: person.name });
  return (
    <article className="detour-page person-page" aria-labelledby={`${ids}-name`}>
      <div className="detour-page__bar">
        <DetourBackLink />
      </div>
      <header className="person-hero">
        <div className="person-hero__portrait" style={{ backgroundColor: person.portrait.color }}>
          <ResponsiveImage
            image={person.portrait}
            sizes="(min-width: 900px) 36vw, (min-width: 600px) 40vw, 100vw"
            priority
          />
        </div>
        <div className="person-hero__text">
          <h1 id={`${ids}-name`} className="person-hero__name">
            {person.name}
          </h1>
          <p className="person-hero__role">{text(person.role)}</p>
          <h2 className="person-hero__words-title">{t('person.words')}</h2>
          <p className="person-hero__bio">{text(person.bio)}</p>
        </div>
      </header>
      <section className="person-stories" aria-labelledby={`${ids}-stories`}>
        <h2 id={`${ids}-stories`} className="detour-page__h2">
          {storiesTitle}
        </h2>
        {person.stories.length === 0 ? (
          <p className="person-stories__empty">{t('person.noStories')}</p>
        ) : (
          <PersonStoryList stories={person.stories} label={storiesTitle} />
        )}
      </section>
    </article>
  );
}
