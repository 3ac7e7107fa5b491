import type { Locale } from '../../contract/schemas.ts';
import type { Mail } from './mailer.ts';

/** The sign-in mail, in the language the person used to ask for it. */
export function signInMail(to: string, link: string, locale: Locale): Mail {
  return locale === 'fr'
    ? {
        to,
        subject: 'Votre lien de connexion à Parcours',
        text: `Bonjour,\n\nPour vous connecter à Parcours, ouvrez ce lien dans le navigateur où vous l’avez demandé (valable 15 minutes, une seule fois) :\n\n${link}\n\nSi vous n’avez rien demandé, ignorez ce message.\n`,
      }
    : {
        to,
        subject: 'Your Parcours sign-in link',
        text: `Hello,\n\nTo sign in to Parcours, open this link in the browser where you asked for it (valid for 15 minutes, once):\n\n${link}\n\nIf you did not ask for it, ignore this message.\n`,
      };
}
