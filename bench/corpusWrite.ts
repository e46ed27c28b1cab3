// Writes a generated corpus (bench/corpusGen.ts: CC-BY fixtures recombined) for scale runs:
//   node out/bench/corpusWrite.js jsonl COUNT [SEED] > articles.jsonl      {"id","text"} per line, for export --stdin
//   node out/bench/corpusWrite.js seeds COUNT DIR [SEED]                  COUNT .seed.txt files in DIR (100 per folder)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from './corpusGen';

function main(argv: string[]): number {
  const [mode, countArg, a, b] = argv;
  const count = Number(countArg);
  if (!(count > 0) || (mode !== 'jsonl' && mode !== 'seeds') || (mode === 'seeds' && !a)) {
    process.stderr.write('usage: corpusWrite.js jsonl COUNT [SEED] | seeds COUNT DIR [SEED]\n');
    return 2;
  }
  const seed = Number(mode === 'jsonl' ? a ?? 1 : b ?? 1);
  // In slices of 1,000 so that a large corpus never sits in memory whole.
  for (let from = 0; from < count; from += 1000) {
    const docs = generateCorpus({ count: Math.min(1000, count - from), seed: seed * 100_003 + from });
    if (mode === 'jsonl') {
      process.stdout.write(docs.map((d, i) => JSON.stringify({ id: `gen-${from + i}`, text: d.text })).join('\n') + '\n');
    } else {
      docs.forEach((d, i) => {
        const k = from + i;
        const dir = join(a, String(Math.floor(k / 100)).padStart(4, '0'));
        if (k % 100 === 0) mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, `gen-${String(k).padStart(6, '0')}.seed.txt`), d.text);
      });
    }
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
