using System.Security.Cryptography;
using Hotspots.Database;
using Npgsql;

namespace Hotspots.Access;

/// <summary>The key local tokens are signed with, made once and kept in the database for every instance.</summary>
public static class SigningKey
{
    public static byte[] Load(NpgsqlDataSource dataSource)
    {
        using var insert = dataSource.CreateCommand("INSERT INTO signing_keys (id, key) VALUES (1, $1) ON CONFLICT (id) DO NOTHING").With(RandomNumberGenerator.GetBytes(32));
        insert.ExecuteNonQuery();
        using var select = dataSource.CreateCommand("SELECT key FROM signing_keys WHERE id = 1");
        return (byte[])select.ExecuteScalar()!;
    }
}
