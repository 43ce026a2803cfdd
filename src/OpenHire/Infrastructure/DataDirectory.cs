namespace OpenHire.Infrastructure;

/// <summary>Where the embedded defaults keep the database, files and emails: "DataDirectory", default ./data beside the app.</summary>
public static class DataDirectory
{
    public static string Resolve(IHostApplicationBuilder builder) =>
        Resolve(builder.Configuration, builder.Environment.ContentRootPath);

    public static string Resolve(IConfiguration configuration, string contentRoot) =>
        Path.GetFullPath(configuration["DataDirectory"] ?? "data", contentRoot);

    /// <summary>A configured path, or a folder of the data directory when none is set.</summary>
    public static string Folder(IHostApplicationBuilder builder, string? configured, string defaultName) =>
        Path.GetFullPath(configured ?? Path.Combine(Resolve(builder), defaultName), builder.Environment.ContentRootPath);
}
