using System.Text.RegularExpressions;
using GraphQL;
using Hotspots.Database;

namespace Hotspots.Access;

public sealed record Agency(string Code, string Name);

/// <summary>The partnership's agencies. Codes never change (records, rules and accounts refer to them); names may.</summary>
public sealed partial class Agencies(UnitOfWork writes)
{
    [GeneratedRegex("^[a-z][a-z0-9_]{1,31}$")]
    private static partial Regex CodePattern();

    public async Task<IReadOnlyList<Agency>> All(CancellationToken cancel) => await writes.Read(Viewer.NoOne,
        work => work.List("SELECT code, name FROM agencies ORDER BY name", r => new Agency(r.GetString(0), r.GetString(1))), cancel);

    public Task<Agency> Add(Viewer viewer, string code, string name, CancellationToken cancel) => Administer(viewer, name, async work =>
    {
        if (!CodePattern().IsMatch(code ?? ""))
            throw new ExecutionError($"\"{code}\" cannot be an agency code: use 2 to 32 lower-case letters, digits or underscores, starting with a letter, e.g. fire_service.");
        if (!await work.Scalar<bool>("INSERT INTO agencies (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING RETURNING true", code, name.Trim()))
            throw new ExecutionError($"There is already an agency {code}.");
        await work.Audit("add agency", $"agency:{code}", new { name });
        return new Agency(code!, name.Trim());
    }, cancel);

    public Task<Agency> Rename(Viewer viewer, string code, string name, CancellationToken cancel) => Administer(viewer, name, async work =>
    {
        if (await work.Execute("UPDATE agencies SET name = $2 WHERE code = $1", code, name.Trim()) == 0)
            throw new ExecutionError($"There is no agency {code}.");
        await work.Audit("rename agency", $"agency:{code}", new { name });
        return new Agency(code, name.Trim());
    }, cancel);

    private Task<Agency> Administer(Viewer viewer, string name, Func<Work, Task<Agency>> change, CancellationToken cancel)
    {
        if (viewer.Role != Role.Administrator) throw new ExecutionError("Only an administrator can add or rename agencies.");
        if (string.IsNullOrWhiteSpace(name)) throw new ExecutionError("Give the agency's name as partners know it: it is empty.");
        return writes.Run(viewer, change, cancel);
    }
}
