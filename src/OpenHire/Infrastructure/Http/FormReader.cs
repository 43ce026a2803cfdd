using Microsoft.AspNetCore.Http.HttpResults;

namespace OpenHire.Infrastructure.Http;

/// <summary>Reads a multipart form, turning the ways a body can be wrong into problems instead of 500s.</summary>
public static class FormReader
{
    public static async Task<(IFormCollection? Form, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            return (null, Problems.UnsupportedType("Send the application as multipart/form-data."));
        // Refused before reading a byte when the client says how big it is; Kestrel's limit catches the rest.
        if (request.ContentLength > maxBytes)
            return (null, TooLarge);
        try
        {
            return (await request.ReadFormAsync(ct), null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge);
        }
        catch (InvalidDataException e)
        {
            return (null, Problems.Result(StatusCodes.Status400BadRequest, $"The form could not be read: {e.Message}"));
        }
    }

    static ProblemHttpResult TooLarge => Problems.TooLarge("The request is larger than an application can be: at most two files of 10 MB each.");
}
