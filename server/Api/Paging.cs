using System.Text;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using Hotspots.Database;

namespace Hotspots.Api;

/// <summary>Relay-style connections over keyset pages: first/after in, edges/pageInfo/totalCount out.</summary>
public static class Paging
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 1000;

    public static FieldBuilder<object?, object> PagingArguments(this FieldBuilder<object?, object> field) => field
        .Argument<IntGraphType>("first", $"How many to return, 1–{MaxPageSize}; {DefaultPageSize} unless given.")
        .Argument<StringGraphType>("after", "The endCursor of the previous page.");

    public static PageRequest Request(IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first") ?? DefaultPageSize;
        if (first is < 1 or > MaxPageSize)
            throw new ArgumentRefused($"first must be between 1 and {MaxPageSize} (was {first}); fetch further pages with after.");
        var after = context.GetArgument<string?>("after");
        return new PageRequest(first, after is null ? 0 : Decode(after));
    }

    public static Connection<T> ToConnection<T>(Page<T> page, Func<T, long> id, long? totalCount)
    {
        var edges = page.Items.Select(item => new Edge<T> { Node = item, Cursor = Encode(id(item)) }).ToList();
        return new Connection<T>
        {
            Edges = edges,
            TotalCount = totalCount is null ? null : checked((int)totalCount),
            PageInfo = new PageInfo
            {
                HasNextPage = page.HasNextPage,
                HasPreviousPage = false,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }

    public static async Task<Connection<T>> Resolve<T>(IResolveFieldContext context, Func<PageRequest, Task<Page<T>>> find, Func<T, long> id)
    {
        var page = await find(Request(context));
        var wantsTotal = context.SubFields?.ContainsKey("totalCount") == true;
        return ToConnection(page, id, wantsTotal ? await page.TotalCount() : null);
    }

    private static string Encode(long id) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"after:{id}"));

    private static long Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("after:") && long.TryParse(text[6..], out var id)) return id;
        }
        catch (FormatException) { }
        throw new ArgumentRefused("after is not a cursor this API gave out; use pageInfo.endCursor from the previous page.");
    }
}
