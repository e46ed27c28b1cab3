// Adversarial seed shapes (issue 11): inputs whose analysis once grew with the square of a sentence or a line.
// Pure generators (no node:* imports), shared by the unit tests (test/unit/adversarial.test.ts) and `npm run bench`.
// The shapes of the rules added since (issue 12's rounds) are in adversarialRules.ts; four of them run with these.
import { BENCHED, RULE_SHAPES } from './adversarialRules';

export interface Shape {
  name: string;
  /** A seed of about `bytes` characters. */
  make(bytes: number): string;
}

const HEADER = 'Adversarial seed\n20220106\nhttps://example.org/adversarial\n';

/** `unit` repeated up to about `bytes` characters, after the seed header; `sep` between paragraphs when set. */
function repeat(unit: string, bytes: number, prefix = '', suffix = ''): string {
  const n = Math.max(1, Math.ceil((bytes - HEADER.length - prefix.length - suffix.length) / unit.length));
  return HEADER + prefix + unit.repeat(n) + suffix + '\n';
}

/** Realistic sentences with names, cues and quotes, to be joined into one line. */
const NEWS_SENTENCES = [
  '"We will not back down," said John Smith, a former U.S. ambassador to Ukraine.',
  'Mary Jones, the head of the European Commission, told reporters on Tuesday that talks would resume.',
  'According to Reuters, officials in Kabul said the convoy had been attacked near Bakhmut.',
  'Mr. Smith said the United Nations must act: "The time for words is over."',
  'The ministry said in a statement that it had no comment.',
  'Analysts at Goldman Sachs warned that prices could rise by 5% in 2023.',
  '“It is a disgrace,” she added, “and we will say so.”',
  'Senator Ann Lee of Ohio said, We have to do better.',
];

export const SHAPES: Shape[] = [
  {
    // The example: one sentence (no full stop) holding a cue every few words.
    name: 'said-chain',
    make: (b) => repeat('"We will win," said John Smith, who said Mary Jones said ', b),
  },
  {
    // An opening mark and a cue, over and over, never closed and never ending the sentence.
    name: '“He said that ×n',
    make: (b) => repeat('“He said that ', b),
  },
  {
    // Thousands of cues in one sentence, each with a subject of its own.
    name: 'cues in one sentence',
    make: (b) => repeat('officials said that Mr. Brown told reporters that ', b, 'Mary Jones said that ', '.'),
  },
  {
    // One appositive running over the whole line (`said X, a ...` with no full stop).
    name: 'long appositive',
    make: (b) => repeat('the former head of the agency and ', b, '"It is over," said John Smith, a ', '. He said so.'),
  },
  {
    // Quotation marks of every kind, never balanced, with cues between them.
    name: 'unbalanced quotes',
    make: (b) => repeat('“He said ” the “ “ ” said Smith » « „ " ', b),
  },
  {
    // No quotation marks at all (a stripped seed): cues and introducers that start quotes running to the next one.
    name: 'stripped cues',
    make: (b) => repeat('He said, We will win, said John Smith. Mary Jones told reporters: I agree, she said ', b),
  },
  {
    // Pronoun speakers in one long paragraph whose earlier names never fit them (`he` after women's names).
    name: 'pronouns without antecedent',
    make: (b) => repeat('Mary Jones met Anna Lee in Paris. "Yes," he said. "No," it said. ', b),
  },
  {
    // Thousands of different men in one paragraph, each a fitting antecedent, and `he said` quotes among them: every
    // pronoun weighs its candidates (the rules' pick and the learned ranker's, a bounded set each).
    name: 'many men, then he',
    make: (b) => {
      const out: string[] = [];
      let size = HEADER.length;
      for (let i = 0; size < b; i++) {
        const s = i % 20 === 19 ? '“The kiln cooled,” he said.' : `Mr. Tobias Quill${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i / 26 | 0) % 26))}${String.fromCharCode(97 + ((i / 676 | 0) % 26))} spoke.`;
        out.push(s);
        size += s.length + 1;
      }
      return HEADER + out.join(' ') + '\n';
    },
  },
  {
    // A whole article in one line without newlines: many sentences, a single paragraph.
    name: 'news in one line',
    make: (b) => {
      const out: string[] = [];
      let size = HEADER.length;
      for (let i = 0; size < b; i++) {
        const s = NEWS_SENTENCES[i % NEWS_SENTENCES.length];
        out.push(s);
        size += s.length + 1;
      }
      return HEADER + out.join(' ') + '\n';
    },
  },
  {
    // Capitalised words without end: one endless name candidate run, and cues between them.
    name: 'capitalised run',
    make: (b) => repeat('John Smith Mary Jones United Nations Said ', b),
  },
  {
    // One endless name run joined by connectors (`of`, `and`, `'s`) that each look back or ahead over the run.
    name: 'name run with connectors',
    make: (b) => repeat("Ministry of Defense and Bank of England's Council of Food and Drug ", b),
  },
  {
    // A headline of the whole size (line 1), then a short body.
    name: 'huge headline',
    make: (b) => 'John Smith Said '.repeat(Math.ceil(b / 16)) + '\n20220106\nhttps://example.org/x\n"We won," said John Smith.\n',
  },
  ...RULE_SHAPES.filter((s) => BENCHED.has(s.name)),
];

/** Sum of the lengths of every text the analysis outputs as a span's text (the bulk of its JSON). */
export function outputTextSize(a: {
  entities: { text: string; canonical: string }[];
  quotes: { text: string }[];
  claims: { text: string }[];
  actors: { name: string; aliases: string[]; role: string | null }[];
}): { total: number; claims: number; quotes: number; entities: number; actors: number } {
  let entities = 0;
  for (const e of a.entities) entities += e.text.length + e.canonical.length;
  let quotes = 0;
  for (const q of a.quotes) quotes += q.text.length;
  let claims = 0;
  for (const c of a.claims) claims += c.text.length;
  let actors = 0;
  for (const x of a.actors) {
    actors += x.name.length + (x.role?.length ?? 0);
    for (const al of x.aliases) actors += al.length;
  }
  return { total: entities + quotes + claims + actors, claims, quotes, entities, actors };
}
