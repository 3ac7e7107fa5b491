/** The account pages' strings in both languages: one module, so one chunk (`message-areas.ts`). */
export { accountEn as en } from './messages-account-en.ts';
export { accountFr as fr } from './messages-account-fr.ts';
