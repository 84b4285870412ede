namespace Hotspots.Analysis;

public static class AnalyseCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        error.WriteLine("analyse: not built yet");
        return 2;
    }
}
