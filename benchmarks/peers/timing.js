'use strict';
// The timing rule of the peers run, the same as the .NET side's (ClaimCheck.Benchmarks/Peers/Timing.cs):
// warm up for at least WARM_UP_SECONDS (on a smaller piece of the work when one run of it is long), then take
// `samples` samples; a sample repeats the work until at least MIN_SAMPLE_SECONDS have passed and counts the
// time per repetition; the median sample is the figure. Time is the process's CPU time (its garbage
// collector and compiler threads included), which other work on a shared machine disturbs far less than
// wall-clock time; wall-clock time is kept beside it.

const WARM_UP_SECONDS = 2;
const MIN_SAMPLE_SECONDS = 1;

const cpuSeconds = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};

function sample(work, minSeconds) {
  const wallStart = process.hrtime.bigint();
  const cpuStart = cpuSeconds();
  let runs = 0;
  let result;
  let cpu;
  do {
    result = work();
    runs++;
    cpu = cpuSeconds() - cpuStart;
  } while (cpu < minSeconds);
  return { cpu: cpu / runs, wall: Number(process.hrtime.bigint() - wallStart) / 1e9 / runs, result };
}

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Times work(); its result (a count or checksum) is kept so both sides can be compared. */
function measure(work, samples, warmUp) {
  sample(warmUp || work, WARM_UP_SECONDS);
  const cpu = [];
  const wall = [];
  let result;
  for (let i = 0; i < samples; i++) {
    const s = sample(work, MIN_SAMPLE_SECONDS);
    cpu.push(s.cpu);
    wall.push(s.wall);
    result = s.result;
  }
  return { seconds: median(cpu), samples: cpu, wallSeconds: median(wall), wallSamples: wall, result };
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
