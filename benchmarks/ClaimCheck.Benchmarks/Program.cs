using BenchmarkDotNet.Running;

// `peers …` is the .NET half of benchmarks/peers/run.sh; anything else goes to BenchmarkDotNet.
if (args.FirstOrDefault() == "peers")
{
    return ClaimCheck.Benchmarks.Peers.PeersCommand.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(ClaimCheck.Benchmarks.ExtractionBenchmarks).Assembly).Run(args);
return 0;
