using Microsoft.Extensions.Compliance.Classification;

namespace OpenHire.Infrastructure.Telemetry;

/// <summary>OpenHire's data classes: what a log line may carry only after redaction.</summary>
public static class DataClasses
{
    public const string Taxonomy = "OpenHire";

    /// <summary>Anything that identifies a person: email, phone, name, address.</summary>
    public static DataClassification PersonalData { get; } = new(Taxonomy, nameof(PersonalData));
}

/// <summary>Marks a logged value as personal data; the logger redacts it before any sink sees it.</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.ReturnValue, AllowMultiple = true)]
public sealed class PersonalDataAttribute() : DataClassificationAttribute(DataClasses.PersonalData);
