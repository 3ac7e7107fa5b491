import './kind-badge.css';

import type { StoryKind } from '#contract/schemas.ts';
import { useI18n } from '#src/lib/i18n.tsx';

import { KindIcon } from './icons.tsx';

export function KindBadge({ kind }: { kind: StoryKind }) {
  const { t } = useI18n();
  return (
    <span className="kind-badge">
      <KindIcon kind={kind} />
      {t(`kind.${kind}`)}
    </span>
  );
}
