import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../main/segment/segmentText';
import { headlines } from './support/synthetic';

describe('sentence-case English headlines after a finished block', () => {
  it('a headline after a photographer line, above a body paragraph, starts a new story', () => {
    const text =
      'Harbour wall repaired\n\nBy Ann Lee\n\nPORTWICK, May 2 — The harbour wall was repaired this week after the winter storms.\n\nWorkers lay the final stones on Tuesday.\nPicture: Tom Reed\n\nVillage fete raises record sum for the school roof\n\nOrganisers of the summer fete in Little Barton said on Sunday that stalls, games and a dog show had raised more money than in any year before, and that the school roof would be mended before autumn.\n';
    expect(headlines(text)).toEqual([
      'Harbour wall repaired',
      'Village fete raises record sum for the school roof',
    ]);
    const last = segmentText(text).articles[1];
    expect(last?.blocks.map((b) => b.kind)).toEqual(['paragraph']);
  });

  it('a headline longer than seventy characters above a dateline starts a new story', () => {
    const text =
      "HANGZHOU, March 4 (Xinhua) -- The city opened three new metro lines this year, bringing the total to 12.\n\nProvince's high-speed rail network carries record number of travellers during holiday period\n\nNANJING, March 4 (Xinhua) -- Trains carried more passengers than ever over the holiday.\n";
    expect(headlines(text)).toEqual([
      null,
      "Province's high-speed rail network carries record number of travellers during holiday period",
    ]);
  });
});
