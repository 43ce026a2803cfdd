using System.Text.Json;
using Json.Schema;

namespace OpenHire.Tests.Infrastructure;

/// <summary>The official JSON Resume schema (npm @jsonresume/schema, installed by test.sh), as a validator.</summary>
public static class JsonResumeSchema
{
    const string SchemaPath = "tests/OpenHire.Tests/schemas/node_modules/@jsonresume/schema/schema.json";

    static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(Locate())));

    public static void AssertValid(string document)
    {
        using var json = JsonDocument.Parse(document);
        var result = Schema.Value.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, "Not a valid JSON Resume document:\n" + string.Join('\n', errors));
    }

    static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, SchemaPath);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"{SchemaPath} is missing: run ./test.sh, which installs it with npm ci.");
    }
}
