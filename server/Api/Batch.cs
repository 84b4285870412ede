using GraphQL;
using GraphQL.DataLoader;

namespace Hotspots.Api;

/// <summary>
/// One statement for a list's children: each item's field asks for its keys and gets a deferred result; GraphQL.NET
/// resolves the whole level first, then asks the deferred results, and the first of them fetches every key asked so far
/// at once. Kept per request, so nothing is cached between requests or viewers. (GraphQL.NET's own DataLoader package
/// is not among the packages this project may use; the execution engine's <see cref="IDataLoaderResult"/> is.)
/// </summary>
public sealed class Batch<TKey, T>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<Dictionary<TKey, T>>> fetch) where TKey : notnull
{
    private readonly Lock gate = new();
    private Round? open;

    public IDataLoaderResult<List<T>> LoadMany(IEnumerable<TKey> keys)
    {
        var wanted = keys.ToList();
        Round round;
        lock (gate)
        {
            if (open is null || open.Fetching is not null) open = new Round();
            round = open;
            round.Keys.UnionWith(wanted);
        }
        return new Deferred(async cancel =>
        {
            var found = await Fetch(round, cancel);
            return [.. wanted.Where(found.ContainsKey).Select(k => found[k])];
        });
    }

    private Task<Dictionary<TKey, T>> Fetch(Round round, CancellationToken cancel)
    {
        lock (gate) return round.Fetching ??= fetch(round.Keys, cancel);
    }

    private sealed class Round
    {
        public HashSet<TKey> Keys { get; } = [];
        public Task<Dictionary<TKey, T>>? Fetching { get; set; }
    }

    private sealed class Deferred(Func<CancellationToken, Task<List<T>>> result) : IDataLoaderResult<List<T>>
    {
        public Task<List<T>> GetResultAsync(CancellationToken cancellationToken = default) => result(cancellationToken);
        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await result(cancellationToken);
    }
}

public static class Batches
{
    /// <summary>The request's batch named <paramref name="name"/>, made on first use from <paramref name="fetch"/>.</summary>
    public static Batch<TKey, T> Batch<TKey, T>(this IResolveFieldContext c, string name,
        Func<IServiceProvider, IReadOnlyCollection<TKey>, CancellationToken, Task<Dictionary<TKey, T>>> fetch) where TKey : notnull
    {
        var services = c.RequestServices!;
        lock (c.UserContext)
        {
            if (c.UserContext.TryGetValue("batch:" + name, out var made)) return (Batch<TKey, T>)made!;
            var batch = new Batch<TKey, T>((keys, cancel) => fetch(services, keys, cancel));
            c.UserContext["batch:" + name] = batch;
            return batch;
        }
    }
}
