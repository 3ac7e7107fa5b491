import type { StoryKind } from '#contract/schemas.ts';
import { useI18n } from '#src/lib/i18n.tsx';

const icons: Record<StoryKind, string> = {
  film: 'M8 5v14l11-7z',
  slideshow: 'M4 6h12v12H4zM18 8h2v8h-2z',
  visual: 'M4 5h16v14H4zM7 15l3-4 3 3 2-2 3 3',
  portrait: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm-7 8a7 7 0 0 1 14 0',
};

export function KindBadge({ kind }: { kind: StoryKind }) {
  const { t } = useI18n();
  return (
    <span className="kind-badge">
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d={icons[kind]} />
      </svg>
      {t(`kind.${kind}`)}
    </span>
  );
}
