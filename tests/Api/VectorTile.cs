namespace Hotspots.Tests.Api;

/// <summary>
/// Just enough of a Mapbox vector tile reader (protobuf, spec 2.1) to check what a tile holds: each layer's name and its
/// features' ids and properties. Geometry is skipped.
/// </summary>
public sealed record VectorTile(IReadOnlyDictionary<string, IReadOnlyList<VectorTile.Feature>> Layers)
{
    public sealed record Feature(ulong? Id, IReadOnlyDictionary<string, object> Properties);

    public IReadOnlyList<Feature> Layer(string name) => Layers.TryGetValue(name, out var features) ? features : [];

    /// <summary>Fetches a tile, checking it is one.</summary>
    public static async Task<VectorTile> Get(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.mapbox-vector-tile", response.Content.Headers.ContentType!.MediaType);
        return Read(await response.Content.ReadAsByteArrayAsync());
    }

    public static VectorTile Read(byte[] bytes)
    {
        var layers = new Dictionary<string, IReadOnlyList<Feature>>();
        foreach (var (field, layer) in Fields(bytes))
            if (field == 3)
            {
                var parts = Fields((byte[])layer).ToList();
                var keys = parts.Where(p => p.Field == 3).Select(p => Text(p.Value)).ToList();
                var values = parts.Where(p => p.Field == 4).Select(p => Value((byte[])p.Value)).ToList();
                var features = parts.Where(p => p.Field == 2).Select(p => ReadFeature((byte[])p.Value, keys, values)).ToList();
                layers[Text(parts.Single(p => p.Field == 1).Value)] = features;
            }
        return new VectorTile(layers);
    }

    private static Feature ReadFeature(byte[] bytes, List<string> keys, List<object> values)
    {
        ulong? id = null;
        var properties = new Dictionary<string, object>();
        foreach (var (field, value) in Fields(bytes))
            if (field == 1) id = (ulong)value;
            else if (field == 2)
            {
                var tags = Packed((byte[])value);
                for (var i = 0; i + 1 < tags.Count; i += 2) properties[keys[(int)tags[i]]] = values[(int)tags[i + 1]];
            }
        return new Feature(id, properties);
    }

    private static object Value(byte[] bytes)
    {
        var (field, value) = Fields(bytes).Single();
        return field switch
        {
            1 => Text(value),
            2 => (double)BitConverter.ToSingle(BitConverter.GetBytes((uint)(ulong)value)),
            3 => BitConverter.Int64BitsToDouble((long)(ulong)value),
            4 or 5 => (long)(ulong)value,
            6 => (long)((ulong)value >> 1) ^ -(long)((ulong)value & 1),
            _ => (ulong)value != 0,
        };
    }

    private static string Text(object value) => System.Text.Encoding.UTF8.GetString((byte[])value);

    private static List<ulong> Packed(byte[] bytes)
    {
        var list = new List<ulong>();
        for (var at = 0; at < bytes.Length;) list.Add(Varint(bytes, ref at));
        return list;
    }

    /// <summary>(field number, varint or fixed value as ulong, or length-delimited bytes).</summary>
    private static IEnumerable<(int Field, object Value)> Fields(byte[] bytes)
    {
        for (var at = 0; at < bytes.Length;)
        {
            var key = Varint(bytes, ref at);
            var field = (int)(key >> 3);
            switch (key & 7)
            {
                case 0: yield return (field, Varint(bytes, ref at)); break;
                case 1: yield return (field, BitConverter.ToUInt64(bytes, at)); at += 8; break;
                case 5: yield return (field, (ulong)BitConverter.ToUInt32(bytes, at)); at += 4; break;
                case 2:
                    var length = (int)Varint(bytes, ref at);
                    yield return (field, bytes[at..(at + length)]);
                    at += length;
                    break;
                default: throw new FormatException($"wire type {key & 7} at byte {at}");
            }
        }
    }

    private static ulong Varint(byte[] bytes, ref int at)
    {
        ulong result = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[at++];
            result |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80) return result;
        }
    }
}
