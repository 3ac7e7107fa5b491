/** Search's and a shared path's strings in both languages: one module, so one chunk (`message-areas.ts`). */
export { pagesEn as en } from './messages-pages-en.ts';
export { pagesFr as fr } from './messages-pages-fr.ts';
