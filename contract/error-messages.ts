/**
 * zod's "mini" flavour ships no messages, so a 400 would only say "Invalid input".
 * Both API implementations (the MSW handlers and the server) import this module to
 * word validation errors in English, the same way; the client never needs it.
 */
import { z } from 'zod/mini';

z.config(z.locales.en());
