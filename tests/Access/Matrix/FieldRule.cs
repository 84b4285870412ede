using System.Text.RegularExpressions;

namespace Hotspots.Tests.Access.Matrix;

/// <summary>
/// Whose thing a cell asks about: the viewer's own (their agency's record, their group, their run, their agency's
/// operation), another's, or another agency's OFFICIAL-SENSITIVE record; Any where nothing is owned.
/// </summary>
public enum Relation { Own, Other, Sensitive, Any }

/// <summary>One asked cell: which account, about what.</summary>
public sealed record Probe(NeedToKnowMatrixFixture App, string Account, Relation Relation, HttpClient Client)
{
    public string Agency => NeedToKnowMatrixFixture.AgencyOf(Account);
}

/// <summary>
/// The rule for one field or HTTP path, as data: a table of what each account gets for each relation, and how to ask.
/// Table rows are account patterns (analyst.police, partner.*, *.council, *), first match wins; the first line names
/// the columns. Outcomes: full (the record with its protected detail), generalised (counted, not placed), &lt;5 (a
/// suppressed count), empty (nothing, or null), refused or refused:key (an error containing <see cref="Refusal"/>, or its part key=…), done (a change made).
/// Changes=true: a refused cell must leave the database as it was.
/// </summary>
public sealed record FieldRule(string Field, string Table, Func<Probe, Task<string>> Ask, string? Refusal = null, bool Changes = false)
{
    public IEnumerable<(string Account, Relation Relation, string Expected)> Cells()
    {
        var lines = Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var columns = lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => Enum.Parse<Relation>(c, ignoreCase: true)).ToArray();
        var rows = lines.Skip(1).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        if (rows.Any(r => r.Length != columns.Length + 1)) throw new InvalidOperationException($"{Field}: every row needs {columns.Length} outcomes");
        foreach (var account in NeedToKnowMatrixFixture.Accounts)
        {
            var row = rows.FirstOrDefault(r => Regex.IsMatch(account, "^" + Regex.Escape(r[0]).Replace(@"\*", ".*") + "$"))
                ?? throw new InvalidOperationException($"{Field}: no row for {account}");
            for (var c = 0; c < columns.Length; c++) yield return (account, columns[c], row[c + 1]);
        }
    }

    /// <summary>refused checks the message against Refusal; refused:key against the part of Refusal named key=…|….</summary>
    public bool Matches(string expected, string observed)
    {
        if (!expected.StartsWith("refused", StringComparison.Ordinal)) return expected == observed;
        var message = expected == "refused" ? Refusal
            : Refusal?.Split('|').Select(r => r.Split('=', 2)).FirstOrDefault(r => r[0] == expected["refused:".Length..])?[1];
        if (message is null) throw new InvalidOperationException($"{Field}: {expected} has no message in Refusal");
        return observed.StartsWith("refused: ", StringComparison.Ordinal) && observed.Contains(message, StringComparison.Ordinal);
    }
}
