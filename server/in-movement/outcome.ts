/** What In Movement's writes answer: a body with its status (and location), or a failure. */
import type { ApiFailure } from '../../contract/failures.ts';

export type WriteOutcome =
  { ok: true; status: 200 | 201; body: unknown; location?: string } | ApiFailure;

/** A failure thrown inside a transaction so it rolls back, then answered as it is. */
export class Refusal extends Error {
  constructor(readonly failure: ApiFailure) {
    super(failure.message);
  }
}

/** Runs `fn`, turning a Refusal it throws back into the failure to answer. */
export async function refusing(fn: () => Promise<WriteOutcome>): Promise<WriteOutcome> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof Refusal) return error.failure;
    throw error;
  }
}
