import type { DebateFilm as Film } from '#contract/in-movement.ts';
import { useI18n } from '#src/lib/i18n.tsx';

const PROVIDERS = {
  'youtube-nocookie': {
    name: 'YouTube',
    url: (id: string) => `https://www.youtube-nocookie.com/embed/${encodeURIComponent(id)}`,
  },
  vimeo: {
    name: 'Vimeo',
    url: (id: string) => `https://player.vimeo.com/video/${encodeURIComponent(id)}?dnt=1`,
  },
} as const;

/**
 * A debate's film. Self-hosted: a <video> with its captions, loading nothing until
 * played. Hosted elsewhere: a plain link that opens the privacy-enhanced player at
 * its host, so nothing comes from the host before the visitor asks; the page's CSP
 * allows no foreign frames (decision 023).
 */
export function DebateFilm({ film }: { film: Film }) {
  const { t, locale } = useI18n();
  if (film.kind === 'self-hosted') {
    const { video } = film;
    return (
      // eslint-disable-next-line jsx-a11y/media-has-caption -- its <track>s come from the film's captions list
      <video
        className="im-film__video"
        controls
        preload="none"
        playsInline
        poster={video.poster.src}
        width={video.poster.width}
        height={video.poster.height}
      >
        {video.sources.map((source) => (
          <source key={source.src} src={source.src} type={source.type} />
        ))}
        {video.captions.map((caption) => (
          <track
            key={caption.src}
            kind="captions"
            src={caption.src}
            srcLang={caption.lang}
            label={caption.label}
            default={caption.lang === locale}
          />
        ))}
      </video>
    );
  }
  const provider = PROVIDERS[film.provider];
  return (
    <div className="im-film__embed">
      <a
        className="im-button im-button--primary"
        href={provider.url(film.videoId)}
        target="_blank"
        rel="noopener noreferrer"
      >
        <span aria-hidden="true">▶</span>{' '}
        {t('im.debate.watchOn', { title: film.title, provider: provider.name })}
      </a>
      <p className="im-film__note">{t('im.debate.embedNote')}</p>
    </div>
  );
}
