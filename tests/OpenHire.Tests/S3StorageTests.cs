using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using OpenHire.Infrastructure.Storage;
using OpenHire.Tests.Infrastructure;

namespace OpenHire.Tests;

/// <summary>Files in the S3-compatible server test.sh starts (s3rver): what is read back is byte for byte what was stored.</summary>
public sealed class S3StorageTests : IAsyncLifetime
{
    readonly SqliteApp app = new();

    public async ValueTask InitializeAsync()
    {
        foreach (var (k, v) in TestServers.S3Settings()) app.Settings[k] = v;
        await app.InitializeAsync();
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    IBlobStore Store => app.Services.GetRequiredService<IBlobStore>();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100 * 1024)]
    [InlineData(30 * 1024 * 1024)]
    public async Task A_file_read_back_is_the_bytes_stored(int size)
    {
        Assert.IsType<S3BlobStore>(Store);
        var bytes = RandomNumberGenerator.GetBytes(size);
        var key = $"tests/{Guid.NewGuid()}/file.bin";
        // An upload stream that cannot seek or tell its length, as uploads arrive.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await Store.PutAsync(key, new HashingReadStream(new UnknownLengthStream(bytes), hash), "application/octet-stream", default);

        await using var read = await Store.OpenReadAsync(key, default);
        var copy = new MemoryStream();
        await read!.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public async Task A_deleted_file_and_a_missing_one_read_as_none()
    {
        var key = $"tests/{Guid.NewGuid()}/gone.txt";
        await Store.PutAsync(key, new MemoryStream("bye"u8.ToArray()), "text/plain", default);

        await Store.DeleteAsync(key, default);

        Assert.Null(await Store.OpenReadAsync(key, default));
        Assert.Null(await Store.OpenReadAsync($"tests/{Guid.NewGuid()}/never", default));
    }

    [Fact]
    public async Task An_application_keeps_its_resume_in_the_bucket_and_downloads_it_unchanged()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();
        var resume = TestFiles.Pdf(3 * 1024 * 1024);

        var created = await app.CreateClient().PostAsync(Requests.ApplyUrl(org, job.Id), Requests.ApplicationForm(resume: resume));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var receipt = await created.ReadAsync<OpenHire.Features.Applications.ApplicationsApi.ApplicationReceipt>();

        Assert.Equal(resume, await org.Api.GetByteArrayAsync($"/api/v1/applications/{receipt.Id}/resume"));
        Assert.Empty(Directory.Exists(app.FilesDirectory) ? Directory.GetFiles(app.FilesDirectory, "*", SearchOption.AllDirectories) : []);
    }

    [Fact]
    public async Task Readiness_reports_the_bucket()
    {
        // Other tests have stored objects by now: listing a bucket of many objects works too.
        await Store.PutAsync($"tests/{Guid.NewGuid()}/a.bin", new MemoryStream([1]), "application/octet-stream", default);
        await Store.PutAsync($"tests/{Guid.NewGuid()}/b.bin", new MemoryStream([2]), "application/octet-stream", default);
        var ready = await (await app.CreateClient().GetAsync("/health/ready")).Content.ReadAsStringAsync();
        Assert.True(ready.Contains("\"s3\":{\"status\":\"Healthy\""), ready);
    }

    /// <summary>A read-only stream that hides its length, like a request body.</summary>
    sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
    }
}
