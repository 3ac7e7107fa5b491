import type { ReactNode } from 'react';

/** http(s) addresses in running text; the end is trimmed of punctuation below. */
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/gi;
/** Sentence punctuation that ends an address in prose rather than belonging to it. */
const TRAILING = /[.,;:!?…»"')\]]+$/;

export const USER_LINK_REL = 'nofollow ugc noopener';

/** The address with prose punctuation off its end, a closing bracket kept if it has its pair. */
function trimEnd(candidate: string): string {
  let url = candidate.replace(TRAILING, '');
  const rest = candidate.slice(url.length);
  // "(see https://example.org/a_(b))": the first ")" belongs to the address.
  if (rest.startsWith(')') && (url.match(/\(/g)?.length ?? 0) > (url.match(/\)/g)?.length ?? 0)) {
    url += ')';
  }
  return url;
}

function parsedHttpUrl(text: string): string | null {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * What people write, as React text with its http(s) addresses as links: never HTML
 * (no dangerouslySetInnerHTML anywhere), so `<script>` stays the characters it is.
 */
export function linkify(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    const shown = trimEnd(match[0]);
    const href = parsedHttpUrl(shown);
    if (!href) continue;
    if (start > last) parts.push(text.slice(last, start));
    parts.push(
      <a key={start} href={href} rel={USER_LINK_REL} target="_blank">
        {shown}
      </a>,
    );
    last = start + shown.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** A block of user text: its own direction, links, and no word too long for its box. */
export function UserText({
  text,
  lang,
  className = '',
}: {
  text: string;
  lang?: string | undefined;
  className?: string;
}) {
  return (
    <p className={`im-user-text ${className}`} dir="auto" lang={lang}>
      {linkify(text)}
    </p>
  );
}
