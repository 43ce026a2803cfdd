namespace OpenHire.Infrastructure.Storage;

/// <summary>Where uploaded files live: a local folder by default, S3 when scaled out.</summary>
public interface IBlobStore
{
    Task PutAsync(string key, Stream content, string contentType, CancellationToken ct);

    /// <summary>Opens a stored file, or returns null when there is none under <paramref name="key"/>.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken ct);

    Task DeleteAsync(string key, CancellationToken ct);
}
