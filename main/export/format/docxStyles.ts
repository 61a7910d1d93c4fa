import { LineRuleType, type IStylesOptions } from 'docx';
import type { ArticleLanguage } from '../cleanup/detectLanguage';

const SERIF = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun' };
const SANS = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimHei' };
/** Word sizes are in half-points; spacing and indents in twentieths of a point. */
const BODY_SIZE = 24;
/**
 * Line spacing always names its rule. Without `lineRule`, LibreOffice reads `w:line` as an exact
 * height, so 360 twips (18 pt) under a 22 pt headline made its lines overlap. With 'auto', `line` is
 * in 240ths of the font's own line: 1.5 lines for body text, 1.2 for the larger titles.
 */
const BODY_LINE = { line: 360, lineRule: LineRuleType.AUTO } as const;
const TITLE_LINE = { line: 288, lineRule: LineRuleType.AUTO } as const;

/**
 * Real Word styles, so an editor can restyle the whole copy at once: Title (headline), Subtitle
 * (decks), Heading 2 (crossheads), Body Text, Caption, plus Kicker, Byline and Credit. SimSun and
 * SimHei are the East Asian faces every Chinese Word install has; LibreOffice substitutes its CJK
 * fonts for them. Chinese body text is indented two characters, as Chinese papers set it.
 */
export function docxStyles(language: ArticleLanguage): IStylesOptions {
  const zh = language === 'zh';
  return {
    default: {
      document: {
        run: {
          font: SERIF,
          size: BODY_SIZE,
          language: { value: zh ? 'zh-CN' : 'en-US', eastAsia: 'zh-CN' },
        },
        paragraph: { spacing: { ...BODY_LINE, after: 120 } },
      },
      title: {
        run: { font: SANS, size: 44, bold: true },
        paragraph: { spacing: { ...TITLE_LINE, after: 160 } },
      },
      heading2: {
        run: { font: SANS, size: 28, bold: true, color: '000000' },
        paragraph: { spacing: { ...TITLE_LINE, before: 240 } },
      },
    },
    paragraphStyles: [
      style('Subtitle', 'Subtitle', { font: SANS, size: 30, color: '404040' }),
      style('Kicker', 'Kicker', { font: SANS, size: 26, color: '9A2A2A' }),
      style('Byline', 'Byline', { size: 22, color: '555555', italics: !zh }),
      style('BodyText', 'Body Text', {}, zh ? { firstLine: BODY_SIZE * 20 } : undefined),
      style('Caption', 'caption', { size: 20, color: '404040' }),
      style('Credit', 'Credit', { size: 21, color: '555555', italics: !zh }),
    ],
  };
}

function style(
  id: string,
  name: string,
  run: NonNullable<IStylesOptions['paragraphStyles']>[number]['run'],
  indent?: { firstLine: number },
): NonNullable<IStylesOptions['paragraphStyles']>[number] {
  return {
    id,
    name,
    basedOn: 'Normal',
    next: 'BodyText',
    quickFormat: true,
    run,
    paragraph: indent ? { indent } : {},
  };
}
