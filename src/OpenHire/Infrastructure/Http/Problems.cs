using Microsoft.AspNetCore.Http.HttpResults;

namespace OpenHire.Infrastructure.Http;

/// <summary>RFC 9457 problem responses with a message a person can act on.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string detail) => Result(StatusCodes.Status404NotFound, detail);
    public static ProblemHttpResult Conflict(string detail) => Result(StatusCodes.Status409Conflict, detail);
    public static ProblemHttpResult TooLarge(string detail) => Result(StatusCodes.Status413PayloadTooLarge, detail);
    public static ProblemHttpResult UnsupportedType(string detail) => Result(StatusCodes.Status415UnsupportedMediaType, detail);

    public static ProblemHttpResult Result(int status, string detail) => TypedResults.Problem(detail, statusCode: status);
}
