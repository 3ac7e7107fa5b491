/** The studio's strings in both languages: one module, so one chunk (`message-areas.ts`). */
export { studioEn as en } from './messages-studio-en.ts';
export { studioFr as fr } from './messages-studio-fr.ts';
