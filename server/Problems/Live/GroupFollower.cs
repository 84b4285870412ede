using System.Threading.Channels;

namespace Hotspots.Problems;

/// <summary>One meeting screen's place in the <see cref="GroupListener"/>: the group's notices, in the order committed.</summary>
public sealed class GroupFollower(long groupId, Action<GroupFollower> leave) : IDisposable
{
    /// <summary>Said instead of a notice when some may have been missed, e.g. after the database restarted.</summary>
    public const string ResyncNotice = "resync";

    private readonly Channel<string> notices = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource heard = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long GroupId { get; } = groupId;

    /// <summary>Completes once this instance LISTENs to the group: changes committed after that reach this follower.</summary>
    public Task Listening => heard.Task;

    public ChannelReader<string> Notices => notices.Reader;

    internal void Heard() => heard.TrySetResult();

    internal void Tell(string payload) => notices.Writer.TryWrite(payload);

    internal void Resync() => notices.Writer.TryWrite(ResyncNotice);

    public void Dispose()
    {
        leave(this);
        notices.Writer.TryComplete();
    }
}
