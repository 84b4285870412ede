using System.Globalization;
using System.Text;

namespace Hotspots.Benchmarks;

/// <summary>A seeded synthetic district: BNG x 400 000–430 000, y 405 000–430 000, 60 % background, 40 % in 25 clusters.</summary>
internal static class DistrictPoints
{
    public static void Write(string path, int count, int seed = 20261128)
    {
        var random = new Random(seed);
        var centres = Enumerable.Range(0, 25)
            .Select(_ => (X: 403_000 + random.NextDouble() * 24_000, Y: 408_000 + random.NextDouble() * 19_000, Sd: 150 + random.NextDouble() * 450))
            .ToArray();
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        writer.WriteLine("id,x,y");
        var line = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            double x, y;
            if (random.NextDouble() < 0.6) { x = 400_000 + random.NextDouble() * 30_000; y = 405_000 + random.NextDouble() * 25_000; }
            else
            {
                var c = centres[random.Next(centres.Length)];
                x = Math.Clamp(c.X + Gaussian(random) * c.Sd, 400_000, 430_000);
                y = Math.Clamp(c.Y + Gaussian(random) * c.Sd, 405_000, 430_000);
            }
            line.Clear().Append(i).Append(',').Append(x.ToString("F1", CultureInfo.InvariantCulture)).Append(',').Append(y.ToString("F1", CultureInfo.InvariantCulture));
            writer.WriteLine(line);
        }
    }

    static double Gaussian(Random r) => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());
}
