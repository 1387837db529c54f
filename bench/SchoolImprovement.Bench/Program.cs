using BenchmarkDotNet.Running;
using SchoolImprovement.Bench.Seeding;

namespace SchoolImprovement.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/SchoolImprovement.Bench -- --filter '*'</c>: the in-process benchmarks.
/// <c>... -- seed ...</c>: the load harness's bulk seeding (<see cref="BenchSeeder"/>, used by bench/run.sh).
/// </summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.FirstOrDefault() == BenchSeeder.Command)
        {
            return await BenchSeeder.RunAsync(args[1..], Console.Out);
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly).Run(args);
        return 0;
    }
}
