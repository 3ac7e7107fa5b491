/**
 * Words never searched for nor matched: PostgreSQL's french.stop and english.stop (the
 * lists its stemmers drop), without the accented entries: the database folds words
 * before the stop-word check, so "été" there never matches anything either.
 */
import type { Locale } from './schemas.ts';

const FRENCH_STOP =
  'au aux avec ce ces dans de des du elle en et eux il je la le leur lui ma mais me mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l m n s t y suis es est sommes sont serai seras sera serons serez seront serais serait serions seriez seraient fus fut furent sois soit soyons soyez soient fusse fusses fussions fussiez fussent ayant ayante ayantes ayants eu eue eues eus ai as avons avez ont aurai auras aura aurons aurez auront aurais aurait aurions auriez auraient avais avait avions aviez avaient eut eurent aie aies ait ayons ayez aient eusse eusses eussions eussiez eussent';
const ENGLISH_STOP =
  'i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself they them their theirs themselves what which who whom this that these those am is are was were be been being have has had having do does did doing a an the and but if or because as until while of at by for with about against between into through during before after above below to from up down in out on off over under again further then once here there when where why how all any both each few more most other some such no nor not only own same so than too very s t can will just don should now';

export const STOP_WORDS: Readonly<Record<Locale, ReadonlySet<string>>> = {
  fr: new Set(FRENCH_STOP.split(' ')),
  en: new Set(ENGLISH_STOP.split(' ')),
};
