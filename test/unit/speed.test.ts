// Engine behaviour on big and repetitive seeds (functional; speed itself is measured by `npm run bench`).
import * as assert from 'node:assert/strict';
import { analyze, createAnalyzer } from '../../src/engine';

const HEAD = 'Talks resume\n20220106\nhttps://example.org/a\n';

describe('engine on big and repetitive seeds', () => {
  it('does not grow a role from repeated paragraphs', () => {
    const para = 'William Taylor, a former U.S. ambassador to Ukraine, said the talks would fail. Gen. Taylor, the envoy, spoke again.';
    const a = analyze(HEAD + Array.from({ length: 300 }, () => para).join('\n') + '\n');
    const taylor = a.actors.find((x) => /Taylor/.test(x.name));
    assert.ok(taylor, 'Taylor is an actor');
    assert.ok(taylor.role && taylor.role.length < 200, `role stays short: ${taylor.role?.length}`);
    const parts = (taylor.role ?? '').split('; ').map((p) => p.toLowerCase());
    assert.equal(new Set(parts).size, parts.length, 'no part twice');
    assert.match(taylor.role ?? '', /former U\.S\. ambassador to Ukraine/);
  });

  it('reuses cached paragraphs on a document with more paragraphs than the cache once held (no thrash)', () => {
    // Short paragraphs (about 1 MB in all), more of them than the old 20,000-entry cache held.
    const forms = ['Mr. Clark said the talks would go on', 'Officials in Kyiv met again', 'The ministry said it was ready', 'He added that NATO would respond'];
    const lines = Array.from({ length: 22_000 }, (_, i) => `${forms[i % forms.length]} (${i}).`);
    const text = HEAD + lines.join('\n') + '\n';
    const an = createAnalyzer();
    const first = an.analyze(text);
    const size = an.size;
    assert.ok(size >= 22_000, `every paragraph cached: ${size}`);
    lines[5000] += ' More, Mr. Clark said.';
    const edited = HEAD + lines.join('\n') + '\n';
    const again = an.analyze(edited);
    assert.ok(an.size <= 2 * size + 2, 'the cache stays bounded');
    assert.deepEqual(again, createAnalyzer().analyze(edited), 'same as a fresh analysis');
    assert.equal(first.paragraphs.length, again.paragraphs.length);
  });
});
