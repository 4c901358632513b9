'use strict';
// The timing rule of the peers run, the same as the .NET side's (ClaimCheck.Benchmarks/Peers/Timing.cs):
// warm up for at least WARM_UP_SECONDS (on a smaller piece of the work when one run of it is long), then take
// `samples` samples; a sample repeats the work until at least MIN_SAMPLE_SECONDS have passed and counts the
// time per repetition; the median sample is the figure.

const WARM_UP_SECONDS = 2;
const MIN_SAMPLE_SECONDS = 1;

function sample(work, minSeconds) {
  const start = process.hrtime.bigint();
  let runs = 0;
  let result;
  let elapsed;
  do {
    result = work();
    runs++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  } while (elapsed < minSeconds);
  return { seconds: elapsed / runs, result };
}

/** Times work(); its result (a count or checksum) is kept so both sides can be compared. */
function measure(work, samples, warmUp) {
  sample(warmUp || work, WARM_UP_SECONDS);
  const seconds = [];
  let result;
  for (let i = 0; i < samples; i++) {
    const s = sample(work, MIN_SAMPLE_SECONDS);
    seconds.push(s.seconds);
    result = s.result;
  }
  const sorted = [...seconds].sort((a, b) => a - b);
  return { seconds: sorted[Math.floor(sorted.length / 2)], samples: seconds, result };
}

/** --name value pairs. */
function options(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || i + 1 >= argv.length) throw new Error(`unexpected argument '${argv[i]}'`);
    out[argv[i].slice(2)] = argv[i + 1];
  }
  return out;
}

function required(opts, name) {
  if (!(name in opts)) throw new Error(`--${name} is required`);
  return opts[name];
}

module.exports = { measure, options, required, WARM_UP_SECONDS, MIN_SAMPLE_SECONDS };
