using System.Security.Cryptography;
using Hotspots.Database;
using Npgsql;

namespace Hotspots.Access;

/// <summary>The key local tokens are signed with, made once and kept in the database for every instance.</summary>
public static class SigningKey
{
    // Called from a service factory, which cannot await; it runs once, when the key is first needed.
    public static byte[] Load(NpgsqlDataSource dataSource) => new UnitOfWork(dataSource).Run(Viewer.NoOne, async work =>
    {
        await work.Execute("INSERT INTO signing_keys (id, key) VALUES (1, $1) ON CONFLICT (id) DO NOTHING", RandomNumberGenerator.GetBytes(32));
        return (await work.Scalar<byte[]>("SELECT key FROM signing_keys WHERE id = 1"))!;
    }).GetAwaiter().GetResult();
}
