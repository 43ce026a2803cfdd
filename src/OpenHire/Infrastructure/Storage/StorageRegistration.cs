using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OpenHire.Infrastructure.Storage;

/// <summary>The "Storage" configuration section.</summary>
public sealed class StorageSettings
{
    /// <summary><c>Local</c> (a folder, the default) or <c>S3</c>.</summary>
    public string Provider { get; set; } = "Local";

    public string? LocalPath { get; set; }

    public S3Settings S3 { get; set; } = new();
}

public sealed class S3Settings
{
    /// <summary>The endpoint of an S3-compatible store, e.g. <c>http://s3:8333</c>; empty for Amazon S3 itself.</summary>
    public string? ServiceUrl { get; set; }

    public string Bucket { get; set; } = "openhire";

    public string Region { get; set; } = "us-east-1";

    /// <summary>Bucket in the path (<c>host/bucket/key</c>), as most compatible stores need.</summary>
    public bool ForcePathStyle { get; set; } = true;

    /// <summary>Credentials; when empty the SDK's own chain applies (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, a pod identity…).</summary>
    public string? AccessKey { get; set; }

    public string? SecretKey { get; set; }
}

/// <summary>Registers the blob store: a local folder by default, S3 with Storage:Provider=S3.</summary>
public static class StorageRegistration
{
    public static IHostApplicationBuilder AddOpenHireStorage(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection("Storage").Get<StorageSettings>() ?? new();
        if (string.Equals(settings.Provider, "S3", StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddSingleton<IAmazonS3>(_ => CreateClient(settings.S3));
            builder.Services.AddSingleton(sp => new S3BlobStore(sp.GetRequiredService<IAmazonS3>(), settings.S3.Bucket));
            builder.Services.AddSingleton<IBlobStore>(sp => sp.GetRequiredService<S3BlobStore>());
            builder.Services.AddHealthChecks().AddCheck<S3HealthCheck>("s3", tags: ["ready"]);
            return builder;
        }
        if (!string.Equals(settings.Provider, "Local", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Unknown Storage:Provider '{settings.Provider}': use Local or S3.");
        var folder = DataDirectory.Folder(builder, settings.LocalPath, "files");
        builder.Services.AddSingleton<IBlobStore>(new LocalFolderBlobStore(folder));
        return builder;
    }

    /// <summary>Ready when the bucket can be listed.</summary>
    sealed class S3HealthCheck(S3BlobStore store) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct)
        {
            try
            {
                await store.PingAsync(ct);
                return HealthCheckResult.Healthy();
            }
            catch (Exception e) when (e is AmazonServiceException or HttpRequestException or IOException)
            {
                return new HealthCheckResult(context.Registration.FailureStatus, "The S3 bucket does not answer.", e);
            }
        }
    }

    static AmazonS3Client CreateClient(S3Settings s3)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = s3.ForcePathStyle,
            AuthenticationRegion = s3.Region,
            // Checksums only where S3 requires them: the default trailing checksums need aws-chunked uploads.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (string.IsNullOrWhiteSpace(s3.ServiceUrl)) config.RegionEndpoint = RegionEndpoint.GetBySystemName(s3.Region);
        else config.ServiceURL = s3.ServiceUrl;
        return string.IsNullOrEmpty(s3.AccessKey)
            ? new AmazonS3Client(config)
            : new AmazonS3Client(new BasicAWSCredentials(s3.AccessKey, s3.SecretKey), config);
    }
}
