namespace OpenHire.Infrastructure.Queue;

/// <summary>The "Queue" configuration section.</summary>
public sealed class WorkQueueOptions
{
    /// <summary>Whether this process works the queue (web-only nodes of a scaled-out install turn it off).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many pieces of work run at once; defaults to the processor count.</summary>
    public int Concurrency { get; set; } = Environment.ProcessorCount;

    /// <summary>How long a claim lasts: work held by a crashed worker is picked up again after this.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(2);

    public int MaxAttempts { get; set; } = 5;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
