namespace Hotspots.Client.Analysis;

public sealed record NearRepeatCell(int DistanceFrom, int DistanceTo, int DaysFrom, int DaysTo, int Observed, double Expected, double? Ratio, double P);

public sealed record NearRepeatAnswer(int RecordsUsed, long CountedLeftOut, int Permutations, string BandRule, List<NearRepeatCell> Cells, List<string> Explanation);

public static class NearRepeatQueries
{

    public static Task<NearRepeatAnswer> NearRepeat(this GraphQLClient client, IncidentFilter filter, int[] metres, int[] days, int permutations) =>
        client.Field<NearRepeatAnswer>("nearRepeat", """
            query($filter: IncidentFilter!, $metres: [Int!], $days: [Int!], $permutations: Int) {
                nearRepeat(filter: $filter, metres: $metres, days: $days, permutations: $permutations) {
                    recordsUsed countedLeftOut permutations bandRule explanation
                    cells { distanceFrom distanceTo daysFrom daysTo observed expected ratio p } } }
            """, new { filter, metres, days, permutations });
}
