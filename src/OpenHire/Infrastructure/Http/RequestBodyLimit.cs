using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace OpenHire.Infrastructure.Http;

/// <summary>
/// Gives every endpoint that sets no body limit of its own (RequestSizeLimit) the limit of
/// RequestLimits:MaxBodyBytes, 1 MB by default, instead of the server's 30 MB.
/// </summary>
public static class RequestBodyLimit
{
    public const long DefaultMaxBodyBytes = 1024 * 1024;

    public static IApplicationBuilder UseRequestBodyLimit(this WebApplication app)
    {
        var limit = app.Configuration.GetValue("RequestLimits:MaxBodyBytes", DefaultMaxBodyBytes);
        return app.Use((http, next) =>
        {
            var feature = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
            if (feature is { IsReadOnly: false } && http.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is null)
                feature.MaxRequestBodySize = limit;
            return next(http);
        });
    }
}
