/** In Movement's strings in both languages: one module, so one chunk (`message-areas.ts`). */
export { inMovementEn as en } from './messages-in-movement-en.ts';
export { inMovementFr as fr } from './messages-in-movement-fr.ts';
