namespace Hotspots.Analysis;

/// <summary>
/// Lets only so many analyses run at once on this instance (Hotspots:AnalysesAtOnce, default one per core) and queues
/// the rest: a Gi* run over a million incidents keeps a core busy for about 3 s, and queued runs finish no later on two
/// cores than runs sharing them, while the map keeps its share (docs/benchmarks.md, fourth and fifth runs).
/// </summary>
public sealed class AnalysisQueue(IConfiguration configuration) : IDisposable
{
    private readonly SemaphoreSlim turns = new(Math.Max(1, configuration.GetValue("Hotspots:AnalysesAtOnce", Environment.ProcessorCount)));

    public async Task<T> InTurn<T>(Func<Task<T>> work, CancellationToken cancel)
    {
        await turns.WaitAsync(cancel);
        try
        {
            return await work();
        }
        finally
        {
            turns.Release();
        }
    }

    public void Dispose() => turns.Dispose();
}
