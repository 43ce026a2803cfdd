using Microsoft.AspNetCore.Mvc;

namespace OpenHire.Infrastructure.Http;

/// <summary>RFC 9457 problem bodies with a message a person can act on.</summary>
public static class Problems
{
    public static ProblemDetails NotFound(string detail) => Make(StatusCodes.Status404NotFound, "Not found", detail);
    public static ProblemDetails Conflict(string detail) => Make(StatusCodes.Status409Conflict, "Conflict", detail);
    public static ProblemDetails TooLarge(string detail) => Make(StatusCodes.Status413PayloadTooLarge, "Too large", detail);
    public static ProblemDetails UnsupportedType(string detail) => Make(StatusCodes.Status415UnsupportedMediaType, "Unsupported file type", detail);
    public static ProblemDetails Gone(string detail) => Make(StatusCodes.Status410Gone, "No longer available", detail);

    static ProblemDetails Make(int status, string title, string detail) => new()
    {
        Status = status,
        Title = title,
        Detail = detail,
    };
}
