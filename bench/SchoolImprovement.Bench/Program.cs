using BenchmarkDotNet.Running;

namespace SchoolImprovement.Bench;

/// <summary>dotnet run -c Release --project bench/SchoolImprovement.Bench -- --filter '*'</summary>
public static class BenchProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly).Run(args);
}
