/**
 * The part of jsdom (a dev dependency, without types of its own here) the
 * server-render test uses: parse a page as a browser would, scripts off.
 */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string);
    readonly window: Window & typeof globalThis;
  }
}
