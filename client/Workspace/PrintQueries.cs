namespace Hotspots.Client.Workspace;

public static class PrintQueries
{
    /// <summary>The audit entry for a map printed or saved from the print layout (output PDF or PNG).</summary>
    public static Task<bool> RecordMapPrint(this GraphQLClient client, string title, string output, string? runId, string marking) =>
        client.Field<bool>("recordMapPrint", "mutation($title: String!, $output: String!, $runId: ID, $marking: String!) { recordMapPrint(title: $title, output: $output, runId: $runId, marking: $marking) }",
            new { title, output, runId, marking });
}
