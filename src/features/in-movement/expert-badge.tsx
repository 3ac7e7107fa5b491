import type { PublicPerson } from '#contract/in-movement.ts';
import { useI18n } from '#src/lib/i18n.tsx';

/** An expert's badge: internal to the group or external to it (or just "expert"). */
export function ExpertBadge({ person }: { person: PublicPerson }) {
  const { t } = useI18n();
  if (person.role !== 'expert') return null;
  const key =
    person.affiliation === 'internal'
      ? 'im.expert.internal'
      : person.affiliation === 'external'
        ? 'im.expert.external'
        : 'im.expert.plain';
  return (
    <span className={`im-badge ${person.affiliation === 'external' ? 'im-badge--external' : ''}`}>
      {t(key)}
    </span>
  );
}
