/** In Movement's settings from the environment, refused at start-up when malformed. */
import { REPORT_THRESHOLD_DEFAULT } from '../../contract/in-movement.ts';
import { ConfigError } from '../http/client-address.ts';

/** REPORT_THRESHOLD: distinct reporters that hide a contribution pending review (3 when unset). */
export function parseReportThreshold(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return REPORT_THRESHOLD_DEFAULT;
  if (!/^\d{1,4}$/.test(value.trim()) || Number(value) < 1) {
    throw new ConfigError(
      `REPORT_THRESHOLD must be the number of distinct reporters that hide a contribution (1 to 9999), not "${value}".`,
    );
  }
  return Number(value.trim());
}
