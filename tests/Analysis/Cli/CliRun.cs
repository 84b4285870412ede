using Hotspots.Analysis;

namespace Hotspots.Tests.Analysis.Cli;

/// <summary>A temporary folder with an input CSV, and the result of calling the analyse door.</summary>
internal sealed class CliRun : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("hotspots-cli-").FullName;
    public string Output { get; private set; } = "";
    public string Error { get; private set; } = "";
    public int ExitCode { get; private set; }

    public string File(string name) => Path.Combine(Folder, name);

    public string Write(string name, string text)
    {
        System.IO.File.WriteAllText(File(name), text);
        return File(name);
    }

    public CliRun Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        ExitCode = AnalyseCommand.Run(args, output, error);
        (Output, Error) = (output.ToString(), error.ToString());
        return this;
    }

    public string[] Lines(string name) => System.IO.File.ReadAllLines(File(name));

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    /// <summary>Two dense clusters on a sparse background, in BNG metres, with dates over a year.</summary>
    public static string Incidents(int n = 600, int seed = 2)
    {
        var random = new Random(seed);
        var text = new System.Text.StringBuilder("id,x,y,date\n");
        for (int i = 0; i < n; i++)
        {
            bool cluster = i % 2 == 0;
            double x = cluster ? 410_000 + random.NextDouble() * 300 + (i % 4 == 0 ? 2000 : 0) : 408_000 + random.NextDouble() * 5000;
            double y = cluster ? 415_000 + random.NextDouble() * 300 : 413_000 + random.NextDouble() * 4000;
            var date = new DateOnly(2024, 1, 1).AddDays(cluster ? 200 + random.Next(160) : random.Next(360));
            text.Append($"{i},{x:R},{y:R},{date:yyyy-MM-dd}\n");
        }
        return text.ToString();
    }
}
