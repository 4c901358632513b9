using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ClaimCheck.Benchmarks.ExtractionBenchmarks).Assembly).Run(args);
