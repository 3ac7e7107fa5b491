// @vitest-environment node
/**
 * The committed flows name buttons, choices and fields by message keys the catalogues
 * have, in both languages (beside mocks/flows/flows.test.ts: mocks may not import src/).
 */
import { describe, expect, it } from 'vitest';

import { flows } from '#mocks/flows/flows.ts';
import { accountEn } from '#src/lib/messages-account-en.ts';
import { accountFr } from '#src/lib/messages-account-fr.ts';
import { en } from '#src/lib/messages-en.ts';
import { fr } from '#src/lib/messages-fr.ts';
import { inMovementEn } from '#src/lib/messages-in-movement-en.ts';
import { inMovementFr } from '#src/lib/messages-in-movement-fr.ts';

const catalogues = {
  fr: { ...fr, ...inMovementFr, ...accountFr } as Record<string, string>,
  en: { ...en, ...inMovementEn, ...accountEn } as Record<string, string>,
};

describe.each(flows.map((flow) => [flow.id, flow] as const))('%s', (_, flow) => {
  it('names controls by messages the catalogues have', () => {
    for (const step of flow.steps) {
      const key =
        step.do === 'tap-button'
          ? step.name
          : step.do === 'choose'
            ? step.option
            : step.do === 'fill'
              ? step.field
              : undefined;
      if (key === undefined) continue;
      expect(catalogues.fr[key], `${key} (fr)`).toBeTruthy();
      expect(catalogues.en[key], `${key} (en)`).toBeTruthy();
    }
  });
});
