'use strict';
// Microsoft Recognizers-Text on the texts ClaimCheck's extraction measurements read: throughput (MB/s, one
// thread) and, for NewsQuant, its results as claims in ClaimCheck's JSONL shape (docs/claim-schema.md) for
// the same scorer.
//
// Usage: node recognizers.js --texts DIR --out results.json --claims-out newsquant-claims.jsonl [--samples 3]
// DIR holds texts-seeds.json and texts-newsquant.json ([{id, text}], written by `peers inputs`).
//
// Used at its best: the models are built once and reused (the suite's one-call helpers, recognizeNumber…,
// build them again on every call and run at half the speed), and each text is given one line (paragraph) at
// a time, with the offsets mapped back (a whole seed page at once takes it fifteen times as long, for the
// same results: its cost grows faster than the length of its input).
const fs = require('fs');
const path = require('path');
const { Culture } = require('@microsoft/recognizers-text-suite');
const { NumberRecognizer } = require('@microsoft/recognizers-text-number');
const { NumberWithUnitRecognizer } = require('@microsoft/recognizers-text-number-with-unit');
const { measure, options, required } = require('./timing');

const opts = options(process.argv.slice(2));
const samples = Number(opts.samples || 3);
const numbers = new NumberRecognizer(Culture.English);
const units = new NumberWithUnitRecognizer(Culture.English);
// The models that find what ClaimCheck's claims hold: numbers, percentages, money and measures.
const models = [
  ['number', numbers.getNumberModel()],
  ['percentage', numbers.getPercentageModel()],
  ['currency', units.getCurrencyModel()],
  ['dimension', units.getDimensionModel()],
];

function recognize(text) {
  const found = [];
  const line = /[^\n]+/g;
  for (let m = line.exec(text); m !== null; m = line.exec(text)) {
    for (const [type, model] of models) {
      for (const r of model.parse(m[0])) found.push({ type, ...r, start: r.start + m.index, end: r.end + m.index });
    }
  }
  return found;
}

/**
 * Recognizers-Text results as claims: a percentage, amount of money or measure wins over the bare
 * numbers inside it; values come from the resolution; units are the resolution's, in lower case
 * (Recognizers-Text reports no qualifier, so every claim is "exact").
 */
function toClaims(documentId, text, found) {
  const rank = { percentage: 0, currency: 0, dimension: 0, number: 1 };
  const kept = [];
  for (const r of [...found].sort((a, b) => rank[a.type] - rank[b.type] || a.start - b.start)) {
    if (kept.some(k => r.start <= k.end && k.start <= r.end)) continue;
    kept.push(r);
  }
  kept.sort((a, b) => a.start - b.start);
  const claims = [];
  for (const r of kept) {
    const resolution = r.resolution || {};
    const value = parseFloat(String(resolution.value ?? '').replace(/[%,]/g, ''));
    if (!Number.isFinite(value)) continue;
    const kind = { number: 'count', percentage: 'percent', currency: 'money', dimension: 'measure' }[r.type];
    const unit = r.type === 'percentage' ? 'percent' : resolution.unit ? String(resolution.unit).toLowerCase() : null;
    claims.push({
      id: `rt-${documentId}-${r.start}`, documentId, text: r.text, sentence: null, start: r.start, end: r.end + 1,
      kind, value, low: null, high: null, qualifier: 'exact', unit, date: null, asOf: null, speaker: null, classifier: null,
    });
  }
  return claims;
}

const result = { recognizersText: require('@microsoft/recognizers-text-suite/package.json').version, samples, extraction: {} };
for (const name of ['seeds', 'newsquant']) {
  const file = path.join(required(opts, 'texts'), `texts-${name}.json`);
  const documents = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : [];
  if (documents.length === 0) continue;
  const bytes = documents.reduce((sum, d) => sum + Buffer.byteLength(d.text, 'utf8'), 0);
  process.stderr.write(`Recognizers-Text: ${name} (${documents.length} documents, ${bytes} bytes)\n`);
  const run = docs => () => docs.reduce((sum, d) => sum + recognize(d.text).length, 0);
  // One run is several seconds: warm up on the first tenth of the documents.
  const timed = measure(run(documents), samples, run(documents.slice(0, Math.ceil(documents.length / 10))));
  result.extraction[name] = {
    documents: documents.length, bytes, mbPerSecond: bytes / timed.seconds / 1e6,
    seconds: timed.seconds, samples: timed.samples, wallSeconds: timed.wallSeconds, wallSamples: timed.wallSamples,
    results: timed.result,
  };
  if (name === 'newsquant' && opts['claims-out']) {
    const lines = documents.flatMap(d => toClaims(d.id, d.text, recognize(d.text)).map(c => JSON.stringify(c)));
    fs.writeFileSync(opts['claims-out'], lines.join('\n') + '\n');
    result.extraction[name].claims = lines.length;
  }
}
fs.writeFileSync(required(opts, 'out'), JSON.stringify(result, null, 2) + '\n');
