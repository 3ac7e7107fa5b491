import { useId, useState } from 'react';

import type { Image, Localized, Video } from '#contract/schemas.ts';
import { useI18n } from '#src/lib/i18n.tsx';

import { FilmUpload } from '../media/film-upload.tsx';
import { ImageUpload } from '../media/image-upload.tsx';
import type { MediaLibrary } from './media-library.ts';

type MediaFieldProps = {
  label: string;
  library: MediaLibrary;
} & (
  | { kind: 'image'; value: Image | null; onChange: (value: Image | null) => void }
  | { kind: 'video'; value: Video | null; onChange: (value: Video | null) => void }
);

/** The picture that stands for a medium: the image itself, or a film's poster. */
const pictureOf = (media: Image | Video): Image => ('poster' in media ? media.poster : media);

/**
 * One field for a cover, an image card's image or a film card's film: what is chosen,
 * a choice among the media the studio already has, room for an upload, and the
 * alternative text in both languages (publishing needs both).
 */
export function MediaField(props: MediaFieldProps) {
  const { t, locale } = useI18n();
  const { label, library, value } = props;
  const [picking, setPicking] = useState(false);
  const ids = { group: useId(), fr: useId(), en: useId() };
  const choices: (Image | Video)[] = props.kind === 'image' ? library.images : library.videos;
  const picture = value ? pictureOf(value) : null;

  const choose = (media: Image | Video | null) => {
    if (props.kind === 'image') props.onChange(media as Image | null);
    else props.onChange(media as Video | null);
  };
  const setAlt = (lang: 'fr' | 'en', text: string) => {
    if (!value) return;
    const alt: Localized = { ...pictureOf(value).alt, [lang]: text };
    if (props.kind === 'image' && props.value) props.onChange({ ...props.value, alt });
    if (props.kind === 'video' && props.value)
      props.onChange({ ...props.value, poster: { ...props.value.poster, alt } });
  };

  return (
    <fieldset className="studio-media" aria-describedby={ids.group}>
      <legend>{label}</legend>
      <div className="studio-media__current" id={ids.group}>
        {picture ? (
          <img
            className="studio-media__thumb"
            src={picture.src}
            alt=""
            style={{ backgroundColor: picture.color }}
          />
        ) : (
          <span className="studio-media__empty">
            {t(props.kind === 'image' ? 'studio.media.noImage' : 'studio.media.noFilm')}
          </span>
        )}
        <div className="studio-actions">
          <button
            type="button"
            className="button"
            aria-expanded={picking}
            onClick={() => {
              library.request();
              setPicking((open) => !open);
            }}
          >
            {t('studio.media.choose', { what: label })}
          </button>
          {value ? (
            <button type="button" className="button button--ghost" onClick={() => choose(null)}>
              {t('studio.media.remove', { what: label })}
            </button>
          ) : null}
        </div>
      </div>
      {props.kind === 'image' ? (
        // A new image keeps the alternative text already written for the one it replaces.
        <ImageUpload
          onUploaded={(image) => {
            const alt = props.value?.alt;
            props.onChange(alt && (alt.fr || alt.en) ? { ...image, alt } : image);
          }}
        />
      ) : (
        <FilmUpload value={props.value} onChange={props.onChange} />
      )}
      {picking ? (
        <div className="studio-media__library" role="group" aria-label={t('studio.media.library')}>
          {library.loading ? (
            <p role="status" className="studio-muted">
              {t('studio.loading')}
            </p>
          ) : null}
          <ul className="studio-media__grid">
            {choices.map((media) => {
              const shown = pictureOf(media);
              const chosen = picture?.src === shown.src;
              return (
                <li key={shown.src}>
                  <button
                    type="button"
                    className="studio-media__choice"
                    aria-pressed={chosen}
                    onClick={() => {
                      choose(media);
                      setPicking(false);
                    }}
                  >
                    <img src={shown.src} alt={shown.alt[locale] || shown.src} loading="lazy" />
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      {picture ? (
        <div className="studio-pair">
          <div className="studio-field">
            <label htmlFor={ids.fr}>{t('studio.media.altFr')}</label>
            <input
              id={ids.fr}
              value={picture.alt.fr}
              onChange={(e) => setAlt('fr', e.target.value)}
            />
          </div>
          <div className="studio-field">
            <label htmlFor={ids.en}>{t('studio.media.altEn')}</label>
            <input
              id={ids.en}
              value={picture.alt.en}
              onChange={(e) => setAlt('en', e.target.value)}
            />
          </div>
        </div>
      ) : null}
    </fieldset>
  );
}
