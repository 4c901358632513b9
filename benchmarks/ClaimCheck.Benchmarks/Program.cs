using BenchmarkDotNet.Running;
using ClaimCheck.Benchmarks;

// Verbs: 'generate' writes a synthetic corpus, 'scale' times matching on claim files of growing size, 'peers' is the
// .NET half of benchmarks/peers/run.sh, 'explain' prints how matching read a corpus,
// 'matchers' writes one analysis per matcher for the analysis scorer; anything else is handed to
// BenchmarkDotNet (e.g. --filter '*Extraction*').
return args switch
{
    ["generate", .. var rest] => GenerateCommand.Run(rest),
    ["scale", .. var rest] => ScalingRun.Run(rest),
    ["peers", .. var rest] => ClaimCheck.Benchmarks.Peers.PeersCommand.Run(rest),
    ["explain", .. var rest] => ExplainCommand.Run(rest),
    ["matchers", .. var rest] => MatchersCommand.Run(rest),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args);
    return 0;
}
