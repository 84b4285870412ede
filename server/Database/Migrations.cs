using DbUp;
using DbUp.Engine;
using DbUp.Engine.Output;
using DbUp.Support;

namespace Hotspots.Database;

/// <summary>
/// Applies the numbered SQL files in Database/Migrations in order, once each, recorded in schemaversions; then the
/// files of Database/Functions on every start (CREATE OR REPLACE), so a rule such as need-to-know has one current definition.
/// </summary>
public static class Migrations
{
    /// <summary>Applies the migrations as the owner; with <paramref name="application"/>, makes sure that login can sign in.</summary>
    public static void Apply(string connectionString, string? application = null)
    {
        EnsureDatabase.For.PostgresqlDatabase(connectionString, new NoOpUpgradeLog());
        var result = DeployChanges.To.PostgresqlDatabase(connectionString)
            .WithScriptsEmbeddedInAssembly(typeof(Migrations).Assembly, name => name.Contains(".Database.Migrations."))
            .WithScriptsEmbeddedInAssembly(typeof(Migrations).Assembly, name => name.Contains(".Database.Functions."),
                new SqlScriptOptions { ScriptType = ScriptType.RunAlways, RunGroupOrder = DbUpDefaults.DefaultRunGroupOrder + 1 })
            .WithTransactionPerScript()
            // A migration that counts every stored record (0038 at a million rows) takes longer than the default 30 s.
            .WithExecutionTimeout(TimeSpan.FromMinutes(30))
            .LogTo(new NoOpUpgradeLog())
            .Build()
            .PerformUpgrade();
        if (!result.Successful)
            throw new InvalidOperationException($"Migration {result.ErrorScript?.Name} failed: {result.Error.Message}", result.Error);
        if (application is not null) ApplicationLogin.Ensure(connectionString, application);
    }
}
