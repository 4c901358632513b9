using System.Diagnostics;

namespace ClaimCheck.Benchmarks.Peers;

/// <summary>
/// The timing rule of the peers run, the same on the Node side (<c>benchmarks/peers/timing.js</c>): warm up
/// for at least <see cref="WarmUpSeconds"/> (on a smaller piece of the work when one run of it is long), then
/// take <c>samples</c> samples; a sample repeats the work until at least <see cref="MinSampleSeconds"/> have
/// passed and counts the time per repetition; the median sample is the figure. Time is the process's CPU
/// time (its garbage collector and compiler threads included), which other work on a shared machine
/// disturbs far less than wall-clock time; wall-clock time is kept beside it.
/// </summary>
internal static class Timing
{
    public const double WarmUpSeconds = 2;

    public const double MinSampleSeconds = 1;

    /// <summary>Times <paramref name="work"/>; its result (a count or checksum) is kept so the work cannot be optimised away and both sides can be compared.</summary>
    public static Measurement Measure(Func<double> work, int samples, Func<double>? warmUp = null)
    {
        Sample(warmUp ?? work, WarmUpSeconds);
        var cpu = new List<double>(samples);
        var wall = new List<double>(samples);
        double result = 0;
        for (var i = 0; i < samples; i++)
        {
            var sample = Sample(work, MinSampleSeconds);
            cpu.Add(sample.Cpu);
            wall.Add(sample.Wall);
            result = sample.Result;
        }

        return new Measurement(Median(cpu), cpu, Median(wall), wall, result);
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static (double Cpu, double Wall, double Result) Sample(Func<double> work, double minSeconds)
    {
        var watch = Stopwatch.StartNew();
        var cpuStart = Environment.CpuUsage.TotalTime;
        var runs = 0;
        double result;
        double cpu;
        do
        {
            result = work();
            runs++;
            cpu = (Environment.CpuUsage.TotalTime - cpuStart).TotalSeconds;
        }
        while (cpu < minSeconds);

        return (cpu / runs, watch.Elapsed.TotalSeconds / runs, result);
    }
}

/// <summary>CPU seconds per run (the median sample, and every sample), the same for wall-clock time, and what the work returned.</summary>
internal sealed record Measurement(double Seconds, IReadOnlyList<double> Samples, double WallSeconds, IReadOnlyList<double> WallSamples, double Result);
