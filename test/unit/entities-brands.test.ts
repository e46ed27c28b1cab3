// Entities, seventeenth round (branch h-firms14): firms and brands shaped like people or places. Every snippet was
// written for this test (not taken from GUM, PolNeAR or any article).
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { entityList } from './entities-news.test';
import { brandPossessive, brandRunType, loneFirmWord } from '../../src/engine/entities/brands';
import { tokenize } from '../../src/engine/tokens';

const HEAD = 'Headline for a brands entity test\n20241201\nhttps://example.org/news/brands17\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
const typeAt = (src: string, text: string): string | undefined => {
  const a = analyze(src);
  const at = src.indexOf(text);
  return a.entities.find((e) => e.start === at && e.end === at + text.length)?.type;
};

describe('entities, seventeenth round: firms and brands read as people or places', () => {
  it('reads a name closed by an abbreviated legal suffix as an organisation (`Vessant Inc.`, `Harlow Motor Co.`)', () => {
    const src = seed('The trust kept stakes in Harlow Motor Co., Tessmer Inc. and a dozen smaller names.',
      'Analysts said Orbeline Corp. would report on Tuesday.');
    const a = analyze(src);
    assert.equal(typeAt(src, 'Harlow Motor Co.'), 'organization', entityList(a));
    assert.equal(typeAt(src, 'Tessmer Inc.'), 'organization', entityList(a));
    assert.equal(typeAt(src, 'Orbeline Corp.'), 'organization', entityList(a));
  });

  it('reads `X International` as an organisation, and a lone firm word as no person', () => {
    const src = seed('A spokeswoman for the parent company, Dranvik International, declined to comment.',
      'A week later Corporation lawyers filed a second brief.');
    const a = analyze(src);
    assert.equal(typeAt(src, 'Dranvik International'), 'organization', entityList(a));
    assert.ok(!a.entities.some((e) => e.text === 'Corporation' && e.type === 'person'), entityList(a));
  });

  it("joins a brand's possessive before a firm word or a venue (`Dalby's International`, `Orrin's Stadium`)", () => {
    const src = seed("Betty's International said its sales rose in the spring.",
      "The final was played at Kevin's Stadium before a small crowd.",
      "Volunteers served soup outside Maggie's Diner on the corner.");
    const a = analyze(src);
    assert.equal(typeAt(src, "Betty's International"), 'organization', entityList(a));
    assert.equal(typeAt(src, "Kevin's Stadium"), 'place', entityList(a));
    assert.equal(typeAt(src, "Maggie's Diner"), 'place', entityList(a));
    assert.ok(!a.entities.some((e) => e.type === 'person'), entityList(a));
  });

  it('keeps a person before an ordinary possessive and a county before `Co.`', () => {
    const src = seed("Kevin's brother said the shop would close.");
    assert.equal(typeAt(src, 'Kevin'), 'person', entityList(analyze(src)));
    const t = (s: string): ReturnType<typeof brandRunType> => { const k = tokenize(s); return brandRunType(k, 0, k.length); };
    assert.equal(t('Quillmore Inc.'), 'organization');
    assert.equal(t("Ann's Arena"), 'place');
    assert.equal(t("Ann's Garden"), null);
    assert.equal(t('Boston Co.'), null);
    assert.equal(t('Inc.'), null);
  });

  it('joins only one unknown word before `s and the run-ending head', () => {
    const j = (s: string, i: number): boolean => { const k = tokenize(s); return brandPossessive(k, 0, i, k.length); };
    assert.equal(j("Dalby's Group", 1), true);
    assert.equal(j("London's Stadium", 1), false); // a known place owns the next name
    assert.equal(j("Ann Lee's Diner", 2), false);
    assert.equal(j("Dalby's Group Awards", 1), false);
    const lone = (s: string): boolean => { const k = tokenize(s); return loneFirmWord(k, 0, k.length); };
    assert.equal(lone('Holdings'), true);
    assert.equal(lone('Holden'), false);
  });
});
