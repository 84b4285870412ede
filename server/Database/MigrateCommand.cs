namespace Hotspots.Database;

/// <summary>./hotspots migrate: the migrations as the owner (HOTSPOTS_DATABASE_OWNER), and the server's login made ready.</summary>
public static class MigrateCommand
{
    public static int Run(TextWriter output, TextWriter error)
    {
        if (Environment.GetEnvironmentVariable("HOTSPOTS_DATABASE_OWNER") is not { Length: > 0 } owner)
        {
            error.WriteLine("HOTSPOTS_DATABASE_OWNER is not set: give the connection string of the role that owns the tables.");
            return 2;
        }
        var application = Environment.GetEnvironmentVariable("HOTSPOTS_DATABASE");
        Migrations.Apply(owner, string.IsNullOrEmpty(application) ? null : application);
        output.WriteLine(string.IsNullOrEmpty(application) ? "Migrations applied." : "Migrations applied; the server's login (HOTSPOTS_DATABASE) can sign in.");
        return 0;
    }
}
