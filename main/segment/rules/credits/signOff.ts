/**
 * A line that closes a piece without a sentence stop: a reader's signature under a letter or comment
 * (`山东济南市  马洪利`: a place down to its city, county or district, a space, one to three names
 * of two to four characters), a note wholly in brackets (`（综合…报道）`), a cartoon's credit
 * (`曹  一图  杨立新文`: who drew it, who wrote it) or a column's contact line ending with an e-mail
 * or web address (`栏目投稿邮箱：…@163.com`). Nothing continues such a line, so a flush title stack
 * right under it opens the next piece (titles/titleStack.ts), where an unfinished line would be cut
 * text.
 * Signals: the line's text alone.
 * Thresholds: none.
 */

/** A reader's place (down to a city, county, district or town), then one to three names after spaces. */
const READER_SIGNATURE =
  /^\p{Script=Han}{2,12}(?:省|市|县|区|州|盟|旗|镇|乡|村)(?:[\s\u3000]+\p{Script=Han}{2,4}){1,3}$/u;
/** A note wholly in brackets (`（综合…报道）`, `（本报…电  记者…）`) closes the piece it ends. */
const WHOLE_NOTE = /^[（(](?:[^（）()]|[（(][^（）()]*[)）])*[)）]$/u;
/** A cartoon's credit: who drew it, who wrote its text (`曹  一图  杨立新文`), names perhaps spaced. */
const CARTOON_CREDIT =
  /^\p{Script=Han}(?:[\s\u3000]*\p{Script=Han}){1,3}图[\s\u3000]+\p{Script=Han}(?:[\s\u3000]*\p{Script=Han}){1,3}文$/u;
/** A contact line ends with an e-mail or web address. */
const ADDRESS_END = /(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/\S+|www\.\S+)$/u;

export function signsOff(body: string): boolean {
  return (
    READER_SIGNATURE.test(body) ||
    CARTOON_CREDIT.test(body) ||
    WHOLE_NOTE.test(body) ||
    ADDRESS_END.test(body)
  );
}
