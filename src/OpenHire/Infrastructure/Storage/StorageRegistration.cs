namespace OpenHire.Infrastructure.Storage;

/// <summary>Registers the blob store: the "Storage" configuration section.</summary>
public static class StorageRegistration
{
    public static IHostApplicationBuilder AddOpenHireStorage(this IHostApplicationBuilder builder)
    {
        var folder = DataDirectory.Folder(builder, builder.Configuration["Storage:LocalPath"], "files");
        builder.Services.AddSingleton<IBlobStore>(new LocalFolderBlobStore(folder));
        return builder;
    }
}
