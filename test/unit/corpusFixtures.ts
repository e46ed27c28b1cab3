// Planted articles for the corpus tests: the same people quoted in several generated articles with different
// phrasings, and different people who share a surname. Built from invented sentences, never PolNeAR.
import { plantedSeed } from '../../bench/corpusGen';

export const PLANTED: { name: string; text: string }[] = [
  {
    name: 'blinken-titled.seed.txt',
    text: plantedSeed('Talks open in Geneva', '2022-01-10', 'www.example-news.com', [
      'Secretary of State Antony Blinken said on Monday that the talks would be difficult. "We are ready for a serious discussion," Blinken told reporters.',
      'The meeting lasted four hours.',
    ]),
  },
  {
    name: 'blinken-in-article.seed.txt',
    text: plantedSeed('Diplomats meet again', '2022-01-11', 'daily.example.org', [
      'Antony Blinken arrived in Geneva on Monday.',
      '"We will not give up," Blinken said after the meeting.',
    ]),
  },
  {
    name: 'blinken-bare.seed.txt',
    text: plantedSeed('Another round', '2022-01-12', 'news.example.net', [
      '"Diplomacy is the only way forward," Blinken said on Wednesday.',
      'Officials said the next round would be in Vienna.',
    ]),
  },
  {
    name: 'hillary.seed.txt',
    text: plantedSeed('Campaign rally', '2016-01-01', 'www.herald.example', ['"We are stronger together," Hillary Clinton said at the rally.']),
  },
  {
    name: 'bill.seed.txt',
    text: plantedSeed('Foundation gala', '2016-01-02', 'www.tribune.example', ['"The foundation does good work," Former President Bill Clinton told reporters.']),
  },
  {
    name: 'clinton-bare.seed.txt',
    text: plantedSeed('After the debate', '2016-01-03', 'observer.example.com', ['"It was a good night," Clinton said after the debate.']),
  },
];
