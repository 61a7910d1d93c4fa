import type { Block, BlockKind, SegmentedArticle } from '../../preload/api';
import { namesIn } from './byline';
import { joinSeparator } from './text';

/** The title lines of a new article. */
export interface Titles {
  kicker: string | null;
  headline: string | null;
  subheadlines: string[];
}

const JUMP = /^[（(]?\s*(?:Continued on|Concluded on|See Page|下转|转第|转下版)/iu;

/**
 * The block being filled. Most blocks are one line and never joined, so the parts and repairs
 * arrays are only made on the first join (fewer allocations per line).
 */
interface OpenBlock {
  kind: BlockKind;
  /** The first piece; the whole text while `parts` is null. */
  first: string;
  /** Every piece, from the first join on. */
  parts: string[] | null;
  length: number;
  /** The last piece added ends here (for the separator of the next join). */
  tail: string;
  repairs: Array<{ offset: number; reason: string }> | null;
}

/**
 * Collects blocks into articles. Paragraph text is built as an array of parts joined once when
 * the block closes (no repeated concatenation). Furniture that arrives while a paragraph is open
 * is held and placed right after that paragraph, so a page break cannot cut a paragraph in two.
 */
export class IssueBuilder {
  readonly preamble: Block[] = [];
  readonly articles: SegmentedArticle[] = [];
  private open: OpenBlock | null = null;
  private held: string[] = [];

  /** The article being filled, if any. */
  get current(): SegmentedArticle | null {
    return this.articles[this.articles.length - 1] ?? null;
  }

  /** Closes what is open and starts an article with the given titles. */
  startArticle(titles: Titles): void {
    this.close();
    // Fields spelled out: object spread is slow in V8 on this hot path.
    const { kicker, headline, subheadlines } = titles;
    this.articles.push({
      kicker,
      headline,
      subheadlines,
      byline: null,
      authors: [],
      blocks: [],
      repairs: [],
    });
  }

  /**
   * True when the current article has body text: an open block, or a paragraph, subhead or caption
   * (a credit printed under the headline, such as a `By` line, is not body yet).
   */
  hasBody(): boolean {
    if (this.open) return true;
    return (this.current?.blocks ?? []).some((b) => b.kind !== 'furniture' && b.kind !== 'credit');
  }

  /** True when the current article already has a crosshead. */
  hasSubhead(): boolean {
    return (this.current?.blocks ?? []).some((b) => b.kind === 'subhead');
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
    const last = this.held.at(-1) ?? (this.open ? undefined : this.current?.blocks.at(-1)?.text);
    return last !== undefined && JUMP.test(last);
  }

  /** The open paragraph's text so far ends here; null when nothing is open. */
  openTail(): string | null {
    return this.open ? this.open.tail : null;
  }

  openKind(): BlockKind | null {
    return this.open?.kind ?? null;
  }

  /** Length of the open block's text so far (0 when nothing is open). */
  openLength(): number {
    return this.open?.length ?? 0;
  }

  /** Changes the kind of the open block (a paragraph that turns out to be a caption). */
  setOpenKind(kind: BlockKind): void {
    if (this.open) this.open.kind = kind;
  }

  /** Opens a new block (closing the previous one); starts an untitled article when none is open. */
  begin(kind: BlockKind, text: string): void {
    this.close();
    if (!this.current) this.startArticle({ kicker: null, headline: null, subheadlines: [] });
    this.open = { kind, first: text, parts: null, length: text.length, tail: text, repairs: null };
  }

  /** Appends a piece to the open block: a join, listed as a repair with its reason. */
  join(text: string, reason: string): void {
    const open = this.open;
    if (!open) return this.begin('paragraph', text);
    const sep = joinSeparator(open.tail, text);
    const parts = (open.parts ??= [open.first]);
    if (sep) parts.push(sep);
    open.length += sep.length;
    (open.repairs ??= []).push({ offset: open.length, reason });
    parts.push(text);
    open.length += text.length;
    open.tail = text;
  }

  /** A whole block on its own. */
  add(kind: BlockKind, text: string): void {
    this.begin(kind, text);
    this.close();
  }

  /** Furniture: straight into the flow, or held until the open paragraph closes. */
  furniture(text: string): void {
    if (this.open && this.open.kind === 'paragraph') this.held.push(text);
    else this.container().push({ kind: 'furniture', text });
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
    for (const name of namesIn(text)) if (!a.authors.includes(name)) a.authors.push(name);
  }

  /** Closes the open block and places any held furniture after it. */
  close(): void {
    const open = this.open;
    if (open) {
      this.open = null;
      const blocks = this.container();
      const blockIndex = blocks.length;
      blocks.push({
        kind: open.kind,
        text: open.parts === null ? open.first : open.parts.join(''),
      });
      const repairs = this.current?.repairs;
      if (repairs && open.repairs)
        for (const r of open.repairs) repairs.push({ blockIndex, offset: r.offset, reason: r.reason });
    }
    if (this.held.length === 0) return;
    for (const text of this.held) this.container().push({ kind: 'furniture', text });
    this.held = [];
  }

  private container(): Block[] {
    return this.current ? this.current.blocks : this.preamble;
  }
}
