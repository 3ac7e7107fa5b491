/**
 * The image upload's strings in both languages. Kept beside the component: the
 * studio's own catalogue did not exist on this branch when it was written; they can
 * move into it as they are (same keys), then `useUploadText` gives way to `t()`.
 */
import type { Locale } from '#contract/schemas.ts';

const fr = {
  choose: 'Choisir une image',
  hint: 'ou la déposer ici — JPEG, PNG, WebP ou AVIF, 40 Mo et 60 mégapixels au plus',
  dropHere: 'Déposez l’image pour l’envoyer',
  uploading: 'Envoi de l’image… {percent} %',
  preparing: 'Préparation des tailles de l’image…',
  done: 'Image ajoutée. Écrivez son texte alternatif en français et en anglais.',
  progress: 'Progression de l’envoi',
  tooLarge: 'Cette image dépasse 40 Mo : réduisez-la ou choisissez-en une autre.',
  tooManyPixels:
    'Cette image fait {width} × {height} pixels ; les images sont limitées à 60 mégapixels.',
  svg: 'Les images SVG sont refusées (elles peuvent contenir des scripts) : exportez-la en PNG.',
  heic: 'Les photos HEIC ne sont pas lues ici : exportez-la en JPEG.',
  notImage: 'Ce fichier n’est pas une image JPEG, PNG, WebP ou AVIF.',
  empty: 'Le fichier est vide.',
  damaged: 'Cette image est abîmée ou incomplète (envoi interrompu ?) : réessayez avec le fichier.',
  signedOut: 'Connectez-vous pour ajouter des images.',
  forbidden: 'Votre rôle ne permet pas d’ajouter des images.',
  rateLimited: 'Trop d’envois pour l’instant : réessayez dans quelques minutes.',
  network: 'La connexion a été perdue pendant l’envoi : réessayez.',
  failed: 'L’image n’a pas pu être ajoutée : réessayez.',
} as const;

export type UploadMessageKey = keyof typeof fr;

const en: Record<UploadMessageKey, string> = {
  choose: 'Choose an image',
  hint: 'or drop it here — JPEG, PNG, WebP or AVIF, up to 40 MB and 60 megapixels',
  dropHere: 'Drop the image to upload it',
  uploading: 'Uploading the image… {percent}%',
  preparing: 'Preparing the image’s sizes…',
  done: 'Image added. Write its alternative text in French and English.',
  progress: 'Upload progress',
  tooLarge: 'This image is over 40 MB: make it smaller or choose another.',
  tooManyPixels: 'This image is {width} × {height} pixels; images are limited to 60 megapixels.',
  svg: 'SVG images are refused (they can carry scripts): export it as PNG.',
  heic: 'HEIC photos cannot be read here: export it as JPEG.',
  notImage: 'This file is not a JPEG, PNG, WebP or AVIF image.',
  empty: 'The file is empty.',
  damaged: 'This image is damaged or incomplete (was the upload cut short?): try the file again.',
  signedOut: 'Sign in to add images.',
  forbidden: 'Your role does not allow adding images.',
  rateLimited: 'Too many uploads for now: try again in a few minutes.',
  network: 'The connection was lost during the upload: try again.',
  failed: 'The image could not be added: try again.',
};

export const uploadMessages: Record<Locale, Record<UploadMessageKey, string>> = { fr, en };

/** A string of the upload's in `locale`, its `{name}` variables filled. */
export function uploadText(
  locale: Locale,
  key: UploadMessageKey,
  vars: Readonly<Record<string, string | number>> = {},
): string {
  return uploadMessages[locale][key].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(vars[name] ?? `{${name}}`),
  );
}
