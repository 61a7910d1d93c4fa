/**
 * A contact line: where to write to or find a column or an advertiser (`栏目投稿邮箱：…@….com`,
 * `门户网站：http://…`, `联系电话：…`). A paper prints it under a story or at the foot of a column; it
 * is never a headline, so it neither opens an article after a story's end (afterStoryEnd.ts) nor
 * counts as a title candidate (classify/titleShape.ts).
 * Signals: an e-mail address or a web address in the line, or a contact label before a colon.
 * Thresholds: none.
 */

import { charSet } from '../../text';

/** An address (`…@…`, `http://`, `www.`) or a contact label right before a colon (`投稿邮箱：`). */
export const CONTACT = /[@＠]|https?:\/\/|www\.|(?:邮箱|信箱|电话|网址|网站|热线|微信|邮编|传真)\s*[:：]/iu;

/** Every branch of CONTACT needs one of these: @ or ＠, the colon of `http://` or of a label, the dot of `www.`. */
const CONTACT_SIGN = charSet('@＠:：.');

export function isContactLine(body: string): boolean {
  // A line without any of them (most title-shaped lines) is answered without the expression.
  for (let i = 0; i < body.length; i++) if (CONTACT_SIGN.has(body.charCodeAt(i))) return CONTACT.test(body);
  return false;
}
