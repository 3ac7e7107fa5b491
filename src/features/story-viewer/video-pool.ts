/**
 * A small pool of <video> elements reused from card to card. iOS Safari runs out of
 * media memory when many videos are alive; the viewer never needs more than the
 * current card and its two neighbours.
 */
const POOL_SIZE = 3;
const free: HTMLVideoElement[] = [];

function make(): HTMLVideoElement {
  const video = document.createElement('video');
  video.playsInline = true;
  video.muted = true;
  video.setAttribute('playsinline', '');
  video.setAttribute('webkit-playsinline', '');
  video.disablePictureInPicture = true;
  video.className = 'video-card__video';
  return video;
}

export function acquireVideo(): HTMLVideoElement {
  return free.pop() ?? make();
}

/** Returns an element to the pool, unloaded so it holds no decoder or buffer. */
export function releaseVideo(video: HTMLVideoElement): void {
  video.pause();
  video.removeAttribute('src');
  video.removeAttribute('poster');
  video.replaceChildren();
  video.load();
  video.remove();
  if (free.length < POOL_SIZE) free.push(video);
}
