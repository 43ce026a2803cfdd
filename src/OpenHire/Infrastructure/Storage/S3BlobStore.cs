using System.Net;
using Amazon.S3;
using Amazon.S3.Model;

namespace OpenHire.Infrastructure.Storage;

/// <summary>
/// Files in one bucket of Amazon S3 or any S3-compatible store (SeaweedFS, MinIO, Ceph, s3rver).
/// Uploads are sent whole with a Content-Length and without aws-chunked encoding, which several
/// compatible stores would otherwise keep as part of the file.
/// </summary>
public sealed class S3BlobStore(IAmazonS3 s3, string bucket) : IBlobStore
{
    public async Task PutAsync(string key, Stream content, string contentType, CancellationToken ct)
    {
        // A request body needs its length up front; an upload stream that cannot tell is spooled to a temp file first.
        await using var spooled = content.CanSeek ? null : await SpoolAsync(content, ct);
        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket,
            Key = key,
            InputStream = spooled ?? content,
            ContentType = contentType,
            AutoCloseStream = false,
            UseChunkEncoding = false,
        }, ct);
    }

    public async Task<Stream?> OpenReadAsync(string key, CancellationToken ct)
    {
        try
        {
            var response = await s3.GetObjectAsync(bucket, key, ct);
            return response.ResponseStream;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task DeleteAsync(string key, CancellationToken ct) =>
        await s3.DeleteObjectAsync(bucket, key, ct);

    /// <summary>Whether the bucket answers: the readiness check.</summary>
    public async Task PingAsync(CancellationToken ct) =>
        await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, MaxKeys = 1 }, ct);

    static async Task<Stream> SpoolAsync(Stream content, CancellationToken ct)
    {
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        await content.CopyToAsync(file, ct);
        file.Position = 0;
        return file;
    }
}
