using Hotspots.Database;

namespace Hotspots.Access;

/// <summary>
/// Append-only record of who saw and changed what; the table refuses updates and deletes. This is for an entry that
/// stands alone (a read, a sign-in); a change writes its entry with <see cref="Work.Audit"/> in its own transaction.
/// </summary>
public sealed class AuditLog(UnitOfWork units)
{
    public Task Record(string? username, string? agency, string action, string? subject = null,
        object? detail = null, string? reason = null, string? origin = null, CancellationToken cancel = default) =>
        units.Run(Viewer.NoOne, work => work.AuditAs(username, agency, action, subject, detail, reason, origin), cancel);

    public Task Record(Viewer viewer, string action, string? subject = null, object? detail = null, string? reason = null, string? origin = null, CancellationToken cancel = default) =>
        units.Run(viewer, work => work.Audit(action, subject, detail, reason, origin), cancel);

    /// <summary>Records the read of one record by id, or its refusal when the viewer may not see it, and passes it on.</summary>
    public async Task<T?> ReadOne<T>(Viewer viewer, string kind, long id, T? found, CancellationToken cancel) where T : class
    {
        await Record(viewer, found is null ? $"read {kind} refused" : $"read {kind}", $"{kind}:{id}", cancel: cancel);
        return found;
    }
}
