using Hotspots.Client.Api;

namespace Hotspots.Client.Access;

public sealed record RecordDue(string Id, DateTimeOffset OccurredFrom, string ExploitationType, string SourceAgency, string? SourceReference,
    string LocationPrecision, DateOnly ReviewDue);

public sealed record RecordsDue(int? TotalCount, List<RecordDue> Items);

/// <summary>Records of the viewer's agency whose review date under its retention policy has come.</summary>
public static class ReviewQueries
{
    public static Task<RecordsDue> DueForReview(this GraphQLClient client, int first) => client.Field<RecordsDue>("dueForReview", """
        query($first: Int) { dueForReview(first: $first) { totalCount items { id occurredFrom exploitationType sourceAgency sourceReference locationPrecision reviewDue } } }
        """, new { first });

    public static Task<RecordDue?> MarkReviewed(this GraphQLClient client, string id) => client.Field<RecordDue?>("markReviewed", """
        mutation($id: ID!) { markReviewed(incidentId: $id) { id occurredFrom exploitationType sourceAgency sourceReference locationPrecision reviewDue } }
        """, new { id });
}

/// <summary>How many records are due for review, for the navigation bar; the reviews page refreshes it after each review.</summary>
public sealed class ReviewsDue(GraphQLClient api)
{
    public int? Count { get; private set; }

    public event Action? Changed;

    public async Task Refresh()
    {
        try { Count = (await api.DueForReview(1)).TotalCount; }
        catch (Exception e) when (e is GraphQLException or HttpRequestException) { Count = null; }
        Changed?.Invoke();
    }
}
