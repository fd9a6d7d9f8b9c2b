// A process that keeps writing outputs through writeAllAtomic and sends itself `signal` `delay` ms after
// the first one is written, so a test can look for temporary files left by writes that were under way when the signal came.
import path from 'node:path';
import { writeAllAtomic } from '../../pipeline/build/write-atomic.ts';

const [dir = '', delay = '0', signal = 'SIGTERM'] = process.argv.slice(2);
const bytes = new Uint8Array(1024);
let written = 0;
let signalled = false;

function writeMore(): void {
  if (!signalled) {
    signalled = true;
    setTimeout(() => process.kill(process.pid, signal), Number(delay));
  }
  for (let i = 0; i < 4; i += 1) {
    written += 1;
    void writeAllAtomic([[path.join(dir, `book-${written}.pdf`), bytes]]).then(writeMore);
  }
}

void writeAllAtomic([[path.join(dir, 'book-0.pdf'), bytes]]).then(writeMore);
