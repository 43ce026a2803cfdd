namespace OpenHire.BrowserTests.Infrastructure;

/// <summary>
/// Every browser test shares one server and one Chromium, and runs one at a time: on a 2-core machine
/// parallel browsers only make each other slow and flaky.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<OpenHireServer>, ICollectionFixture<Chromium>
{
    public const string Name = "Browser";
}
