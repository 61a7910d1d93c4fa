import { describe, expect, it } from 'vitest';
import { keepsClauseCrosshead } from '../../../../main/segment/rules/blocks/crossheadBreak';
import { CLAUSE_CROSSHEAD_VETO_AT } from '../../../../main/segment/thresholds';

// Synthetic lines written for this test. A feature's crosshead of two clauses (`A，B`) has no sentence
// end, so the join scorer may read the break under it as a cut; the rule keeps the break when the
// scorer is not sure and the line reads like a crosshead, not like the first piece of a sentence.
const keeps = (tail: string, next: string, probability: number | undefined = 0.6, openLength = tail.length) =>
  keepsClauseCrosshead(tail, openLength, probability, next);

describe('break.clauseCrosshead', () => {
  const next = '清晨六点，渔港码头已经热闹起来。';

  it('keeps the break under a one-line clause pair the scorer is unsure of', () => {
    expect(keeps('守住近海渔场，换来满舱好收成', next)).toBe(true);
    expect(keeps('“老规矩”改了，新日子红火', next)).toBe(true);
  });

  it('lets the scorer join when it is sure of a cut, or did not run', () => {
    expect(keeps('守住近海渔场，换来满舱好收成', next, CLAUSE_CROSSHEAD_VETO_AT)).toBe(false);
    const line = '守住近海渔场，换来满舱好收成';
    expect(keepsClauseCrosshead(line, line.length, undefined, next)).toBe(false);
  });

  it('only a paragraph that began on this line: the end of a longer paragraph is text', () => {
    const tail = '守住近海渔场，换来满舱好收成';
    expect(keeps(tail, next, 0.6, tail.length + 40)).toBe(false);
  });

  it('a line without a comma, too short, or with a sentence end is left to the other rules', () => {
    expect(keeps('守住近海渔场换来满舱好收成', next)).toBe(false);
    expect(keeps('渔场，丰收', next)).toBe(false);
    expect(keeps('守住渔场。换来满舱好收成', next)).toBe(false);
  });

  it('the first piece of a cut sentence stays joined', () => {
    // The last clause stops on a word that goes on, or is too short to be whole.
    expect(keeps('守住近海渔场，渔民们开始的', next)).toBe(false);
    expect(keeps('守住近海渔场，渔民', next)).toBe(false);
    // The first clause sets a time or a speaker, or opens the sentence's setting.
    expect(keeps('春节期间，渔民们换来满舱好收成', next)).toBe(false);
    expect(keeps('老船长说，渔民们换来满舱好收成', next)).toBe(false);
    expect(keeps('在近海渔场，渔民们换来满舱好收成', next)).toBe(false);
    // A quote left open: the sentence goes on.
    expect(keeps('守住“近海渔场，换来满舱好收成', next)).toBe(false);
  });

  it('the line under it must open a clause of its own, not close the cut one', () => {
    expect(keeps('守住近海渔场，换来满舱好收成', '舱，渔民们笑了。')).toBe(false);
    expect(keeps('守住近海渔场，换来满舱好收成', '清晨六点，渔港码头已经热闹起来。')).toBe(true);
  });
});
