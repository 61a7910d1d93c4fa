import type { IStylesOptions } from 'docx';
import type { ArticleLanguage } from '../cleanup/detectLanguage';

const SERIF = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun' };
const SANS = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimHei' };
/** Word sizes are in half-points; spacing and indents in twentieths of a point. */
const BODY_SIZE = 24;

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
        paragraph: { spacing: { line: 360, after: 120 } },
      },
      title: { run: { font: SANS, size: 44, bold: true }, paragraph: { spacing: { after: 160 } } },
      heading2: {
        run: { font: SANS, size: 28, bold: true, color: '000000' },
        paragraph: { spacing: { before: 240 } },
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
