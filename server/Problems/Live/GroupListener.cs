using Npgsql;

namespace Hotspots.Problems;

/// <summary>
/// One LISTEN connection per server instance for every group a meeting screen follows here. Changes committed on
/// any instance reach it through PostgreSQL NOTIFY (see <see cref="GroupChannel"/>), so instances share no memory.
/// </summary>
public sealed class GroupListener(NpgsqlDataSource dataSource, ILogger<GroupListener> log) : BackgroundService
{
    // How soon a newly followed group is LISTENed to; notices themselves arrive at once while waiting.
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(100);
    private readonly Lock gate = new();
    private readonly Dictionary<long, List<GroupFollower>> followers = [];

    public GroupFollower Follow(long groupId)
    {
        var follower = new GroupFollower(groupId, Leave);
        lock (gate)
        {
            if (!followers.TryGetValue(groupId, out var list)) followers[groupId] = list = [];
            list.Add(follower);
        }
        return follower;
    }

    private void Leave(GroupFollower follower)
    {
        lock (gate)
            if (followers.TryGetValue(follower.GroupId, out var list) && list.Remove(follower) && list.Count == 0) followers.Remove(follower.GroupId);
    }

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                // Not a unit of work: LISTEN belongs to a session that stays open, and a transaction would hold notices back.
                await using var connection = await dataSource.OpenConnectionAsync(stopping);
                connection.Notification += (_, e) => Deliver(e.Channel, e.Payload);
                var listening = new HashSet<long>();
                while (!stopping.IsCancellationRequested)
                {
                    await Catch(connection, listening, stopping);
                    await connection.WaitAsync(Pause, stopping);
                }
            }
            catch (Exception e) when (!stopping.IsCancellationRequested)
            {
                log.LogWarning(e, "The meeting listener lost its database connection; reconnecting");
                // Notices sent while no one listened are lost: every screen reloads what it shows.
                foreach (var follower in Everyone()) follower.Resync();
                await Task.Delay(TimeSpan.FromSeconds(1), stopping);
            }
        }
    }

    /// <summary>LISTENs to the groups followed now, UNLISTENs the rest, and tells new followers they are heard.</summary>
    private async Task Catch(NpgsqlConnection connection, HashSet<long> listening, CancellationToken cancel)
    {
        long[] wanted;
        lock (gate) wanted = [.. followers.Keys];
        foreach (var groupId in wanted.Where(g => !listening.Contains(g)).Concat(listening.Where(g => !wanted.Contains(g))).ToList())
        {
            var start = listening.Add(groupId);
            if (!start) listening.Remove(groupId);
            await using var command = new NpgsqlCommand($"{(start ? "LISTEN" : "UNLISTEN")} {GroupChannel.Of(groupId)}", connection);
            await command.ExecuteNonQueryAsync(cancel);
        }
        foreach (var follower in Everyone().Where(f => listening.Contains(f.GroupId))) follower.Heard();
    }

    private void Deliver(string channel, string payload)
    {
        if (GroupChannel.GroupOf(channel) is not { } groupId) return;
        lock (gate)
            foreach (var follower in followers.GetValueOrDefault(groupId) ?? []) follower.Tell(payload);
    }

    private List<GroupFollower> Everyone()
    {
        lock (gate) return [.. followers.Values.SelectMany(f => f)];
    }
}
