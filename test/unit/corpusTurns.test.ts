import * as assert from 'node:assert/strict';
import { nextTurn } from '../../src/editor/corpus/turns';

describe('corpus background work takes turns of the event loop', () => {
  it('two sliced tasks alternate, one slice per turn of the loop, never two slices in one turn', async () => {
    // A ticker that counts turns of the event loop (an immediate queued during a turn runs in the next one).
    let turns = 0;
    let ticking = true;
    const tick = (): void => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const slices: { task: string; turn: number }[] = [];
    const task = async (name: string): Promise<void> => {
      for (let i = 0; i < 4; i++) {
        await nextTurn();
        slices.push({ task: name, turn: turns });
      }
    };
    await Promise.all([task('A'), task('B'), task('C')]);
    ticking = false;
    assert.equal(slices.length, 12);
    assert.deepEqual(slices.map((s) => s.task).join(''), 'ABCABCABCABC');
    const turnsSeen = slices.map((s) => s.turn);
    assert.equal(new Set(turnsSeen).size, turnsSeen.length, `two slices ran in one turn: ${turnsSeen.join(',')}`);
  });

  it('a timer gets its turn between two slices', async () => {
    const events: string[] = [];
    const task = async (): Promise<void> => {
      for (let i = 0; i < 3; i++) {
        await nextTurn();
        events.push('slice');
        const until = performance.now() + 2;
        while (performance.now() < until) { /* a slice of work */ }
        setTimeout(() => events.push('timer'), 0);
      }
    };
    await Promise.all([task(), task()]);
    await new Promise((r) => setTimeout(r, 5));
    // Every slice but the last is followed by a timer before the next slice (the loop was free in between).
    const firstTimer = events.indexOf('timer');
    assert.ok(firstTimer > 0 && firstTimer < events.lastIndexOf('slice'), events.join(' '));
  });
});
