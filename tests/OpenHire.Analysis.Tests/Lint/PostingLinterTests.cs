using OpenHire.Analysis.Lint;
using Xunit;

namespace OpenHire.Analysis.Tests.Lint;

public sealed class PostingLinterTests
{
    [Fact]
    public void CleanJobHasNoFindings()
    {
        Assert.Empty(Jobs.Lint(Jobs.Clean));
    }
}
