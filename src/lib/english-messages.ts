/**
 * The English core strings, a chunk of their own (decision 041): imported by the entry
 * only, so the dynamic import and its preload helper stay in the entry's chunk
 * instead of splitting a shared one.
 */
export const loadEnglishMessages = () => import('./messages-en.ts').then((module) => module.en);
