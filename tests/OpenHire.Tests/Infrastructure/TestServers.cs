namespace OpenHire.Tests.Infrastructure;

/// <summary>
/// The Redis and S3-compatible servers test.sh starts (OPENHIRE_TEST_REDIS, OPENHIRE_TEST_S3…),
/// as the settings that point an OpenHire host at them. A missing server fails the tests.
/// </summary>
public static class TestServers
{
    public static string Redis => Required("OPENHIRE_TEST_REDIS");

    /// <summary>Redis settings with a key prefix of the test's own, shared by the hosts given the same <paramref name="instance"/>.</summary>
    public static Dictionary<string, string?> RedisSettings(string instance) => new()
    {
        ["Redis:Configuration"] = Redis,
        ["Redis:InstanceName"] = $"openhire-test-{instance}:",
    };

    public static Dictionary<string, string?> S3Settings() => new()
    {
        ["Storage:Provider"] = "S3",
        ["Storage:S3:ServiceUrl"] = Required("OPENHIRE_TEST_S3"),
        ["Storage:S3:Bucket"] = Required("OPENHIRE_TEST_S3_BUCKET"),
        ["Storage:S3:AccessKey"] = Required("OPENHIRE_TEST_S3_ACCESS_KEY"),
        ["Storage:S3:SecretKey"] = Required("OPENHIRE_TEST_S3_SECRET_KEY"),
    };

    static string Required(string name) => Environment.GetEnvironmentVariable(name)
        ?? throw new InvalidOperationException($"{name} is not set: run the tests with ./test.sh, which starts Redis and s3rver.");

    /// <summary>
    /// Two hosts on one SQLite database and data folder, as two nodes of one install: the second
    /// leaves the data to the first to clean up.
    /// </summary>
    public static async Task<(SqliteApp A, RestartedSqliteApp B)> TwoNodesAsync(
        Dictionary<string, string?> settings, Dictionary<string, string?>? settingsOfB = null)
    {
        var a = new SqliteApp();
        foreach (var (k, v) in settings) a.Settings[k] = v;
        await a.InitializeAsync();
        var b = new RestartedSqliteApp(a.DataDirectory) { KeepData = true };
        foreach (var (k, v) in settingsOfB ?? settings) b.Settings[k] = v;
        await b.InitializeAsync();
        return (a, b);
    }
}
