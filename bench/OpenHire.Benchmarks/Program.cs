using BenchmarkDotNet.Running;

// Run one or all: dotnet run -c Release --project bench/OpenHire.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
