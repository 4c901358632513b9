using BenchmarkDotNet.Running;
using ClaimCheck.Benchmarks;

// Three verbs: 'generate' writes a synthetic corpus, 'scale' times matching on claim files of growing size,
// anything else is handed to BenchmarkDotNet (e.g. --filter '*Extraction*').
return args switch
{
    ["generate", .. var rest] => GenerateCommand.Run(rest),
    ["scale", .. var rest] => ScalingRun.Run(rest),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args);
    return 0;
}
