/**
 * The little of jsdom the export tests use. jsdom ships no types and the main-process tests compile
 * without the DOM lib, so this declares just the parsed-page surface the HTML and Markdown checks read.
 */
declare module 'jsdom' {
  interface ParsedElement {
    textContent: string | null;
    lang: string;
    getAttribute(name: string): string | null;
  }
  interface ParsedDocument {
    title: string;
    documentElement: ParsedElement;
    body: ParsedElement;
    querySelector(selector: string): ParsedElement | null;
    querySelectorAll(selector: string): ArrayLike<ParsedElement> & Iterable<ParsedElement>;
  }
  export class JSDOM {
    constructor(html: string);
    readonly window: { document: ParsedDocument };
  }
}
