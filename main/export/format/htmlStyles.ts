/**
 * The stylesheet of an exported page: one readable column, a serif face with CJK fallbacks,
 * the looser leading Chinese text needs, and no italics for Chinese (CJK fonts have none, so
 * browsers slant them artificially).
 */
export const HTML_STYLES = `
:root { color-scheme: light dark; }
body { margin: 0; padding: 2rem 1rem; font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, Georgia, serif; line-height: 1.8; }
main { max-width: 40em; margin: 0 auto; }
.issue-title { font-size: 1rem; font-weight: normal; color: #666; border-bottom: 1px solid #ccc; padding-bottom: .5rem; }
article + article { margin-top: 3rem; padding-top: 2rem; border-top: 1px solid #ccc; }
h1, h2 { line-height: 1.35; margin: .25rem 0 .5rem; font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
h3, h4 { margin: 1.5rem 0 .5rem; }
.kicker { margin: 0; color: #a33; font-size: .95rem; }
.deck { margin: 0 0 .5rem; font-size: 1.15rem; color: #444; }
.byline, .credit { color: #666; font-size: .95rem; }
.caption { color: #555; font-size: .9rem; border-left: 3px solid #ccc; padding-left: .75rem; }
p { margin: 0 0 1rem; }
:lang(zh) p:not([class]) { text-indent: 2em; }
:lang(en) .byline, :lang(en) .credit { font-style: italic; }
`.trim();
