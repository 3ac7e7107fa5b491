import './debate-film.css';

import { useEffect, useId, useRef, useState } from 'react';

import { type EmbedFilm, FILM_HOSTS, filmPlayerUrl } from '#contract/debate-film.ts';
import type { DebateFilm as Film } from '#contract/in-movement.ts';
import type { Image } from '#contract/schemas.ts';
import { ResponsiveImage } from '#src/components/ui/responsive-image.tsx';
import { useI18n } from '#src/lib/i18n.tsx';
import { useOnline } from '#src/lib/use-online.ts';

/**
 * A debate's film. Self-hosted: a <video> with its captions, loading nothing until
 * played. Hosted elsewhere: see HostedFilm.
 */
export function DebateFilm({ film, poster }: { film: Film; poster: Image }) {
  const { locale } = useI18n();
  if (film.kind === 'embed') return <HostedFilm film={film} poster={poster} />;
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

/**
 * A film on a video host, click to load: until the visitor taps play, the page shows
 * our own poster (the debate's cover) and asks nothing of the host, not even an image.
 * The tap puts the host's privacy-enhanced player in a frame (the CSP frames those
 * players only) and moves focus into it, since the button it replaces is gone. Offline,
 * a frame could only show the browser's error page: the film says it needs a
 * connection instead. A plain link opens the same player at the host.
 */
function HostedFilm({ film, poster }: { film: EmbedFilm; poster: Image }) {
  const { t } = useI18n();
  const online = useOnline();
  const [playing, setPlaying] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);
  const noteId = useId();
  const host = FILM_HOSTS[film.provider];
  const url = filmPlayerUrl(film);
  const names = { title: film.title, provider: host.name };

  useEffect(() => {
    if (playing) frame.current?.focus();
  }, [playing]);

  let stage;
  if (playing) {
    // The tap asked for the film: the player starts it rather than asking a second time.
    const src = new URL(url);
    src.searchParams.set('autoplay', '1');
    stage = (
      <iframe
        ref={frame}
        className="im-film__frame"
        src={src.href}
        title={t('im.debate.filmFrame', names)}
        // Only what a film player needs; no camera, microphone, sensors or payment.
        allow="autoplay; encrypted-media; fullscreen; picture-in-picture"
        allowFullScreen
        // The host sees which site embeds it (it refuses to play otherwise), never the page.
        referrerPolicy="strict-origin-when-cross-origin"
        loading="eager"
      />
    );
  } else {
    stage = (
      <>
        <ResponsiveImage
          image={poster}
          sizes="(min-width: 900px) 760px, 100vw"
          className="im-film__poster"
          decorative
        />
        {online ? (
          <button
            type="button"
            className="im-film__play"
            aria-describedby={noteId}
            onClick={() => setPlaying(true)}
          >
            <span className="im-film__play-icon" aria-hidden="true">
              ▶
            </span>
            <span className="im-film__play-label">{t('im.debate.play', names)}</span>
          </button>
        ) : (
          <p className="im-film__offline" role="status">
            {t('im.debate.filmOffline', names)}
          </p>
        )}
      </>
    );
  }

  return (
    <div className="im-film__embed">
      <div className="im-film__stage">{stage}</div>
      {playing ? null : (
        <p id={noteId} className="im-film__note">
          {t('im.debate.embedNote', names)}
        </p>
      )}
      <p className="im-film__note">
        <a href={url} target="_blank" rel="noopener noreferrer" className="im-film__link">
          {t('im.debate.watchOn', names)}
        </a>
      </p>
    </div>
  );
}
