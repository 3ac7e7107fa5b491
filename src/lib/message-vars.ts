import type { FrenchMessages, MessageKey } from './messages-fr.ts';

/**
 * The variables a message asks for, read by the compiler from the French string's
 * literal type: `{name}` wants a string or a number, `{name, plural, …}` a number.
 * It parses the same ICU subset as `format()` in i18n.tsx (branches without nested
 * braces), so a call to `t()` with a missing, misspelt or extra variable does not
 * compile.
 */

/** A placeholder name: one word, as `\w+` in format()'s patterns. */
type IsName<S extends string> = S extends '' | `${string}${' ' | ',' | '#' | '{'}${string}`
  ? false
  : true;

/** The text after a plural's branches (`one {# x} other {# xs}}rest` → `rest`). */
type AfterBranches<S extends string> = S extends ` ${infer Rest}`
  ? AfterBranches<Rest>
  : S extends `}${infer Rest}`
    ? Rest
    : S extends `${string}{${string}}${infer Rest}`
      ? AfterBranches<Rest>
      : '';

/** `[name, 'text' | 'plural']` for each placeholder of a template, as a union. */
type Placeholders<S extends string> = S extends `${string}{${infer Inner}`
  ? Inner extends `${infer Name}}${infer Rest}`
    ? IsName<Name> extends true
      ? [Name, 'text'] | Placeholders<Rest>
      : PluralPlaceholder<Inner>
    : PluralPlaceholder<Inner>
  : never;
type PluralPlaceholder<Inner extends string> = Inner extends `${infer Name}, plural,${infer Rest}`
  ? IsName<Name> extends true
    ? [Name, 'plural'] | Placeholders<AfterBranches<Rest>>
    : never
  : never;

/** The variables object a template needs (`{}` when it has no placeholder). */
export type TemplateVars<S extends string> = {
  [P in Placeholders<S> as P[0]]: P[1] extends 'plural' ? number : string | number;
};

export type MessageVars<K extends MessageKey> = TemplateVars<FrenchMessages[K]>;

/** `t()`'s arguments after the key: nothing for a plain string, else its variables. */
export type MessageArgs<K extends MessageKey> = K extends MessageKey
  ? keyof MessageVars<K> extends never
    ? []
    : [vars: MessageVars<K>]
  : never;
