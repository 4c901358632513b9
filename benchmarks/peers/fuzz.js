'use strict';
// fuzzball (a port of TheFuzz) on the claim profile strings ClaimCheck's matcher measurements use
// (one a line, written by `peers measure`): token_set_ratio on every pair, and extract of a query against
// all strings. (Its dedupe, which groups near-duplicates, runs extract for every string against all: twice
// the all-pairs work, so its rate is at most half the all-pairs rate; it is not run, to keep the run short.)
//
// Usage: node fuzz.js --strings strings.txt --out results.json [--queries 50] [--samples 3] [--pair-samples 1]
const fs = require('fs');
const fuzz = require('fuzzball');
const { measure, options, required } = require('./timing');

const opts = options(process.argv.slice(2));
const samples = Number(opts.samples || 3);
const pairSamples = Number(opts['pair-samples'] || 1);
const strings = fs.readFileSync(required(opts, 'strings'), 'utf8').split('\n').filter(s => s.length > 0);
const n = strings.length;
const queries = Math.min(Number(opts.queries || 50), n);
const allPairs = n * (n - 1) / 2;
// All-pairs measurements warm up on the pairs of this many strings (the .NET side does the same).
const WARM_UP_STRINGS = 300;
process.stderr.write(`fuzzball: ${n} strings, ${allPairs} pairs, ${queries} queries against all\n`);

function allPairsSum(count) {
  let sum = 0;
  for (let i = 0; i < count; i++) {
    for (let j = i + 1; j < count; j++) sum += fuzz.token_set_ratio(strings[i], strings[j]);
  }
  return sum;
}

const perPair = (timed, pairs) => ({
  pairsScored: pairs, pairsPerSecond: pairs / timed.seconds, seconds: timed.seconds, samples: timed.samples,
  wallSeconds: timed.wallSeconds, wallSamples: timed.wallSamples, scoreSum: timed.result,
});

const result = { fuzzball: require('fuzzball/package.json').version, samples, pairSamples, pairs: { strings: n, pairs: allPairs, queries } };

// Default options: full_process (lower case, letters and digits only), as FuzzySharp's PreprocessMode.Full.
result.pairs.tokenSetRatio = perPair(
  measure(() => allPairsSum(n), pairSamples, () => allPairsSum(Math.min(WARM_UP_STRINGS, n))), allPairs);

// extract one-vs-all, unsorted like FuzzySharp's Process.ExtractAll.
const extractOptions = { scorer: fuzz.token_set_ratio, unsorted: true };
result.pairs.extract = perPair(measure(() => {
  let sum = 0;
  for (let q = 0; q < queries; q++) {
    for (const hit of fuzz.extract(strings[q], strings, extractOptions)) sum += hit[1];
  }
  return sum;
}, samples), queries * n);

fs.writeFileSync(required(opts, 'out'), JSON.stringify(result, null, 2) + '\n');
