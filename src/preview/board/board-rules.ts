/**
 * The board's per-route API rules as the panel edits them: rows of text fields, read
 * into rules the mocks apply (world-schema.ts), refusing them with every error by field
 * (`rules.1.status`). Pure, so the panel's validation is tested without a browser.
 */
import type { FieldError } from '#mocks/flows/content-patch.ts';
import { type ApiRule, apiRuleSchema, routeNameSchema } from '#mocks/flows/world-schema.ts';

export const RULE_KINDS = ['delay', 'fail', 'network-error', 'break-contract'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export const RULE_KIND_LABELS: Record<RuleKind, string> = {
  delay: 'Delay the answer',
  fail: 'Fail with a status',
  'network-error': 'Network error',
  'break-contract': 'Contract-breaking answer',
};

/** Every route the mocks answer, by its name in contract/routes.ts. */
export const ROUTE_NAMES: readonly string[] = routeNameSchema.options;

/** One row of the panel, as typed: numbers are still text. */
export interface RuleDraft {
  kind: RuleKind;
  route: string;
  ms: string;
  status: string;
  /** Empty: every time. */
  times: string;
}

export const MAX_RULES = 20;

export function emptyDraft(): RuleDraft {
  return { kind: 'delay', route: 'getStory', ms: '1000', status: '503', times: '' };
}

export function draftOf(rule: ApiRule): RuleDraft {
  return {
    kind: rule.kind,
    route: rule.route,
    ms: rule.kind === 'delay' ? String(rule.ms) : '1000',
    status: rule.kind === 'fail' ? String(rule.status) : '503',
    times: rule.kind !== 'delay' && rule.times !== undefined ? String(rule.times) : '',
  };
}

/** A whole number within bounds, or the error that says why not. */
function whole(text: string, min: number, max: number, what: string): number | string {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return `${what} must be a whole number from ${min} to ${max}`;
  const value = Number(trimmed);
  if (value < min || value > max) return `${what} must be from ${min} to ${max}`;
  return value;
}

/** The rows as rules, or every error by field. */
export function readRuleDrafts(
  drafts: readonly RuleDraft[],
): { ok: true; rules: ApiRule[] } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const rules: ApiRule[] = [];
  if (drafts.length > MAX_RULES)
    errors.push({ field: 'rules', message: `At most ${MAX_RULES} rules` });
  drafts.forEach((draft, index) => {
    const at = (name: string) => `rules.${index}.${name}`;
    const before = errors.length;
    if (!ROUTE_NAMES.includes(draft.route))
      errors.push({ field: at('route'), message: `No route named “${draft.route}”` });
    let times: number | undefined;
    if (draft.kind !== 'delay' && draft.times.trim() !== '') {
      const read = whole(draft.times, 1, 100, 'Times');
      if (typeof read === 'string') errors.push({ field: at('times'), message: read });
      else times = read;
    }
    let candidate: unknown;
    switch (draft.kind) {
      case 'delay': {
        const ms = whole(draft.ms, 0, 30_000, 'The delay (ms)');
        if (typeof ms === 'string') errors.push({ field: at('ms'), message: ms });
        candidate = { kind: 'delay', route: draft.route, ms };
        break;
      }
      case 'fail': {
        const status = whole(draft.status, 400, 599, 'The status');
        if (typeof status === 'string') errors.push({ field: at('status'), message: status });
        candidate = { kind: 'fail', route: draft.route, status, times };
        break;
      }
      case 'network-error':
      case 'break-contract':
        candidate = { kind: draft.kind, route: draft.route, times };
        break;
    }
    if (errors.length > before) return;
    // The mocks' own schema has the last word.
    const parsed = apiRuleSchema.safeParse(JSON.parse(JSON.stringify(candidate)));
    if (parsed.success) rules.push(parsed.data);
    else
      for (const issue of parsed.error.issues)
        errors.push({ field: at(issue.path.join('.') || 'kind'), message: issue.message });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rules };
}
