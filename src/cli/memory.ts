// Keeps a long streaming run's memory flat. V8 grows its old generation lazily while garbage is cheap to keep, so
// a run over ten times the input peaks well above a run over one; a full collection every so many characters
// analysed keeps the peak at what one window of articles needs, for a few per cent of the run time (a collection of a small heap takes milliseconds).
import v8 from 'node:v8';
import vm from 'node:vm';

let collect: (() => void) | null | undefined;

function collector(): (() => void) | null {
  if (collect === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      collect = vm.runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  return collect;
}

/** Counts characters processed and collects garbage after every `everyChars`. */
export function memoryKeeper(everyChars = 2_000_000): (chars: number) => void {
  let since = 0;
  return (chars: number) => {
    since += chars;
    if (since >= everyChars) {
      since = 0;
      collector()?.();
    }
  };
}
