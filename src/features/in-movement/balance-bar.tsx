import './balance-bar.css';

import type { Balance } from '#contract/in-movement.ts';
import { STANCES } from '#contract/in-movement.ts';
import { useI18n } from '#src/lib/i18n.tsx';

/**
 * The balance of stances as a picture (a stacked bar, hidden from screen readers)
 * with the numbers in words beside it: in full on a debate page, for screen readers
 * only on a tile (`compact`).
 */
export function BalanceBar({ balance, compact = false }: { balance: Balance; compact?: boolean }) {
  const { t } = useI18n();
  const total = balance.for + balance.neutral + balance.against;
  const words =
    total === 0
      ? t('im.balance.none')
      : t('im.balance.text', {
          for: balance.for,
          neutral: balance.neutral,
          against: balance.against,
        });
  return (
    <div className={`im-balance ${compact ? 'im-balance--compact' : ''}`}>
      <div className="im-balance__bar" aria-hidden="true">
        {total === 0
          ? null
          : STANCES.map((stance) =>
              balance[stance] > 0 ? (
                <span
                  key={stance}
                  className={`im-balance__part im-balance__part--${stance}`}
                  style={{ flexGrow: balance[stance] }}
                />
              ) : null,
            )}
      </div>
      <p className={compact ? 'visually-hidden' : 'im-balance__text'}>{words}</p>
    </div>
  );
}
