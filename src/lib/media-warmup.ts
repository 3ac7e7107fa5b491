/**
 * Fetches, at idle, the media of a story the visitor opened, so that the service
 * worker keeps them (src/sw/sw.ts): offline later, a card never shown online still
 * has its picture, and its film plays. Images load through a detached <picture> with
 * the card's own `sizes`, so the browser picks the very file the card will ask for.
 */
import type { Image, Story } from '#contract/schemas.ts';

const warmed = new Set<string>();

function warmPicture(image: Image, sizes: string): void {
  if (warmed.has(image.src)) return;
  warmed.add(image.src);
  const picture = document.createElement('picture');
  for (const source of image.sources) {
    const element = document.createElement('source');
    element.type = source.type;
    element.sizes = sizes;
    element.srcset = source.srcset;
    picture.append(element);
  }
  const img = document.createElement('img');
  img.decoding = 'async';
  img.fetchPriority = 'low';
  img.onerror = () => warmed.delete(image.src);
  picture.append(img);
  // Set last: the sources above decide which file it fetches.
  img.src = image.src;
}

function warmFile(url: string): void {
  if (warmed.has(url)) return;
  warmed.add(url);
  // Read to the end: the worker stores only complete answers. A failure is harmless
  // (the card fetches its media itself); the next opening tries again.
  void fetch(url, { priority: 'low' })
    .then((response) => response.blob())
    .catch(() => warmed.delete(url));
}

function playableFilm(sources: { src: string; type: string }[]): string | undefined {
  const probe = document.createElement('video');
  return sources.find((s) => probe.canPlayType(s.type) !== '')?.src;
}

/**
 * Warms the story's media once the browser is idle; returns a cancel function.
 * Does nothing without a controlling service worker (nothing would keep the files)
 * or when the visitor asked to save data.
 */
export function warmStoryMedia(story: Story): () => void {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  if (!navigator.serviceWorker?.controller || connection?.saveData) return () => {};
  const run = () => {
    for (const card of story.cards) {
      if (card.kind === 'image') warmPicture(card.image, '100vw');
      if (card.kind === 'quote') {
        const person = story.people.find((p) => p.slug === card.person);
        if (person) warmPicture(person.portrait, '96px');
      }
      if (card.kind === 'video') {
        warmFile(card.video.poster.src);
        for (const caption of card.video.captions) warmFile(caption.src);
        const film = playableFilm(card.video.sources);
        if (film) warmFile(film);
      }
    }
  };
  // Safari has no requestIdleCallback.
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: 3000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 500);
  return () => clearTimeout(handle);
}
