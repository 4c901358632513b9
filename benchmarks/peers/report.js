'use strict';
// Turns the measurements of one run.sh run into benchmarks/peers/results.md: one Markdown table with each
// measurement, ClaimCheck's figure, the peer's figure and their ratio, and the machine it ran on.
//
// Usage: node report.js --dir OUT --out results.md [--load "1.00 0.80 0.50"]
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execSync } = require('child_process');
const { options, required } = require('./timing');

const opts = options(process.argv.slice(2));
const dir = required(opts, 'dir');
const read = name => {
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) return null;
  // The scorer's output is one JSON line; the others are one indented document.
  const text = fs.readFileSync(file, 'utf8').trim();
  return JSON.parse(text.startsWith('{"') ? text.split('\n').pop() : text);
};
const cc = read('claimcheck.json');
const rt = read('recognizers.json');
const fz = read('fuzzball.json');
const ccScore = read('claimcheck-score.json');
const rtScore = read('recognizers-score.json');
const lock = JSON.parse(fs.readFileSync(path.join(__dirname, 'package-lock.json'), 'utf8')).packages;
const fuzzySharp = (fs.readFileSync(path.join(__dirname, '..', '..', 'Directory.Packages.props'), 'utf8')
  .match(/Include="FuzzySharp" Version="([^"]+)"/) || [])[1] || '?';

const fixed = (x, digits) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const rate = x => (x >= 100 ? fixed(Math.round(x), 0) : x >= 1 ? fixed(x, 1) : x >= 0.01 ? fixed(x, 3) : fixed(x, 4));
const ratio = (ours, theirs) => {
  const r = ours / theirs;
  return r >= 10 ? `${fixed(Math.round(r), 0)}×` : `${fixed(r, 2)}×`;
};
const plural = (n, one, many) => `${n} ${n === 1 ? one : many || `${one}s`}`;
const kb = bytes => `${Math.round(bytes / 1000)} KB`;

const rows = [];
const rt1 = `Recognizers-Text ${lock['node_modules/@microsoft/recognizers-text-suite'].version}`;
const fb = `fuzzball ${lock['node_modules/fuzzball'].version}`;
const names = { seeds: 'seed corpus (5 scraped pages)', newsquant: 'NewsQuant dev sentences (295)' };
for (const name of ['seeds', 'newsquant']) {
  const ours = cc.extraction[name];
  const theirs = rt && rt.extraction[name];
  if (!ours || !theirs) continue;
  if (ours.bytes !== theirs.bytes) throw new Error(`${name}: ClaimCheck read ${ours.bytes} bytes, Recognizers-Text ${theirs.bytes}`);
  rows.push([`extraction speed, MB/s (one thread)`, `${names[name]}, ${kb(ours.bytes)}`,
    `ClaimCheck`, rate(ours.mbPerSecond), rt1, rate(theirs.mbPerSecond), ratio(ours.mbPerSecond, theirs.mbPerSecond)]);
}
if (ccScore && rtScore) {
  for (const [key, label] of [['value', 'value F1'], ['value+change', 'value+change F1'], ['value+unit(lenient)', 'value+unit F1']]) {
    const ours = ccScore[key][2];
    const theirs = rtScore[key][2];
    const diff = ours - theirs;
    rows.push([`NewsQuant accuracy, ${label}`, `dev half (${ccScore.gold} quantities)`, 'ClaimCheck', fixed(ours, 1), rt1, fixed(theirs, 1),
      `${diff >= 0 ? '+' : '−'}${fixed(Math.abs(diff), 1)} points`]);
  }
}
const p = cc.pairs;
if (fz.pairs.strings !== p.strings) throw new Error(`ClaimCheck scored ${p.strings} strings, fuzzball ${fz.pairs.strings}`);
const claimsInput = `${fixed(p.strings, 0)} claims, ${fixed(p.pairs, 0)} pairs`;
rows.push(['token-set ratio on every pair, pairs/s', claimsInput, `FuzzySharp ${fuzzySharp} \`Fuzz.TokenSetRatio\``,
  rate(p.fuzzySharpTokenSetRatio.pairsPerSecond), `${fb} \`token_set_ratio\``, rate(fz.pairs.tokenSetRatio.pairsPerSecond),
  ratio(p.fuzzySharpTokenSetRatio.pairsPerSecond, fz.pairs.tokenSetRatio.pairsPerSecond)]);
rows.push(['one query against all, pairs/s', `${p.queries} queries × ${fixed(p.strings, 0)} claims`, `FuzzySharp ${fuzzySharp} \`Process.ExtractAll\``,
  rate(p.fuzzySharpExtractAll.pairsPerSecond), `${fb} \`extract\` (unsorted)`, rate(fz.pairs.extract.pairsPerSecond),
  ratio(p.fuzzySharpExtractAll.pairsPerSecond, fz.pairs.extract.pairsPerSecond)]);
rows.push(['claim matcher on every pair, pairs/s', claimsInput, 'ClaimCheck `FuzzyClaimMatcher`',
  rate(p.matcherAllPairs.pairsPerSecond), `${fb} \`token_set_ratio\``, rate(fz.pairs.tokenSetRatio.pairsPerSecond),
  ratio(p.matcherAllPairs.pairsPerSecond, fz.pairs.tokenSetRatio.pairsPerSecond)]);
const fzClaims = fz.pairs.strings / fz.pairs.tokenSetRatio.seconds;
rows.push(['grouping, claims/s', `${fixed(p.strings, 0)} claims`,
  `ClaimCheck \`ClaimGrouper\` (${fixed(p.grouping.candidatePairs, 0)} candidate pairs, ${fixed(p.grouping.groups, 0)} groups)`,
  rate(p.grouping.claimsPerSecond), `${fb}, every pair scored once`, rate(fzClaims), ratio(p.grouping.claimsPerSecond, fzClaims)]);

const cpu = (os.cpus()[0] || {}).model || 'unknown CPU';
const uname = execSync('uname -sm').toString().trim();
const readText = file => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
const vm = /^flags\s*:.*\bhypervisor\b/m.test(readText('/proc/cpuinfo')) ? ' VM' : '';
const distro = (readText('/etc/os-release').match(/^PRETTY_NAME="?([^"\n]*)"?/m) || [])[1];
const date = new Date().toISOString().slice(0, 10);
const meanFuzzySharp = p.fuzzySharpTokenSetRatio.scoreSum / p.pairs;
const meanFuzzball = fz.pairs.tokenSetRatio.scoreSum / fz.pairs.pairs;
// How far the wall-clock ratios stray from the CPU-time ones: a measure of how much the machine's load distorted them.
function wallSpread() {
  const pairsOf = [
    [cc.extraction.seeds, rt && rt.extraction.seeds], [cc.extraction.newsquant, rt && rt.extraction.newsquant],
    [p.fuzzySharpTokenSetRatio, fz.pairs.tokenSetRatio], [p.fuzzySharpExtractAll, fz.pairs.extract],
    [p.matcherAllPairs, fz.pairs.tokenSetRatio], [p.grouping, fz.pairs.tokenSetRatio],
  ].filter(([a, b]) => a && b);
  return Math.max(0, ...pairsOf.map(([a, b]) => 100 * Math.abs((b.wallSeconds / a.wallSeconds) / (b.seconds / a.seconds) - 1)));
}
const busy = opts.load && parseFloat(opts.load) > os.cpus().length;
const lines = [
  '# ClaimCheck and its peers',
  '',
  `Written by \`benchmarks/peers/run.sh\` on ${date}. Machine: ${os.cpus().length}-core ${cpu}${vm}, ` +
    `${distro ? `${distro}, ` : ''}${uname}; ` +
    `${cc.runtime}; Node ${process.version}` + (opts.load ? `; load average at the start ${opts.load}` : '') +
    (busy ? ' (the machine was busy with other work: figures are noisy).' : '.'),
  '',
  '| measurement | input | ClaimCheck side | figure | peer | figure | ratio |',
  '|---|---|---|---:|---|---:|---:|',
  ...rows.map(r => `| ${r.join(' | ')} |`),
  '',
  'Ratio: the ClaimCheck side\'s figure divided by the peer\'s (above 1: ClaimCheck\'s side is faster); for accuracy, ' +
    'the difference in F1 points. Each speed is the median of ' +
    `${plural(cc.samples, 'sample')} (${plural(cc.pairSamples, 'full pass', 'full passes')} for the every-pair rows) after a ` +
    'warm-up, on one thread, both sides timed by the same rule, in process CPU time (wall-clock time, which other work on ' +
    `the machine disturbs more, is in \`out/*.json\`; its ratios differ from these by up to ${fixed(wallSpread(), 0)}%).`,
  '',
  `The string matchers score the same pairs alike: mean token-set ratio ${fixed(meanFuzzySharp, 2)} (FuzzySharp) and ` +
    `${fixed(meanFuzzball, 2)} (fuzzball) over the ${fixed(p.pairs, 0)} pairs.`,
  '',
];
fs.writeFileSync(required(opts, 'out'), lines.join('\n'));
process.stdout.write(lines.join('\n'));
