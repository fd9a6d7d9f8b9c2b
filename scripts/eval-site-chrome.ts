// `npm run eval:chrome [-- --verbose]`: site chrome removed and real text lost by the whole cleanup on
// the development set (tests/fixtures/site-chrome/, which the rules were built on) and the held-out
// sets (tests/fixtures/site-chrome-held-out/ and site-chrome-held-out-2/, each written before the rules
// of its session and never tuned on).
import { fileURLToPath } from 'node:url';
import { evaluateSiteChrome, totals } from './site-chrome-evaluation.ts';

const verbose = process.argv.includes('--verbose');
const sets = [
  { title: 'development set (tests/fixtures/site-chrome/)', dir: fileURLToPath(new URL('../tests/fixtures/site-chrome/', import.meta.url)) },
  { title: 'held-out set, never tuned on (tests/fixtures/site-chrome-held-out/)', dir: fileURLToPath(new URL('../tests/fixtures/site-chrome-held-out/', import.meta.url)) },
  { title: 'second held-out set, written in session 5 before the rules, never tuned on (tests/fixtures/site-chrome-held-out-2/)', dir: fileURLToPath(new URL('../tests/fixtures/site-chrome-held-out-2/', import.meta.url)) },
];

for (const set of sets) {
  const results = await evaluateSiteChrome(set.dir);
  console.log(`== ${set.title}`);
  console.log('case                          chrome  removed  real lost  title  exact');
  for (const result of results) {
    const removed = result.chromeWords - result.chromeLeft;
    console.log(`${result.name.padEnd(30)}${String(result.chromeWords).padStart(6)}${String(removed).padStart(9)}${String(result.realLost).padStart(11)}  ${result.titleRight ? 'yes  ' : 'NO   '}  ${result.exact ? 'yes' : 'no'}`);
    if (verbose && !result.exact) console.log(result.actual.replace(/^/gm, '    | '));
  }
  const sum = totals(results);
  console.log(`total: ${sum.chromeWords - sum.chromeLeft}/${sum.chromeWords} chrome words removed, ${sum.realLost} real words lost, ${sum.titlesRight}/${results.length} titles right, ${sum.exact}/${results.length} exact`);
  console.log('');
}
