using Microsoft.AspNetCore.Http.HttpResults;

namespace OpenHire.Features.Pipelines;

/// <summary>
/// What a pipeline operation did: a value, or why not as an HTTP status with a message (and
/// per-field problems for 400, or facts like the current stage for a stale move's 409).
/// </summary>
public sealed record PipelineResult<T>(
    T? Value, int Status, string? Problem = null, Dictionary<string, string[]>? Errors = null, Dictionary<string, object?>? Facts = null)
{
    public bool Succeeded => Status is >= 200 and < 300;

    public static PipelineResult<T> Ok(T value) => new(value, StatusCodes.Status200OK);
    public static PipelineResult<T> NotFound(string problem) => new(default, StatusCodes.Status404NotFound, problem);
    public static PipelineResult<T> Conflict(string problem, Dictionary<string, object?>? facts = null) => new(default, StatusCodes.Status409Conflict, problem, null, facts);
    public static PipelineResult<T> Invalid(Dictionary<string, string[]> errors) => new(default, StatusCodes.Status400BadRequest, "Some fields need attention.", errors);
    public static PipelineResult<T> Invalid(string field, string message) => Invalid(new() { [field] = [message] });

    /// <summary>The same failure, carrying another value type.</summary>
    public PipelineResult<TOther> As<TOther>() => new(default, Status, Problem, Errors, Facts);

    /// <summary>The value as 200 OK, or the failure as a ProblemDetails.</summary>
    public Results<Ok<T>, ProblemHttpResult, ValidationProblem> ToHttp() => Status switch
    {
        StatusCodes.Status200OK => TypedResults.Ok(Value!),
        StatusCodes.Status400BadRequest => TypedResults.ValidationProblem(Errors ?? [], Problem),
        _ => TypedResults.Problem(Problem, statusCode: Status, extensions: Facts),
    };

    /// <summary>The first thing to tell a person about a failure.</summary>
    public string Message => Errors?.Values.SelectMany(e => e).FirstOrDefault() ?? Problem ?? "";
}
