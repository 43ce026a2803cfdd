namespace OpenHire.Features.Applications;

/// <summary>Keeps an uploader's file name for display and downloads, stripped of paths and control characters.</summary>
public static class SafeFileName
{
    public static string From(string? uploaded, string fallback)
    {
        var name = Path.GetFileName((uploaded ?? "").Replace('\\', '/'));
        var clean = new string(name.Where(c => !char.IsControl(c) && c is not ('"' or '/' or '\\' or ':' or '*' or '?' or '<' or '>' or '|')).ToArray()).Trim().TrimStart('.');
        if (clean.Length > 150) clean = clean[^150..];
        return clean.Length == 0 ? fallback : clean;
    }
}
