using System.Runtime.InteropServices;
using Perfolizer.Horology;

namespace OpenHire.Benchmarks;

/// <summary>
/// The CPU time of the benchmark's thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>). On a machine shared with other
/// work, time spent waiting for a core is not counted, so back-to-back runs of two builds can be compared.
/// </summary>
public sealed partial class ThreadCpuClock : IClock
{
    private const int ThreadCpuTimeId = 3;

    public string Title => "Thread CPU time";

    public bool IsAvailable => OperatingSystem.IsLinux();

    public Frequency Frequency => new(1_000_000_000);

    public long GetTimestamp()
    {
        ClockGetTime(ThreadCpuTimeId, out var time);
        return time.Seconds * 1_000_000_000 + time.Nanoseconds;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
