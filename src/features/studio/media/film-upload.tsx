/**
 * Adds a film to a card (decision 037): a file picker, the upload's progress with
 * pause and resume, the server's checking, then the film as the card's value; a
 * connection lost on the way resumes where it stopped (automatically when the
 * browser is back online). Under it, the captions in French and in English.
 * Every refusal is said in the editor's language.
 */
import './image-upload.css';

import { useEffect, useId, useRef, useState } from 'react';

import { CAPTIONS_ACCEPT, FILM_ACCEPT } from '#contract/film.ts';
import type { Locale, Video } from '#contract/schemas.ts';
import { useI18n } from '#src/lib/i18n.tsx';

import { captionsProblem, type FilmProblem, filmProblem } from './film-problems.ts';
import { uploadCaptions } from './upload-captions.ts';
import { type FilmUploadHandle, uploadFilm } from './upload-film.ts';

type Phase =
  | { name: 'idle' }
  | { name: 'sending'; share: number; paused: boolean }
  | { name: 'preparing' }
  | { name: 'done' }
  | { name: 'failed'; problem: FilmProblem; canResume: boolean };

function useSay() {
  const { t } = useI18n();
  return (problem: FilmProblem): string => {
    if (problem.key === 'studio.film.unplayable') return t(problem.key, { found: problem.found });
    if (problem.key === 'studio.captions.invalid') return t(problem.key, { line: problem.line });
    return t(problem.key);
  };
}

export function FilmUpload({
  value,
  onChange,
}: {
  value: Video | null;
  onChange: (video: Video) => void;
}) {
  const { t } = useI18n();
  const say = useSay();
  const inputId = useId();
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  const handle = useRef<FilmUploadHandle | null>(null);
  // The latest value and callback, for an upload that ends after a re-render.
  const latest = useRef({ value, onChange });
  latest.current = { value, onChange };

  const send = (file: File) => {
    setPhase({ name: 'sending', share: 0, paused: false });
    handle.current = uploadFilm(file, {
      onProgress: (sent, total) =>
        setPhase(
          sent >= total
            ? { name: 'preparing' }
            : { name: 'sending', share: total > 0 ? sent / total : 0, paused: false },
        ),
      onSuccess: ({ video }) => {
        handle.current = null;
        // A new film keeps the poster's text already written for the one it replaces.
        const alt = latest.current.value?.poster.alt;
        latest.current.onChange(alt ? { ...video, poster: { ...video.poster, alt } } : video);
        setPhase({ name: 'done' });
      },
      onError: (error) => {
        const problem = filmProblem(error);
        setPhase({ name: 'failed', problem, canResume: problem.key === 'studio.film.network' });
      },
    });
  };

  // Back online after a lost connection: on from the server's offset.
  useEffect(() => {
    if (phase.name !== 'failed' || !phase.canResume) return;
    const resume = () => {
      setPhase({ name: 'sending', share: 0, paused: false });
      handle.current?.resume();
    };
    window.addEventListener('online', resume);
    return () => window.removeEventListener('online', resume);
  }, [phase]);
  // Leaving the editor stops sending; the server keeps the parts for a day.
  useEffect(() => () => handle.current?.pause(), []);

  const busy = phase.name === 'sending' || phase.name === 'preparing';
  const percent = phase.name === 'sending' ? Math.floor(phase.share * 100) : 100;

  return (
    <div className="image-upload film-upload">
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        accept={FILM_ACCEPT}
        disabled={busy}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) send(file);
          event.target.value = '';
        }}
      />
      <label htmlFor={inputId} className="image-upload-choose">
        {t('studio.film.choose')}
      </label>
      <p className="image-upload-hint">{t('studio.film.hint')}</p>
      {busy ? (
        <progress
          className="image-upload-progress"
          aria-label={t('studio.film.progress')}
          max={100}
          value={percent}
        />
      ) : null}
      {phase.name === 'sending' ? (
        <>
          <p role="status">
            {phase.paused
              ? t('studio.film.paused', { percent })
              : t('studio.film.sending', { percent })}
          </p>
          <button
            type="button"
            className="button"
            onClick={() => {
              if (phase.paused) handle.current?.resume();
              else handle.current?.pause();
              setPhase({ ...phase, paused: !phase.paused });
            }}
          >
            {phase.paused ? t('studio.film.resume') : t('studio.film.pause')}
          </button>
        </>
      ) : null}
      {phase.name === 'preparing' ? <p role="status">{t('studio.film.preparing')}</p> : null}
      {phase.name === 'done' ? <p role="status">{t('studio.film.done')}</p> : null}
      {phase.name === 'failed' ? (
        <>
          <p role="alert" className="image-upload-error">
            {say(phase.problem)}
          </p>
          {phase.canResume ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                setPhase({ name: 'sending', share: 0, paused: false });
                handle.current?.resume();
              }}
            >
              {t('studio.film.resume')}
            </button>
          ) : null}
        </>
      ) : null}
      {value ? <CaptionPickers value={value} onChange={onChange} /> : null}
    </div>
  );
}

/** One file picker per language; a new file replaces that language's track. */
function CaptionPickers({ value, onChange }: { value: Video; onChange: (video: Video) => void }) {
  const { t } = useI18n();
  const say = useSay();
  const ids = { fr: useId(), en: useId() };
  const [sending, setSending] = useState<Locale | null>(null);
  const [problem, setProblem] = useState<FilmProblem | null>(null);
  const latest = useRef({ value, onChange });
  latest.current = { value, onChange };

  const send = async (file: File, lang: Locale) => {
    setSending(lang);
    setProblem(null);
    try {
      const track = await uploadCaptions(file, lang);
      const current = latest.current.value;
      const captions = [...current.captions.filter((c) => c.lang !== lang), track].sort((a, b) =>
        a.lang.localeCompare(b.lang),
      );
      latest.current.onChange({ ...current, captions });
    } catch (error) {
      setProblem(captionsProblem(error));
    } finally {
      setSending(null);
    }
  };

  return (
    <div className="film-upload__captions" role="group" aria-label={t('studio.captions.title')}>
      {(['fr', 'en'] as const).map((lang) => {
        const has = value.captions.some((c) => c.lang === lang);
        const language = t(lang === 'fr' ? 'studio.captions.fr' : 'studio.captions.en');
        return (
          <div key={lang} className="film-upload__caption">
            {/* The browser's own picker says "Choose File" in its language, not the
                page's: hidden, behind a button-like label in the page's words. */}
            <input
              id={ids[lang]}
              className="visually-hidden"
              type="file"
              accept={CAPTIONS_ACCEPT}
              disabled={sending !== null}
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) void send(file, lang);
                event.target.value = '';
              }}
            />
            <label htmlFor={ids[lang]} className="button">
              {t(lang === 'fr' ? 'studio.captions.chooseFr' : 'studio.captions.chooseEn')}
            </label>
            <span className="studio-muted">
              {has
                ? t('studio.captions.present', { lang: language })
                : t('studio.captions.missing', { lang: language })}
            </span>
          </div>
        );
      })}
      {sending ? <p role="status">{t('studio.captions.sending')}</p> : null}
      {problem ? (
        <p role="alert" className="image-upload-error">
          {say(problem)}
        </p>
      ) : null}
    </div>
  );
}
