namespace Hotspots.Analysis;

internal static class AnalyseUsage
{
    public const string Text = """
        Usage: hotspots analyse <analysis> --input incidents.csv [options] --output file

          gistar    --cell-size M --distance-band M [--fdr] [--boundary area.geojson] [--max-cells N]
                    [--grid square|hexagon]
                    Getis-Ord Gi* per cell → CSV col,row,x,y,count,z,p,bin; hexagons are pointy-topped,
                    --cell-size apart centre to centre, col,row in odd-r offset coordinates
          kde       [--cell-size M] [--radius M] [--max-cells N]
                    quartic kernel density, points per km² → ESRI ASCII grid
          dbscan    --eps M --min-points N
                    density clusters → CSV id,cluster (−1 = noise)
          optimised [--boundary area.geojson] [--max-cells N]
                    chooses cell size and band itself, Gi* with FDR → CSV as gistar; explains its choices
          emerging  --cell-size M --distance-band M --time-step day|week|month [--previous-steps K]
                    [--hot-alpha A] [--no-fdr] [--trend-alpha A] [--boundary area.geojson] [--max-cells N]
                    emerging hot spots → CSV col,row,x,y,pattern,trend_z,trend_p
          near-repeat --metres 0,100,200,400 --days 0,7,14,28 [--permutations N] [--seed S]
                    Knox near-repeat test, bands [a, b) → CSV metres_from,metres_to,days_from,days_to,
                    observed,expected,ratio,p (days shuffled among places N times, 99 by default)

        Input: CSV with a header naming x,y (British National Grid metres) or longitude,latitude
        (WGS84, projected to EPSG:27700); optional id (else the line number) and date (yyyy-MM-dd,
        needed by emerging and near-repeat). Rows that cannot be used are listed on stderr and left out.
        Distances and sizes are metres. Exit 0 done, 1 input problem, 2 usage problem.

        """;
}
