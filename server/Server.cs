namespace Hotspots;

public static class Server
{
    public static int Run(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var app = builder.Build();
        app.MapStaticAssets();
        app.MapGet("/health", () => "ok");
        app.MapFallbackToFile("index.html");
        app.Run();
        return 0;
    }
}
