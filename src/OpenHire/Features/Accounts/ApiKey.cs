using System.Security.Cryptography;
using System.Text;

namespace OpenHire.Features.Accounts;

/// <summary>An organization's API key. Only a SHA-256 hash of the secret is kept; the key is shown once.</summary>
public sealed class ApiKey
{
    const string Scheme = "ohk";

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; init; }
    public required string Name { get; init; }

    /// <summary>
    /// A personal key acts as this staff member, with their role at each request; without one the
    /// key acts for the whole organization, as an admin.
    /// </summary>
    public Guid? UserId { get; init; }

    /// <summary>Public part of the key, used to find the row without scanning hashes.</summary>
    public required string Prefix { get; init; }
    public required byte[] SecretHash { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>Makes a new key; the returned token is the only time the secret exists in clear.</summary>
    public static (ApiKey Key, string Token) Create(Guid organizationId, string name, DateTimeOffset now, Guid? userId = null)
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = new ApiKey { OrganizationId = organizationId, UserId = userId, Name = name, Prefix = prefix, SecretHash = Hash(secret), CreatedAt = now };
        return (key, $"{Scheme}_{prefix}_{secret}");
    }

    /// <summary>Splits a presented token into its prefix and secret, or returns false when it is not shaped like a key.</summary>
    public static bool TryParse(string token, out string prefix, out string secret)
    {
        prefix = secret = "";
        var parts = token.Split('_', 3);
        if (parts is not [Scheme, { Length: 12 } p, { Length: > 0 } s]) return false;
        (prefix, secret) = (p, s);
        return true;
    }

    public bool Matches(string secret) => CryptographicOperations.FixedTimeEquals(SecretHash, Hash(secret));

    static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
