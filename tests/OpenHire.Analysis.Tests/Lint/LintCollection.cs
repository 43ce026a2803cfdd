using Xunit;

namespace OpenHire.Analysis.Tests.Lint;

/// <summary>
/// The lint tests run on their own, after the parallel ones: on a loaded two-core machine they would otherwise
/// compete with the timing-sensitive taxonomy and reader tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LintCollection
{
    public const string Name = "Lint";
}
