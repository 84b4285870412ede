using System.Text;
using Hotspots.Access;
using Hotspots.Database;
using Microsoft.AspNetCore.Http.Features;
using Npgsql;

namespace Hotspots.Problems;

/// <summary>
/// GET /problems/groups/{id}/live: the group's changes as server-sent events, for members (and administrators) only,
/// read with the bearer token like every other call. Events: <c>ready</c> once this instance listens,
/// <c>change</c> per committed change (a <see cref="LiveChange"/>), <c>resync</c> when some may have been missed,
/// <c>ended</c> when the viewer stops being a member, their token expires or their account changes (checked every few
/// seconds, <see cref="AccountStates"/>). Opening and closing are audited.
/// </summary>
public static class MeetingStream
{
    private static readonly TimeSpan KeepAlive = AccountStates.Fresh;

    /// <summary>Not a notice: the quiet interval passed, time to check the follower is still signed in as before.</summary>
    private const string Check = "\0check";

    public static async Task<IResult> Follow(long id, HttpContext http, GroupListener listener, UnitOfWork units, AuditLog audit,
        AccountStates accounts)
    {
        if (Viewer.From(http.User) is not { } viewer) return Results.Unauthorized();
        var cancel = http.RequestAborted;
        if (!await MaySee(units, viewer, id, cancel)) return Results.NotFound();
        using var follower = listener.Follow(id);
        await audit.Record(viewer, "follow meeting", $"group:{id}", cancel: cancel);
        var sent = 0;
        try
        {
            http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
            http.Response.ContentType = "text/event-stream";
            http.Response.Headers.CacheControl = "no-store";
            await follower.Listening.WaitAsync(cancel);
            await Send(http, "ready", $$"""{"groupId":{{id}}}""");
            while (await Next(follower, http) is { } notice)
            {
                if (await accounts.Ended(http.User, viewer, cancel) is { } reason)
                {
                    await Send(http, "ended", System.Text.Json.JsonSerializer.Serialize(new { reason }));
                    break;
                }
                if (notice == Check) continue;
                if (!await MaySee(units, viewer, id, cancel))
                {
                    await Send(http, "ended", """{"reason":"You are no longer a member of this group."}""");
                    break;
                }
                if (notice == GroupFollower.ResyncNotice) await Send(http, "resync", "{}");
                else if (LiveChange.From(notice) is { } change)
                {
                    await Send(http, "change", change.Json());
                    sent++;
                }
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
        }
        await audit.Record(viewer, "stop following meeting", $"group:{id}", new { changesSent = sent }, cancel: CancellationToken.None);
        return Results.Empty;
    }

    /// <summary>The next notice, writing a comment line every <see cref="KeepAlive"/> so proxies and the client know the door is open.</summary>
    private static async Task<string?> Next(GroupFollower follower, HttpContext http)
    {
        while (true)
        {
            if (follower.Notices.TryRead(out var notice)) return notice;
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
            wait.CancelAfter(KeepAlive);
            try
            {
                if (!await follower.Notices.WaitToReadAsync(wait.Token)) return null;
            }
            catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
            {
                await http.Response.Body.WriteAsync(": still here\n\n"u8.ToArray(), http.RequestAborted);
                await http.Response.Body.FlushAsync(http.RequestAborted);
                return Check;
            }
        }
    }

    private static async Task Send(HttpContext http, string name, string json)
    {
        await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes($"event: {name}\ndata: {json}\n\n"), http.RequestAborted);
        await http.Response.Body.FlushAsync(http.RequestAborted);
    }

    private static Task<bool> MaySee(UnitOfWork units, Viewer viewer, long groupId, CancellationToken cancel) => units.Read(viewer, work =>
        work.Scalar<bool>($"SELECT EXISTS (SELECT 1 FROM problem_groups g WHERE g.id = $3 AND {Membership.Sees("g.id", 1)})",
            viewer.Username, Codes.Of(viewer.Role), groupId), cancel);
}
