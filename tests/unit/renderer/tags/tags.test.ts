import { describe, expect, it } from 'vitest';
import type { StoredArticle, TagVocabulary } from '../../../../preload/api';
import { toggleTagOp } from '../../../../renderer/src/tags/toggleTagOp';
import { pinnedTags } from '../../../../renderer/src/tags/pinnedTags';
import { matchTerms } from '../../../../renderer/src/tags/matchTerms';
import { tagLabel, termsByTag } from '../../../../renderer/src/tags/tagLabel';

const vocabulary: TagVocabulary = {
  terms: [
    { id: 'section:culture', zh: '文化', en: 'culture', pinned: true },
    { id: 'medtop:11000000', zh: '政治', en: 'politics', pinned: true },
    { id: 'medtop:15000000', zh: '体育', en: 'sport' },
    { id: 'medtop:04000000', zh: '经济', en: 'economy, business and finance', pinned: true },
  ],
};
const withTags = (id: string, tags: string[]) => ({ id, tags }) as StoredArticle;

describe('toggleTagOp', () => {
  it('adds to all targets when any lacks the tag', () => {
    expect(toggleTagOp('文化', [withTags('a', ['文化']), withTags('b', [])])).toEqual({
      type: 'tagArticles',
      articleIds: ['a', 'b'],
      add: ['文化'],
      remove: [],
    });
  });
  it('removes from all targets when every one has it', () => {
    expect(toggleTagOp('文化', [withTags('a', ['文化']), withTags('b', ['文化'])])).toMatchObject({
      add: [],
      remove: ['文化'],
    });
  });
  it('does nothing without targets', () => {
    expect(toggleTagOp('文化', [])).toBeNull();
  });
});

describe('pinnedTags', () => {
  it('uses the vocabulary pinned terms, as stored tag values, in order', () => {
    expect(pinnedTags([], vocabulary)).toEqual(['文化', '政治', '经济']);
  });
  it('prefers the order chosen in settings, at most nine', () => {
    const chosen = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
    expect(pinnedTags(chosen, vocabulary)).toEqual(chosen.slice(0, 9));
  });
});

describe('matchTerms', () => {
  it('matches Chinese, English and ids, prefixes first', () => {
    expect(matchTerms(vocabulary.terms, '体').map((t) => t.zh)).toEqual(['体育']);
    expect(matchTerms(vocabulary.terms, 'pol').map((t) => t.zh)).toEqual(['政治']);
    // 'economy' starts with it; 'section:culture' only contains it, so it comes second.
    expect(matchTerms(vocabulary.terms, 'ec').map((t) => t.zh)).toEqual(['经济', '文化']);
    expect(matchTerms(vocabulary.terms, 'business').map((t) => t.zh)).toEqual(['经济']);
  });
  it('offers the first terms for an empty query', () => {
    expect(matchTerms(vocabulary.terms, ' ', 2)).toHaveLength(2);
  });
});

describe('tagLabel', () => {
  const terms = termsByTag(vocabulary);
  it('shows a stored tag in the interface language', () => {
    expect(tagLabel('文化', terms, 'en')).toBe('culture');
    expect(tagLabel('文化', terms, 'zh')).toBe('文化');
    expect(tagLabel('section:culture', terms, 'en')).toBe('culture');
  });
  it('shows a tag outside the vocabulary as stored', () => {
    expect(tagLabel('李俊杰', terms, 'en')).toBe('李俊杰');
  });
});
