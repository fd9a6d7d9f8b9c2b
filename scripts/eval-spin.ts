// `npm run eval:spin [-- --verbose]`: precision and recall of repair-spin on the development set
// (tests/fixtures/spin/, which the rules were tuned on), the first held-out set
// (tests/fixtures/spin-held-out/: its misses were read in a later session, so it is development data
// now), the second held-out set (tests/fixtures/spin-held-out-2/, read in session 4, development data
// since), the third (tests/fixtures/spin-held-out-3/, its misses read in session 5, development data
// since) and the fourth (tests/fixtures/spin-held-out-4/, written and committed before the rules it
// measures and never tuned on: only its totals are printed, so that its misses stay unread).
import { fileURLToPath } from 'node:url';
import { evaluateSpin, meetsTargets, type SpinEvaluation } from './spin-evaluation.ts';

const verbose = process.argv.includes('--verbose');
const sets = [
  { title: 'development set (tests/fixtures/spin/)', dir: fileURLToPath(new URL('../tests/fixtures/spin/', import.meta.url)) },
  { title: 'first held-out set, since read (tests/fixtures/spin-held-out/)', dir: fileURLToPath(new URL('../tests/fixtures/spin-held-out/', import.meta.url)) },
  { title: 'second held-out set, since read (tests/fixtures/spin-held-out-2/)', dir: fileURLToPath(new URL('../tests/fixtures/spin-held-out-2/', import.meta.url)) },
  { title: 'third held-out set, since read (tests/fixtures/spin-held-out-3/)', dir: fileURLToPath(new URL('../tests/fixtures/spin-held-out-3/', import.meta.url)) },
  { title: 'held-out set 4, never tuned on (tests/fixtures/spin-held-out-4/)', dir: fileURLToPath(new URL('../tests/fixtures/spin-held-out-4/', import.meta.url)), totalsOnly: true },
];

let allMet = true;
for (const set of sets) {
  const result = await evaluateSpin(set.dir);
  console.log(`== ${set.title}`);
  if (!set.totalsOnly) printCases(result);
  printTotals(result);
  const met = meetsTargets(result);
  allMet &&= met;
  console.log(met ? 'targets met' : 'targets NOT met');
  console.log('');
}
process.exitCode = allMet ? 0 : 1;

function printCases(result: SpinEvaluation): void {
  for (const entry of result.cases) {
    const line = entry.kind === 'spun'
      ? `${entry.name}: ${entry.restored}/${entry.swaps} swaps restored, ${entry.correct}/${entry.repairs} repairs right`
      : `${entry.name}: ${entry.repairs === 0 ? 'unchanged' : `${entry.repairs} changes`}`;
    console.log(line);
    if (verbose) for (const note of entry.notes) console.log(`    ${note}`);
  }
}

function printTotals(result: SpinEvaluation): void {
  const spun = result.cases.filter((entry) => entry.kind === 'spun');
  const clean = result.cases.filter((entry) => entry.kind === 'clean');
  const total = (key: 'swaps' | 'restored' | 'repairs' | 'correct' | 'inLexicon' | 'reachable') => result.cases.reduce((sum, entry) => sum + entry[key], 0);
  console.log(`passages: ${spun.length} spun, ${clean.length} clean`);
  console.log(`precision ${result.precision.toFixed(3)} (${total('correct')} of ${total('repairs')} repairs right; target ≥ 0.98)`);
  console.log(`recall    ${result.recall.toFixed(3)} (${total('restored')} of ${total('swaps')} spinner swaps restored; target ≥ 0.80)`);
  console.log(`reachable ${result.reachable.toFixed(3)} (${total('reachable')} of ${total('swaps')} swaps in the lexicon with the evidence their kind needs present in the document; ${total('inLexicon')} = ${result.inLexicon.toFixed(3)} in the lexicon at all)`);
  console.log(`false-change rate on clean passages ${result.falseChangeRate.toFixed(3)} (${clean.filter((entry) => entry.repairs > 0).length} of ${clean.length} changed; target 0)`);
  console.log(`quotations changed: ${result.quotationsChanged} (target 0)`);
}
