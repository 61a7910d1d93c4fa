import type { Block, BlockKind, Repair, SegmentedArticle } from '../../preload/api';
import { namesIn } from './byline';
import type { Line } from './lines';
import type { RuleCode } from './rules/codes';
import { joinSeparator } from './text';

/** The title lines of a new article. */
export interface Titles {
  kicker: string | null;
  headline: string | null;
  subheadlines: string[];
}

/** A decision and what it was based on. */
export interface Why {
  rule: RuleCode;
  evidence: string;
}

/** No titles: an article started by a lead or a blank gap. */
export const UNTITLED: Titles = Object.freeze({ kicker: null, headline: null, subheadlines: [] }) as Titles;

const JUMP = /^[（(]?\s*(?:Continued on|Concluded on|See Page|下转|转第|转下版)/iu;

/**
 * The block being filled. Most blocks are one line and never joined, so the parts and repairs
 * arrays are only made on the first join (fewer allocations per line).
 */
interface OpenBlock {
  kind: BlockKind;
  /** The rule that gave the block its kind. */
  rule: RuleCode;
  /** The first piece; the whole text while `parts` is null. */
  first: string;
  /** Every piece, from the first join on. */
  parts: string[] | null;
  length: number;
  /** The last piece added ends here (for the separator of the next join). */
  tail: string;
  /** The block's repairs as the article will hold them, their blockIndex set when the block is placed (close). */
  repairs: Repair[] | null;
  /** The input line the block opened on (`placing` when it began). */
  line: Line | null;
}

/**
 * Running counts of the current article's blocks, updated as each is placed: the start scorer asks
 * for them at every candidate, and walking all of a long story's blocks each time made a candidate
 * cost more the longer the story ran. Held to their definitions (walks over the blocks) by a property test.
 */
export interface StoryCounts {
  /** Characters of its blocks other than furniture. */
  chars: number;
  /** Blocks other than furniture and credits: the article has body text (hasBody). */
  bodyBlocks: number;
  /** Crossheads (subhead blocks). */
  crossheads: number;
  /** The last crosshead's text (undefined without one). */
  lastCrosshead: string | undefined;
  /** `chars` right after the last crosshead was placed (0 without one). */
  charsThroughLastCrosshead: number;
}

/** Gives a closing block its final kind from its whole text (or null to keep it); set by the pass. */
export type SettleKind = (
  kind: BlockKind,
  text: string,
  first: Line | null,
) => { kind: BlockKind; rule: RuleCode } | null;

/**
 * Collects blocks into articles. Paragraph text is built as an array of parts joined once when
 * the block closes (no repeated concatenation). Furniture that arrives while a paragraph is open
 * is held and placed right after that paragraph, so a page break cannot cut a paragraph in two.
 */
export class IssueBuilder {
  readonly preamble: Block[] = [];
  readonly articles: SegmentedArticle[] = [];
  private open: OpenBlock | null = null;
  /**
   * The one OpenBlock record, refilled by each begin: a block is open from one line to the next,
   * and a record per block was some 15 MB (7%) of what segmenting a 50 MB issue allocates, one
   * young-generation collection in 15. Nothing outside this class sees it; close reads what it
   * needs out of it before settle and place run (tests/unit/main/segment/openBlockRecord.property.test.ts).
   */
  private readonly slot: OpenBlock = {
    kind: 'paragraph',
    rule: 'body.default',
    first: '',
    parts: null,
    length: 0,
    tail: '',
    repairs: null,
    line: null,
  };
  private held: Array<{ text: string; rule: RuleCode }> = [];
  /** The input line being placed (set by the pass): a block remembers the line it opens on. */
  placing: Line | null = null;
  /** Settles each block's kind as it closes (rules/blocks/blockKind.ts); null keeps the kinds given. */
  settle: SettleKind | null = null;
  /**
   * One record per titling decision and one string per author name, shared by the articles that
   * have the same: a large issue repeats a handful of each in every article (`1 title line` by
   * `title.single`, the paper's reporters), and a record or name of its own per article was some
   * 50 bytes of each article's overhead (`npm run bench -- memory`). Both are only ever read.
   */
  private readonly titleRecords = new Map<string, Why>();
  private readonly names = new Map<string, string>();
  /**
   * One frozen list per distinct authors list and per distinct list of block rules, shared by the
   * finished articles that have the same (`王明`; `credit.pattern, body.default`): a list of its
   * own was 56–64 bytes of every article (`npm run bench -- memory`).
   */
  private readonly authorLists = new Map<string, string[]>();
  private readonly ruleLists = new Map<string, string[]>();
  /** The current article's counts (all 0 before the first article). */
  readonly story: StoryCounts = {
    chars: 0,
    bodyBlocks: 0,
    crossheads: 0,
    lastCrosshead: undefined,
    charsThroughLastCrosshead: 0,
  };

  /** The article being filled, if any. */
  get current(): SegmentedArticle | null {
    return this.articles[this.articles.length - 1] ?? null;
  }

  /** Closes what is open and starts an article with the given titles, by the rule `start`. */
  startArticle(titles: Titles, start: Why, roles: Why | null = null): void {
    this.close();
    this.finishArticle();
    const story = this.story;
    story.chars = 0;
    story.bodyBlocks = 0;
    story.crossheads = 0;
    story.lastCrosshead = undefined;
    story.charsThroughLastCrosshead = 0;
    // Fields spelled out: object spread is slow in V8 on this hot path.
    const { kicker, headline, subheadlines } = titles;
    this.articles.push({
      kicker,
      headline,
      // A fresh array: UNTITLED's is frozen and shared.
      subheadlines: subheadlines.length === 0 ? [] : subheadlines,
      byline: null,
      authors: growing(),
      blocks: growing(),
      repairs: growing(),
      provenance: { start, titles: roles && this.sharedTitles(roles), blocks: growing() },
    });
  }

  /**
   * True when the current article has body text: an open block, or a paragraph, subhead or caption
   * (a credit printed under the headline, such as a `By` line, is not body yet).
   */
  hasBody(): boolean {
    return this.open !== null || (this.current !== null && this.story.bodyBlocks > 0);
  }

  /** True when the current article already has a crosshead. */
  hasSubhead(): boolean {
    return this.current !== null && this.story.crossheads > 0;
  }

  /** Kind of the last non-furniture block of the current article. */
  lastKind(): BlockKind | null {
    if (this.open) return this.open.kind;
    const blocks = this.current?.blocks ?? [];
    for (let i = blocks.length - 1; i >= 0; i--)
      if (blocks[i]?.kind !== 'furniture') return blocks[i]?.kind ?? null;
    return null;
  }

  /** True when the current article's last block is a jump line (`(Continued on Page Eight.)`, `下转第5版`): the story ends here. */
  endsWithJump(): boolean {
    const last = this.held.at(-1)?.text ?? (this.open ? undefined : this.current?.blocks.at(-1)?.text);
    return last !== undefined && JUMP.test(last);
  }

  /** The open paragraph's text so far ends here; null when nothing is open. */
  openTail(): string | null {
    return this.open ? this.open.tail : null;
  }

  openKind(): BlockKind | null {
    return this.open?.kind ?? null;
  }

  /** The rule of the open block (the one that began it or last changed its kind); null when nothing is open. */
  openRule(): RuleCode | null {
    return this.open?.rule ?? null;
  }

  /** Length of the open block's text so far (0 when nothing is open). */
  openLength(): number {
    return this.open?.length ?? 0;
  }

  /** Changes the kind of the open block (a paragraph that turns out to be a caption), by `rule`. */
  setOpenKind(kind: BlockKind, rule: RuleCode): void {
    if (!this.open) return;
    this.open.kind = kind;
    this.open.rule = rule;
  }

  /** Opens a new block (closing the previous one); starts an untitled article when none is open. */
  begin(kind: BlockKind, text: string, rule: RuleCode): void {
    this.close();
    if (!this.current)
      this.startArticle(UNTITLED, { rule: 'article.untitled', evidence: 'text before any title' });
    const open = this.slot;
    open.kind = kind;
    open.rule = rule;
    open.first = text;
    open.parts = null;
    open.length = text.length;
    open.tail = text;
    open.repairs = null;
    open.line = this.placing;
    this.open = open;
  }

  /** Appends a piece to the open block: a join, listed as a repair with its rule code as reason. */
  join(text: string, reason: RuleCode, evidence: string): void {
    const open = this.open;
    if (!open) return this.begin('paragraph', text, reason);
    const sep = joinSeparator(open.tail, text);
    const parts = (open.parts ??= [open.first]);
    if (sep) parts.push(sep);
    open.length += sep.length;
    (open.repairs ??= []).push({ blockIndex: -1, offset: open.length, reason, evidence });
    parts.push(text);
    open.length += text.length;
    open.tail = text;
  }

  /** A whole block on its own. */
  add(kind: BlockKind, text: string, rule: RuleCode): void {
    this.begin(kind, text, rule);
    this.close();
  }

  /** Furniture: straight into the flow, or held until the open paragraph closes. */
  furniture(text: string, rule: RuleCode): void {
    if (this.open && this.open.kind === 'paragraph') this.held.push({ text, rule });
    else this.place('furniture', text, rule);
  }

  /** Records a byline and its names on the current article (the first one wins). */
  byline(text: string): void {
    const a = this.current;
    if (!a) return;
    if (a.byline === null) a.byline = text;
    this.authors(text);
  }

  /** Adds the names in a byline or credit to the current article's authors. */
  authors(text: string): void {
    const a = this.current;
    if (!a) return;
    for (const name of namesIn(text)) if (!a.authors.includes(name)) a.authors.push(this.sharedName(name));
  }

  private sharedTitles(roles: Why): Why {
    const key = `${roles.rule}\n${roles.evidence}`;
    const kept = this.titleRecords.get(key);
    if (kept !== undefined) return kept;
    if (this.titleRecords.size < SHARED_LIMIT) this.titleRecords.set(key, roles);
    return roles;
  }

  private sharedName(name: string): string {
    const kept = this.names.get(name);
    if (kept !== undefined) return kept;
    if (this.names.size < SHARED_LIMIT) this.names.set(name, name);
    return name;
  }

  /** Closes what is open and gives the last article its final arrays; the pass is over. */
  finish(): void {
    this.close();
    this.finishArticle();
  }

  /**
   * Gives the current article, now complete, arrays of exactly its length. An array that grows by
   * push keeps room for 17 items from the first push on, and most articles have a few blocks, one
   * byline name and no repairs: four such arrays per article were about 0.45× the file's size on a
   * large import (`npm run bench -- memory`). The copies are made while the grown arrays are
   * young (see growing), so the collector frees those cheaply; nothing else holds a finished
   * article's arrays.
   */
  private finishArticle(): void {
    const a = this.current;
    if (!a) return;
    a.subheadlines = exact(a.subheadlines);
    a.authors = shared(this.authorLists, a.authors);
    a.blocks = exact(a.blocks);
    a.repairs = exact(a.repairs);
    if (a.provenance) a.provenance.blocks = shared(this.ruleLists, a.provenance.blocks);
  }

  /** Closes the open block and places any held furniture after it. */
  close(): void {
    const open = this.open;
    if (open) {
      this.open = null;
      // Read out of the shared record (`slot`) before settle and place run.
      const { kind, rule, line, repairs: own } = open;
      const text = open.parts === null ? open.first : open.parts.join('');
      open.first = open.tail = '';
      open.parts = open.repairs = null;
      open.line = null;
      const settled = this.settle?.(kind, text, line) ?? null;
      const blockIndex = this.place(settled?.kind ?? kind, text, settled?.rule ?? rule);
      // Most blocks were never joined: no repairs to place, no article to look up. The block's own
      // repair records go into the article (one object per repair, not a copy of each).
      const repairs = own ? this.current?.repairs : undefined;
      if (repairs && own)
        for (let k = 0; k < own.length; k++) {
          const r = own[k]!;
          r.blockIndex = blockIndex;
          repairs.push(r);
        }
    }
    if (this.held.length === 0) return;
    for (const h of this.held) this.place('furniture', h.text, h.rule);
    this.held = [];
  }

  /** Puts a finished block into the current article (or the preamble) with its rule; returns its index. */
  private place(kind: BlockKind, text: string, rule: RuleCode): number {
    const a = this.current;
    if (!a) return this.preamble.push({ kind, text }) - 1;
    a.blocks.push({ kind, text });
    a.provenance?.blocks.push(rule);
    this.count(kind, text);
    return a.blocks.length - 1;
  }

  /** Adds a block placed in the current article to its counts (StoryCounts). */
  private count(kind: BlockKind, text: string): void {
    if (kind === 'furniture') return;
    const story = this.story;
    story.chars += text.length;
    if (kind !== 'credit') story.bodyBlocks++;
    if (kind !== 'subhead') return;
    story.crossheads++;
    story.lastCrosshead = text;
    story.charsThroughLastCrosshead = story.chars;
  }
}

/** Distinct title records and author names kept for sharing (an issue has a few hundred at most). */
const SHARED_LIMIT = 10_000;

/**
 * The empty list a finished article has where it has no items (most have no subheadlines, many no
 * repairs): one shared array instead of one of its own each (32 bytes an article, about 1.6 MB on a
 * 50 MB import). Frozen, so a push into it would throw instead of changing every article; nothing
 * adds to a finished article (edits of a stored issue copy its lists).
 */
const EMPTY: never[] = Object.freeze([]) as never[];

/** The same items in an array of exactly their number (slice allocates no spare room). */
function exact<T>(items: T[]): T[] {
  return items.length === 0 ? EMPTY : items.slice();
}

/**
 * The kept frozen list with the same strings as `items` (kept in `lists`, up to SHARED_LIMIT), or
 * a frozen exact copy of them; EMPTY for none. Frozen as EMPTY is: nothing adds to a finished
 * article, and a push into a shared list throws instead of changing every article.
 */
function shared(lists: Map<string, string[]>, items: string[]): string[] {
  if (items.length === 0) return EMPTY;
  // Line breaks never occur in a name or a rule code, so they separate the items of a key.
  const key = items.length === 1 ? (items[0] as string) : items.join('\n');
  const kept = lists.get(key);
  if (kept !== undefined) return kept;
  const list = Object.freeze(items.slice()) as string[];
  if (lists.size < SHARED_LIMIT) lists.set(key, list);
  return list;
}

/**
 * The empty array `growing` copies. Not frozen: slice copies a frozen array by V8's generic path,
 * about twice as slow as the fast copy of a plain empty one (four copies per article). Never
 * pushed to: only `growing` sees it.
 */
const NONE: never[] = [];

/**
 * An empty array for an article to push into until finishArticle copies it. Not a `[]` literal in
 * the article's literal: articles live on, so V8 soon allocates such literals straight in the old
 * generation ("pretenuring"), and then the room each push grows is old too and stays as garbage
 * after the copy until a full collection (two thirds of the file at the peak of a large import). An
 * array made by slice has no allocation site, so it and its room are young and die young.
 */
function growing<T>(): T[] {
  return NONE.slice();
}
