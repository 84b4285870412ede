using Hotspots.Analysis;
using Hotspots.Tests.Database;
using Npgsql;

namespace Hotspots.Tests.Analysis.Clustering;

/// <summary>Our DBSCAN against PostGIS ST_ClusterDBSCAN on the same 5 000 points, on a real PostGIS.</summary>
public sealed class DbscanPostGisTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Theory]
    [InlineData(11, 25.0, 5)]
    [InlineData(12, 40.0, 12)]
    public async Task Core_points_fall_in_the_same_clusters_as_ST_ClusterDBSCAN(int seed, double eps, int minPoints)
    {
        var points = DbscanTests.ClusteredPoints(seed, 5_000);
        // Whole decimetres, as incident coordinates are stored, so distances exactly on eps occur and both sides must count them.
        for (int i = 0; i < points.Count; i++) (points.X[i], points.Y[i]) = (Math.Round(points.X[i], 1), Math.Round(points.Y[i], 1));

        var ours = Dbscan.Cluster(points, eps, minPoints).Cluster;
        var theirs = await StClusterDbscan(points, eps, minPoints);
        var agreement = ClusterAgreement.Of(points, eps, minPoints, ours, theirs);

        Assert.True(agreement.CorePoints > 1_000, agreement.ToString());
        Assert.True(agreement.OurClusters > 1, agreement.ToString());
        Assert.True(agreement.CoreExact, agreement.ToString());
        Assert.Equal(0, agreement.Unexplained);
        Assert.True(agreement.NoisePoints > 0, agreement.ToString());
        Assert.Equal(ours.Count(c => c == DbscanResult.Noise), theirs.Count(c => c == DbscanResult.Noise));
    }

    [Fact]
    public void A_core_point_in_another_cluster_is_counted_as_disagreement()
    {
        var points = PointSet.Of((0, 0), (10, 0), (20, 0), (500, 0), (510, 0), (520, 0));
        var ours = Dbscan.Cluster(points, 10, 2).Cluster;
        var agreement = ClusterAgreement.Of(points, 10, 2, ours, [0, 0, 1, 2, 2, 2]);
        Assert.False(agreement.CoreExact);
        Assert.Equal(5, agreement.CoreAgreeing);
    }

    async Task<int[]> StClusterDbscan(PointSet points, double eps, int minPoints)
    {
        await using var command = db.DataSource.CreateCommand("""
            SELECT ST_ClusterDBSCAN(ST_SetSRID(ST_MakePoint(x, y), 27700), eps => $3, minpoints => $4) OVER ()
            FROM unnest($1::float8[], $2::float8[]) WITH ORDINALITY AS p(x, y, n) ORDER BY n
            """);
        foreach (var value in new object[] { points.X, points.Y, eps, minPoints })
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        var clusters = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) clusters.Add(reader.IsDBNull(0) ? DbscanResult.Noise : reader.GetInt32(0));
        return [.. clusters];
    }
}
