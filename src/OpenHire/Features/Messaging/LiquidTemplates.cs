using System.Text.RegularExpressions;
using Fluid;

namespace OpenHire.Features.Messaging;

/// <summary>Where a template failed to parse or render: the parser's message and, when it says, the line and column.</summary>
public sealed record TemplateError(string Field, string Message, int? Line, int? Column);

/// <summary>
/// Liquid (Fluid) parsing and rendering of email templates. Plain text, so nothing is HTML-encoded;
/// every render is bounded in steps, so no template can loop for ever.
/// </summary>
public static partial class LiquidTemplates
{
    static readonly FluidParser Parser = new();
    static readonly TemplateOptions Options = new() { MaxSteps = 100_000, MaxRecursion = 20 };

    /// <summary>The parsed template, or the error that stops it parsing.</summary>
    public static (IFluidTemplate? Template, TemplateError? Error) Parse(string field, string source)
    {
        if (Parser.TryParse(source, out var template, out var error)) return (template, null);
        var at = Position().Match(error ?? "");
        return (null, new TemplateError(field, error ?? "The template does not parse.",
            at.Success ? int.Parse(at.Groups[1].Value) : null, at.Success ? int.Parse(at.Groups[2].Value) : null));
    }

    /// <summary>Renders with the variables given (nested dictionaries are objects: candidate.name).</summary>
    public static async Task<(string? Text, TemplateError? Error)> RenderAsync(string field, string source, IReadOnlyDictionary<string, object?> variables)
    {
        var (template, error) = Parse(field, source);
        if (template is null) return (null, error);
        var context = new TemplateContext(Options);
        foreach (var (name, value) in variables) context.SetValue(name, value);
        try
        {
            return (await template.RenderAsync(context), null);
        }
        catch (Exception e) when (e is InvalidOperationException or ParseException or ArgumentException)
        {
            return (null, new TemplateError(field, e.Message, null, null));
        }
    }

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex Position();
}
