import { useI18n } from '#src/lib/i18n.tsx';
import { currentScenario, mockApi } from '#src/lib/mock-scenario.ts';

/** Tells designers they are on mocked data, and which scenario is on. */
export function DevBadge() {
  const { t } = useI18n();
  if (!mockApi) return null;
  const scenario = currentScenario();
  return (
    <p className="dev-badge" role="note">
      {t('dev.mocked')}
      {scenario ? ` · ${t('dev.scenario', { name: scenario })}` : ''}
    </p>
  );
}
