/** The board's ad-hoc content patch: laid over the flow's own, checked like any patch. */
import { checkPatchShape, type FieldError, patchDataset } from '#mocks/flows/content-patch.ts';
import type { ContentPatch } from '#mocks/flows/world-schema.ts';
import type { Scenario } from '#mocks/scenarios.ts';
import { datasetFor } from '#mocks/scenarios.ts';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects merge key by key (a title's one language over both); anything else is replaced. */
function merge(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = merge(base[key], value);
  return out;
}

export function mergePatches(
  base: ContentPatch | undefined,
  over: ContentPatch | null,
): ContentPatch | undefined {
  if (!over) return base;
  return merge(base ?? {}, over) as ContentPatch;
}

/** The panel's text as a patch, or every error by field (shape first, then slugs). */
export function readPatchText(
  text: string,
  scenario: Scenario,
  flowPatch: ContentPatch | undefined,
): { ok: true; patch: ContentPatch | null } | { ok: false; errors: FieldError[] } {
  if (text.trim() === '') return { ok: true, patch: null };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      errors: [{ field: 'patch', message: `Not JSON: ${(error as Error).message}` }],
    };
  }
  const shape = checkPatchShape(value);
  if (!shape.ok) return shape;
  const applied = patchDataset(datasetFor(scenario), mergePatches(flowPatch, shape.patch) ?? {});
  if (!applied.ok) return applied;
  return { ok: true, patch: shape.patch };
}
