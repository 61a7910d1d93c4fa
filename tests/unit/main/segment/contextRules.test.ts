import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../main/segment/segmentText';

const titles = (text: string) =>
  segmentText(text).articles.map((a) => [a.kicker, a.headline, a.subheadlines]);

describe('English title groups found from the lead below them', () => {
  it('a sentence-case headline and deck above a By line start the story', () => {
    const text =
      'Ferry service resumes after winter break\n\nBoats will run every hour until October\n\nBy Anna Grey\n\nPORTLAND, April 2 -- The island ferry returned on Monday.\n\nTickets sold out by noon.\n\n\nLibrary extends weekend hours\n\nDENVER, April 3 (Xinhua) -- The central library will stay open later.\n\nStaff welcomed the change.\n';
    expect(titles(text)).toEqual([
      [null, 'Ferry service resumes after winter break', ['Boats will run every hour until October']],
      [null, 'Library extends weekend hours', []],
    ]);
  });

  it('title lines on consecutive lines right above a dateline', () => {
    const text =
      'The first story ends here.\n\nBridge repairs finish early\nCrews worked through the holiday\n\nBOSTON, May 1 -- The bridge reopened.\n';
    const { articles } = segmentText(text);
    expect(articles).toHaveLength(2);
    expect(articles[1]).toMatchObject({
      headline: 'Bridge repairs finish early',
      subheadlines: ['Crews worked through the holiday'],
    });
  });

  it('a title-case deck with a full stop under a capital headline stays in the title group', () => {
    const text =
      'MAYOR OPENS NEW MARKET HALL\n\nMerchants Welcome Larger Stalls and Longer Hours on Saturdays.\n\nThe new market hall opened this morning with a crowd at its doors.\n';
    expect(titles(text)).toEqual([
      [
        null,
        'MAYOR OPENS NEW MARKET HALL',
        ['Merchants Welcome Larger Stalls and Longer Hours on Saturdays.'],
      ],
    ]);
  });

  it('a paragraph fragment before an ordinary paragraph is not promoted', () => {
    const text =
      'Storm hits coast\n\nBy Lee Park\n\nThe storm arrived at dawn and\n\nflooded the harbour road.\n';
    const { articles } = segmentText(text);
    expect(articles).toHaveLength(1);
  });
});
