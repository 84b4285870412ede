namespace Hotspots.Demo;

/// <summary>A fixed list of options drawn in proportion to their weights.</summary>
internal sealed class WeightedChoice<T>(params (T Value, double Weight)[] options)
{
    private readonly double total = options.Sum(o => o.Weight);

    public IEnumerable<T> Values => options.Select(o => o.Value);

    public T Draw(Random rng)
    {
        var target = rng.NextDouble() * total;
        foreach (var (value, weight) in options)
        {
            if (target < weight) return value;
            target -= weight;
        }
        return options[^1].Value;
    }
}
