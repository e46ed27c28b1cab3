// Corrections double as gold: `npm run eval -- --gold-from-corrections DIR` scores the engine against
// the reader's corrected analyses of the seeds in DIR (every `X.txt` with an `X.txt.corrections.json`
// beside it; sub-folders too). The gold is the engine's analysis with the reader's corrections applied,
// so the scores measure how far the engine is from what the reader accepted.
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine/types';
import { applyCorrections, parseCorrections, sidecarName } from '../../src/corrections';
import { formatTable, type GoldEntity, type GoldFile, scoreFolder } from './evaluate';

const GOLD_TYPE: Record<string, GoldEntity['type']> = { person: 'PERSON', organization: 'ORG', place: 'PLACE', group: 'OTHER' };

/** The gold annotations (evaluate.ts format) that a corrected analysis stands for. */
export function goldFromAnalysis(a: Analysis): GoldFile {
  const names = new Map(a.actors.map((x) => [x.id, x.type === 'collective' ? null : x.name]));
  return {
    entities: a.entities.filter((e) => GOLD_TYPE[e.type]).map((e) => ({ text: e.text, type: GOLD_TYPE[e.type], start: e.start, end: e.end })),
    quotes: a.quotes.filter((q) => q.kind !== 'indirect').map((q) => ({ text: q.text, start: q.start, end: q.end, speaker: q.speaker ? names.get(q.speaker) ?? null : null })),
    actors: a.actors.map((x) => ({ name: x.name, aliases: [...x.aliases], role: x.role })),
  };
}

function seedsWithSidecars(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') out.push(...seedsWithSidecars(p));
    else if (entry.isFile() && !entry.name.endsWith('.corrections.json') && fs.existsSync(sidecarName(p))) out.push(p);
  }
  return out.sort();
}

/** Scores the engine against the corrected analyses in `dir`; returns the exit code. */
export function runFromCorrections(dir: string, verbose = false, json = false): number {
  if (!dir || !fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    console.error(`--gold-from-corrections needs a folder of seeds with .corrections.json sidecars${dir ? `; ${dir} is not one` : ''}`);
    return 2;
  }
  const files = seedsWithSidecars(dir);
  if (files.length === 0) {
    console.error(`no seed with a .corrections.json sidecar under ${dir}`);
    return 1;
  }
  const articles = [];
  let problems = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const parsed = parseCorrections(fs.readFileSync(sidecarName(file), 'utf8'));
    for (const p of parsed.problems) {
      console.error(`${sidecarName(file)}: ${p.message}`);
      problems++;
    }
    const out = applyCorrections(analyze(text), text, parsed.corrections);
    for (const r of out.results) if (r.status === 'orphaned') console.error(`${sidecarName(file)}: entry ${parsed.indices[r.index]} (${r.op}) orphaned: ${r.message}`);
    articles.push({ name: path.relative(dir, file), text, gold: goldFromAnalysis(out.analysis) });
  }
  const score = scoreFolder(`corrections:${path.basename(path.resolve(dir))}`, articles, verbose);
  if (json) console.log(JSON.stringify([{ ...score, misses: undefined }], null, 2));
  else console.log(formatTable([score]));
  if (verbose) for (const m of score.misses) console.log(m);
  return problems > 0 ? 1 : 0;
}

/** The hook evaluate.ts calls: the folder after `--gold-from-corrections`. */
export function fromCorrectionsMain(argv: string[]): number {
  const i = argv.indexOf('--gold-from-corrections');
  const dir = argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[i + 1] : '';
  return runFromCorrections(dir, argv.includes('--verbose'), argv.includes('--json'));
}
