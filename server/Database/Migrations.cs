using DbUp;
using DbUp.Engine.Output;

namespace Hotspots.Database;

/// <summary>Applies the numbered SQL files in Database/Migrations in order, once each, recorded in schemaversions.</summary>
public static class Migrations
{
    public static void Apply(string connectionString)
    {
        EnsureDatabase.For.PostgresqlDatabase(connectionString, new NoOpUpgradeLog());
        var result = DeployChanges.To.PostgresqlDatabase(connectionString)
            .WithScriptsEmbeddedInAssembly(typeof(Migrations).Assembly, name => name.Contains(".Database.Migrations."))
            .WithTransactionPerScript()
            .LogTo(new NoOpUpgradeLog())
            .Build()
            .PerformUpgrade();
        if (!result.Successful)
            throw new InvalidOperationException($"Migration {result.ErrorScript?.Name} failed: {result.Error.Message}", result.Error);
    }
}
