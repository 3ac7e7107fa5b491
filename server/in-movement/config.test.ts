// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { REPORT_THRESHOLD_DEFAULT } from '#contract/in-movement.ts';

import { ConfigError } from '../http/client-address.ts';
import { parseReportThreshold } from './config.ts';

describe('REPORT_THRESHOLD', () => {
  it('defaults to the contract’s threshold and reads a positive whole number', () => {
    expect(parseReportThreshold(undefined)).toBe(REPORT_THRESHOLD_DEFAULT);
    expect(parseReportThreshold(' ')).toBe(REPORT_THRESHOLD_DEFAULT);
    expect(parseReportThreshold('5')).toBe(5);
    expect(parseReportThreshold(' 12 ')).toBe(12);
  });

  it('refuses anything else, so the server does not start with it', () => {
    for (const value of ['0', '-1', '2.5', 'three', '1e3', '99999']) {
      expect(() => parseReportThreshold(value)).toThrow(ConfigError);
    }
  });
});
