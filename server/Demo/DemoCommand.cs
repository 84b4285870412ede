namespace Hotspots.Demo;

public static class DemoCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        error.WriteLine("generate-demo: not built yet");
        return 2;
    }
}
