// Turns of the event loop for the corpus's background work done in slices (building the index, reading and writing
// the stored index, making Who said what's rows). Each slice waits for its own turn: two sliced tasks never run their
// slices back to back in one turn of the loop, which together would hold the extension host longer than one slice.

let queue: Promise<void> = Promise.resolve();

/** Resolves in a later turn of the event loop than any slice that asked before (one slice per turn, in order). */
export function nextTurn(): Promise<void> {
  const turn = queue.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
  queue = turn;
  return turn;
}
