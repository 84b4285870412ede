using Hotspots.Analysis;
using Microsoft.Extensions.Configuration;

namespace Hotspots.Tests.Analysis.Runs;

public sealed class AnalysisQueueTests
{
    private static AnalysisQueue OneAtOnce() =>
        new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Hotspots:AnalysesAtOnce"] = "1" }).Build());

    [Fact]
    public async Task A_second_analysis_waits_for_the_first_to_finish_and_then_runs()
    {
        using var queue = OneAtOnce();
        var firstMayFinish = new TaskCompletionSource();
        var secondStarted = false;
        var first = queue.InTurn(async () => { await firstMayFinish.Task; return 1; }, CancellationToken.None);
        var second = queue.InTurn(() => { secondStarted = true; return Task.FromResult(2); }, CancellationToken.None);
        Assert.False(secondStarted);
        Assert.False(second.IsCompleted);

        firstMayFinish.SetResult();
        Assert.Equal((1, 2), (await first, await second));
        Assert.True(secondStarted);
    }

    [Fact]
    public async Task An_analysis_given_up_while_waiting_never_runs_and_keeps_no_turn()
    {
        using var queue = OneAtOnce();
        var firstMayFinish = new TaskCompletionSource();
        var first = queue.InTurn(async () => { await firstMayFinish.Task; return 1; }, CancellationToken.None);
        using var giveUp = new CancellationTokenSource();
        var waiting = queue.InTurn(() => Task.FromResult(2), giveUp.Token);
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);

        firstMayFinish.SetResult();
        await first;
        Assert.Equal(3, await queue.InTurn(() => Task.FromResult(3), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_failed_analysis_gives_its_turn_back()
    {
        using var queue = OneAtOnce();
        await Assert.ThrowsAsync<AnalysisInputException>(() =>
            queue.InTurn<int>(() => throw new AnalysisInputException("No incidents you may see match the filter."), CancellationToken.None));
        Assert.Equal(4, await queue.InTurn(() => Task.FromResult(4), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
