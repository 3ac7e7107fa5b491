import type { MotionValue } from 'framer-motion';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';

import type { Card } from '#contract/schemas.ts';
import { PlayPauseIcon, SoundIcon } from '#src/components/ui/icons.tsx';
import { useI18n } from '#src/lib/i18n.tsx';

import { acquireVideo, releaseVideo } from '../video-pool.ts';

type VideoCard = Extract<Card, { kind: 'video' }>;

interface Props {
  card: VideoCard;
  /** The card is on screen: play; otherwise stay paused (but preloaded). */
  active: boolean;
  /** Press-and-hold or another pause request. */
  held: boolean;
  muted: boolean;
  onMutedChange: (muted: boolean) => void;
  /** 0–1, written without React renders. */
  progress: MotionValue<number>;
  onEnded: () => void;
}

export function VideoCardView({
  card,
  active,
  held,
  muted,
  onMutedChange,
  progress,
  onEnded,
}: Props) {
  const { t, text, locale } = useI18n();
  const host = useRef<HTMLDivElement>(null);
  // The pooled element; set in a layout effect, so the effects below always find it.
  const videoRef = useRef<HTMLVideoElement | null>(null);
  const [userPaused, setUserPaused] = useState(false);
  const ended = useRef(onEnded);
  ended.current = onEnded;
  const { sources, poster, captions } = card.video;

  // Borrow a pooled element for this card; give it back (unloaded) when the card leaves.
  // A card's media never change (slots are keyed by card id).
  useLayoutEffect(() => {
    const element = acquireVideo();
    element.preload = 'auto';
    element.poster = poster.src;
    element.replaceChildren(
      ...sources.map((s) =>
        Object.assign(document.createElement('source'), { src: s.src, type: s.type }),
      ),
      ...captions.map((c) =>
        Object.assign(document.createElement('track'), {
          kind: 'captions',
          src: c.src,
          srclang: c.lang,
          label: c.label,
        }),
      ),
    );
    element.load();
    host.current?.appendChild(element);
    videoRef.current = element;
    return () => {
      videoRef.current = null;
      releaseVideo(element);
    };
  }, [sources, poster.src, captions]);

  // Captions in the visitor's language, on by default (films start muted). The
  // browser's own rendering would sit under the deck's controls, so the cues are
  // read from a hidden track and drawn by the card.
  const [cue, setCue] = useState('');
  useEffect(() => {
    const video = videoRef.current;
    if (!video) return;
    const tracks = Array.from(video.textTracks);
    const track = tracks.find((t) => t.language === locale);
    for (const t of tracks) t.mode = t === track ? 'hidden' : 'disabled';
    if (!track) return;
    const onCueChange = () => {
      const active = track.activeCues?.[0] as VTTCue | undefined;
      setCue(active?.text ?? '');
    };
    onCueChange();
    track.addEventListener('cuechange', onCueChange);
    return () => track.removeEventListener('cuechange', onCueChange);
  }, [locale]);

  useEffect(() => {
    if (videoRef.current) videoRef.current.muted = muted;
  }, [muted]);

  useEffect(() => {
    const video = videoRef.current;
    if (!video) return;
    if (active && !held && !userPaused) {
      video.play().catch(() => {
        // Autoplay refused (e.g. low-power mode): the play button stays available.
        setUserPaused(true);
      });
    } else {
      video.pause();
    }
  }, [active, held, userPaused]);

  useEffect(() => {
    const video = videoRef.current;
    if (!video || !active) return;
    const onTime = () => progress.set(video.duration ? video.currentTime / video.duration : 0);
    const onEnd = () => ended.current();
    video.addEventListener('timeupdate', onTime);
    video.addEventListener('ended', onEnd);
    return () => {
      video.removeEventListener('timeupdate', onTime);
      video.removeEventListener('ended', onEnd);
    };
  }, [active, progress]);

  return (
    <figure className="card card--video">
      <div
        className="video-card__frame"
        ref={host}
        style={{ backgroundColor: poster.color }}
        aria-label={text(poster.alt)}
        role="img"
      />
      <figcaption className="card__caption">
        <span className="card__title">{text(card.title)}</span>
        <span className="video-card__cue" lang={locale}>
          {cue}
        </span>
      </figcaption>
      <div className="video-card__controls">
        <button
          type="button"
          className="icon-button"
          aria-pressed={userPaused}
          onClick={() => setUserPaused((p) => !p)}
        >
          <PlayPauseIcon paused={userPaused} />
          <span className="visually-hidden">
            {userPaused ? t('viewer.play') : t('viewer.pause')}
          </span>
        </button>
        <button
          type="button"
          className="icon-button"
          aria-pressed={!muted}
          onClick={() => onMutedChange(!muted)}
        >
          <SoundIcon muted={muted} />
          <span className="visually-hidden">{muted ? t('viewer.unmute') : t('viewer.mute')}</span>
        </button>
      </div>
    </figure>
  );
}
