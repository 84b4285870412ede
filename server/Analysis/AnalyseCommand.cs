namespace Hotspots.Analysis;

/// <summary>
/// The command-line door: <c>hotspots analyse gistar|kde|dbscan|optimised|emerging|near-repeat …</c>.
/// Exit 0 on success, 1 when the data or parameters cannot be analysed, 2 when the command is misused.
/// </summary>
public static class AnalyseCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0) return Usage(error, null);
        try
        {
            var rest = args[1..];
            switch (args[0])
            {
                case "gistar": GiStarCommand.Run(rest, output, error); break;
                case "kde": KernelDensityCommand.Run(rest, output, error); break;
                case "dbscan": DbscanCommand.Run(rest, output, error); break;
                case "optimised" or "optimized": OptimisedCommand.Run(rest, output, error); break;
                case "emerging": EmergingCommand.Run(rest, output, error); break;
                case "near-repeat": NearRepeatCommand.Run(rest, output, error); break;
                case "help" or "--help" or "-h": error.Write(AnalyseUsage.Text); return 0;
                default: return Usage(error, $"Unknown analysis '{args[0]}'.");
            }
            return 0;
        }
        catch (UsageException e) { return Usage(error, e.Message); }
        catch (AnalysisInputException e) { error.WriteLine($"analyse: {e.Message}"); return 1; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            error.WriteLine($"analyse: {e.Message}");
            return 1;
        }
    }

    static int Usage(TextWriter error, string? problem)
    {
        if (problem is not null) error.WriteLine($"analyse: {problem}");
        error.Write(AnalyseUsage.Text);
        return 2;
    }
}
