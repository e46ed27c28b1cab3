// Every engine pattern with a Unicode property class goes through plain() (src/engine/plainPattern.ts), so that the
// worker's first analysis does not compile ICU's classes for ordinary text. A regular-expression literal or a
// `new RegExp(...)` with `\p{` in src/engine fails this test: write it as `plain(String.raw`...`, flags)` instead.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ENGINE = path.join(__dirname, '..', '..', '..', 'src', 'engine');

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFiles(p));
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** Regular-expression literals (after `=`, `(`, `,`, `:`, `!`, `&`, `|`, `?` or `return`). */
const LITERALS = /(?:^|[=(,:!&|?]|\breturn)\s*(\/(?![/*])(?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+\/[dgimsuvy]*)/g;

/** Whether a line of code holds a regular-expression literal with a property class. */
function propertyLiteral(code: string): boolean {
  for (const m of code.matchAll(LITERALS)) if (m[1].includes('\\p{')) return true;
  return false;
}

describe('plain patterns: engine sources', () => {
  it('finds the engine sources (the check below reads something)', () => {
    assert.ok(fs.existsSync(ENGINE), ENGINE);
    assert.ok(tsFiles(ENGINE).length > 50);
  });

  it('has no property-class pattern outside plain()', () => {
    const found: string[] = [];
    for (const f of tsFiles(ENGINE)) {
      if (f.endsWith('plainPattern.ts')) continue;
      fs.readFileSync(f, 'utf8').split('\n').forEach((line, i) => {
        const code = line.replace(/^\s*(?:\/\/|\/\*\*?|\*).*$/, '');
        if (propertyLiteral(code) || (/new RegExp\(/.test(code) && /\\\\p\{/.test(code))) found.push(`${path.relative(ENGINE, f)}:${i + 1}`);
      });
    }
    assert.deepEqual(found, []);
  });

  it('would see a literal and a constructed pattern (the check itself)', () => {
    assert.ok(propertyLiteral(String.raw`const X = /^\p{Lu}+$/u;`));
    assert.ok(propertyLiteral(String.raw`if (/[\p{L}]/u.test(w)) return;`));
    assert.ok(propertyLiteral(String.raw`const n = a / 2, re = /x[\p{N}]/u;`));
    assert.ok(!propertyLiteral(String.raw`const X = plain(String.raw` + '`^\\p{Lu}+$`' + `, 'u');`));
    assert.ok(!propertyLiteral(String.raw`const Y = /^[A-Z]+$/;`));
  });
});
