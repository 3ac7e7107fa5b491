/**
 * A flow (decision 031): where to start, intent-level steps, named checkpoints and
 * designer notes, and the world it runs in (world-schema.ts). Flows are committed
 * files beside the mocks (mocks/flows/*.flow.ts); the board plays them in several
 * frames, and their unit test checks them against the contract and the content.
 */
import { z } from 'zod/mini';

import { slugSchema } from '../../contract/schemas.ts';
import { worldSchema } from './world-schema.ts';

/** An address inside the app: a path, with a query if any. */
const appUrlSchema = z.string().check(z.regex(/^\/(?!\/)[^\s#]*$/));

/** A button or link by the message key of its accessible name, in either language. */
const messageKeySchema = z.string().check(z.regex(/^[a-zA-Z]+(\.[a-zA-Z0-9]+)+$/));

/** What every step may add: a checkpoint's name, a note, the page it should end on. */
const stepExtras = {
  /** Named checkpoints are where the contact sheet takes its pictures. */
  checkpoint: z.optional(z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,40}$/))),
  note: z.optional(z.string().check(z.maxLength(400))),
};

export const stepSchema = z.discriminatedUnion('do', [
  z.strictObject({ do: z.literal('goto'), url: appUrlSchema, ...stepExtras }),
  z.strictObject({ do: z.literal('tap-tile'), story: slugSchema, ...stepExtras }),
  z.strictObject({ do: z.literal('tap-person'), person: slugSchema, ...stepExtras }),
  z.strictObject({ do: z.literal('tap-theme'), theme: slugSchema, ...stepExtras }),
  z.strictObject({ do: z.literal('tap-button'), name: messageKeySchema, ...stepExtras }),
  /** In Movement: the tile or link of a debate, by its slug. */
  z.strictObject({ do: z.literal('tap-debate'), debate: slugSchema, ...stepExtras }),
  /** Checks the radio button or checkbox labelled by the message (a stance, an option). */
  z.strictObject({ do: z.literal('choose'), option: messageKeySchema, ...stepExtras }),
  /** Types into the text field labelled by the message, replacing what it held. */
  z.strictObject({
    do: z.literal('fill'),
    field: messageKeySchema,
    text: z.string().check(z.minLength(1), z.maxLength(2000)),
    ...stepExtras,
  }),
  /**
   * The open story's deck: to the next or previous card, `close` by its close button,
   * `down` dragged down until it lets go (the contact sheet's real finger; a board
   * frame, which cannot make a trusted touch, presses the close button instead).
   */
  z.strictObject({
    do: z.literal('swipe'),
    direction: z.enum(['next', 'previous', 'close', 'down']),
    ...stepExtras,
  }),
  z.strictObject({ do: z.literal('back'), ...stepExtras }),
  z.strictObject({
    do: z.literal('type-search'),
    text: z.string().check(z.minLength(1), z.maxLength(200)),
    ...stepExtras,
  }),
  z.strictObject({ do: z.literal('offline'), ...stepExtras }),
  z.strictObject({ do: z.literal('online'), ...stepExtras }),
  /** A second visitor opens the link on the share field: a fresh path, the same frame. */
  z.strictObject({ do: z.literal('open-shared-link'), ...stepExtras }),
]);
export type FlowStep = z.infer<typeof stepSchema>;

export const flowSchema = z.strictObject({
  /** The flow's address on the board: `/__preview/<id>`. */
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,40}$/)),
  title: z.string().check(z.minLength(1), z.maxLength(120)),
  summary: z.string().check(z.maxLength(400)),
  start: appUrlSchema,
  world: worldSchema,
  steps: z.array(stepSchema).check(z.minLength(1), z.maxLength(60)),
});
export type Flow = z.infer<typeof flowSchema>;

/** A flow's text, parsed: the one way flow files declare themselves, so a typo fails at once. */
export function defineFlow(flow: z.input<typeof flowSchema>): Flow {
  return flowSchema.parse(flow);
}
