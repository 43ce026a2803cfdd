using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using OpenHire.Benchmarks;

// Run one or all: dotnet run -c Release --project bench/OpenHire.Benchmarks -- --filter '*'
// --thread-cpu-clock: measure the benchmark thread's CPU time, in process, instead of wall time (Linux; for a busy machine).
const string CpuClockOption = "--thread-cpu-clock";
var config = args.Contains(CpuClockOption)
    ? DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithClock(new ThreadCpuClock()).AsDefault())
    : null;
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Where(arg => arg != CpuClockOption).ToArray(), config);
