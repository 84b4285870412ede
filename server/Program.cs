using Hotspots.Analysis;
using Hotspots.Demo;

return args.FirstOrDefault() switch
{
    "analyse" or "analyze" => AnalyseCommand.Run(args[1..], Console.Out, Console.Error),
    "import" => Hotspots.Imports.ImportCommand.Run(args[1..], Console.Out, Console.Error),
    "migrate" => Hotspots.Database.MigrateCommand.Run(Console.Out, Console.Error),
    "generate-demo" => DemoCommand.Run(args[1..], Console.Out, Console.Error),
    _ => Hotspots.Server.Run(args),
};
