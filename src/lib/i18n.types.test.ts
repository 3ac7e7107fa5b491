import { describe, expect, expectTypeOf, it } from 'vitest';

import type { I18n } from './i18n.tsx';
import type { MessageVars, TemplateVars } from './message-vars.ts';
import type { accountFr } from './messages-account-fr.ts';
import { en, type EnglishMessages } from './messages-en.ts';
import { fr, type MessageKey } from './messages-fr.ts';
import type { inMovementFr } from './messages-in-movement-fr.ts';
import type { pagesFr } from './messages-pages-fr.ts';
import type { studioFr } from './messages-studio-fr.ts';

/*
 * Type-level checks: `npm run typecheck` fails if one of the `@ts-expect-error` lines
 * below stops being an error (the variables check regressed) or a line without it
 * becomes one. The calls are never run. An area's strings (In Movement, the account
 * pages) load with the area, yet are checked exactly like the core's.
 */
function calls(t: I18n['t']) {
  t('app.name');
  t('viewer.position', { current: 2, total: 5 });
  t('path.summary', { steps: 3, stories: 2, total: 24 });
  t('path.removed', { title: 'Soufflerie' });
  t('im.name');
  t('im.tile.contributions', { count: 3 });
  t('signIn.sent', { email: 'a@example.org' });
  // @ts-expect-error -- a missing variable
  t('viewer.position', { current: 2 });
  // @ts-expect-error -- an extra variable
  t('viewer.position', { current: 2, total: 5, extra: 1 });
  // @ts-expect-error -- a misspelt variable
  t('path.removed', { titel: 'Soufflerie' });
  // @ts-expect-error -- no variables object at all
  t('springboard.count');
  // @ts-expect-error -- a variable for a plain string
  t('app.name', { name: 'Parcours' });
  // @ts-expect-error -- a plural's argument is a number, not text
  t('springboard.count', { count: '3' });
  // @ts-expect-error -- an unknown key
  t('app.nom');
  // @ts-expect-error -- a misspelt key of an area
  t('im.nmae');
  // @ts-expect-error -- an area's plural without its number
  t('im.tile.contributions');
  // @ts-expect-error -- a misspelt variable in an area's string
  t('signIn.sent', { mail: 'a@example.org' });
}

/** Keys whose English placeholders differ from the French ones (none), areas included. */
type Mismatched = {
  [K in MessageKey]: [MessageVars<K>] extends [TemplateVars<EnglishMessages[K]>]
    ? [TemplateVars<EnglishMessages[K]>] extends [MessageVars<K>]
      ? never
      : K
    : K;
}[MessageKey];

/** Keys two catalogues both define (none: a registered area would overwrite the core). */
type Shared =
  | (keyof typeof fr & keyof typeof inMovementFr)
  | (keyof typeof fr & keyof typeof accountFr)
  | (keyof typeof inMovementFr & keyof typeof accountFr)
  | (keyof (typeof fr & typeof inMovementFr & typeof accountFr) & keyof typeof studioFr)
  | (keyof (typeof fr & typeof inMovementFr & typeof accountFr & typeof studioFr) &
      keyof typeof pagesFr);

describe('message variables', () => {
  it('are read from the templates: plain, plural, several, none', () => {
    expectTypeOf<keyof TemplateVars<'Plain'>>().toEqualTypeOf<never>();
    expectTypeOf<TemplateVars<'{current} of {total}'>>().toEqualTypeOf<{
      current: string | number;
      total: string | number;
    }>();
    expectTypeOf<MessageVars<'path.mapIntro'>>().toEqualTypeOf<{ left: number }>();
    expectTypeOf<MessageVars<'path.dockCount'>>().toEqualTypeOf<{ count: number }>();
    expectTypeOf<MessageVars<'path.summary'>>().toEqualTypeOf<{
      steps: number;
      stories: number;
      total: string | number;
    }>();
    expectTypeOf<Mismatched>().toEqualTypeOf<never>();
    expectTypeOf<Shared>().toEqualTypeOf<never>();
    expectTypeOf<keyof EnglishMessages>().toEqualTypeOf<MessageKey>();
    expect(typeof calls).toBe('function');
    expect(Object.keys(en)).toHaveLength(Object.keys(fr).length);
  });
});
