namespace Hotspots.Tests.Access.Matrix;

/// <summary>
/// Accounts, agencies, one's own authenticator and group membership. The account changes work on an account the
/// administrator creates first (matrix.person), so no demo account the matrix signs in with is changed; a member added
/// to a group is removed again, so later rules see the groups as the fixture made them.
/// </summary>
public static class PeopleRules
{
    private const string Administrator = """
        any
        admin.council  done
        *              refused
        """;

    private const string AccountRefusal = "Only an administrator can change accounts";

    private const string ChairOrAdministrator = """
        own     other
        chair.council  done    refused
        admin.council  done    done
        *              refused refused
        """;

    /// <summary>Someone not yet in the group the probe asks about, a different person for each cell that may succeed.</summary>
    private static string Newcomer(Probe p) =>
        ProblemRules.Group(p) == p.App.GroupA ? (p.Account == "chair.council" ? "partner.voluntary" : "partner.health") : "partner.housing";

    private static string Person(string change) => $$"""mutation { {{change}} }""";

    public static IEnumerable<FieldRule> Rules() =>
    [
        new("people", """
            any
            admin.council  full
            chair.council  full
            *              refused
            """, p => p.Ask("{ people { username } }", null, d => Answers.Lists(d["people"], "admin.council", "username")),
            "Only administrators and group chairs"),
        new("agencies", "any\n* full", p => p.Ask("{ agencies { code } }", null, d => Answers.Lists(d["agencies"], "glaa", "code"))),

        new("createAccount", Administrator, p => p.Ask(Person(
            "createAccount(person: { username: \"matrix.person\", displayName: \"Matrix Person\", role: PARTNER, agency: \"housing\" }) { oneTimeCode }"),
            null, d => Answers.Done(d["createAccount"])), AccountRefusal, Changes: true),
        new("updateAccount", Administrator, p => p.Ask(Person(
            "updateAccount(person: { username: \"matrix.person\", displayName: \"Matrix Person (housing)\", role: PARTNER, agency: \"housing\", email: \"matrix@example.org\" }) { username }"),
            null, d => Answers.Done(d["updateAccount"])), AccountRefusal, Changes: true),
        new("setAccountActive", Administrator, p => p.Ask(Person("setAccountActive(username: \"matrix.person\", active: false) { active }"),
            null, d => Answers.Done(d["setAccountActive"])), AccountRefusal, Changes: true),
        new("unlockAccount", Administrator, p => p.Ask(Person("unlockAccount(username: \"matrix.person\") { username }"),
            null, d => Answers.Done(d["unlockAccount"])), AccountRefusal, Changes: true),
        new("resetPassword", Administrator, p => p.Ask(Person("resetPassword(username: \"matrix.person\") { oneTimeCode }"),
            null, d => Answers.Done(d["resetPassword"])), AccountRefusal, Changes: true),
        new("resetSecondFactor", Administrator, p => p.Ask(Person("resetSecondFactor(username: \"matrix.person\") { username }"),
            null, d => Answers.Done(d["resetSecondFactor"])), AccountRefusal, Changes: true),
        new("addAgency", Administrator, p => p.Ask(Person("addAgency(code: \"matrix_agency\", name: \"Matrix agency\") { code }"),
            null, d => Answers.Done(d["addAgency"])), "Only an administrator can add or rename agencies", Changes: true),
        new("renameAgency", Administrator, p => p.Ask(Person("renameAgency(code: \"matrix_agency\", name: \"Matrix agency (renamed)\") { code }"),
            null, d => Answers.Done(d["renameAgency"])), "Only an administrator can add or rename agencies", Changes: true),

        // Every local account may set up its own authenticator; a wrong code is refused and changes nothing.
        new("beginSecondFactor", "any\n* done", p => p.Ask("mutation { beginSecondFactor { qrCode } }", null, d => Answers.Done(d["beginSecondFactor"])), Changes: true),
        new("confirmSecondFactor", "any\n* refused", p => p.Ask("mutation { confirmSecondFactor(code: \"000000\") }", null, d => Answers.Done(d["confirmSecondFactor"])),
            "The authenticator code is wrong", Changes: true),

        new("addGroupMember", ChairOrAdministrator, p => p.Ask("mutation($g: ID!, $u: String!) { addGroupMember(groupId: $g, username: $u) { id } }",
            new { g = ProblemRules.Group(p).Id, u = Newcomer(p) }, d => Answers.Done(d["addGroupMember"])),
            "Only the group's chair and administrators can change its members", Changes: true),
        new("removeGroupMember", ChairOrAdministrator, p => p.Ask("mutation($g: ID!, $u: String!) { removeGroupMember(groupId: $g, username: $u) { id } }",
            new { g = ProblemRules.Group(p).Id, u = Newcomer(p) }, d => Answers.Done(d["removeGroupMember"])),
            "Only the group's chair and administrators can change its members", Changes: true),
        new("handOverChair", ChairOrAdministrator, HandOverAndBack, "Only the group's chair and administrators can change its members or its chair", Changes: true),
    ];

    /// <summary>Hands the chair to the group's analyst; a change made is undone at once, so later cells see the group's own chair.</summary>
    private static async Task<string> HandOverAndBack(Probe p)
    {
        var group = ProblemRules.Group(p);
        var answer = await p.Ask("mutation($g: ID!, $u: String!) { handOverChair(groupId: $g, username: $u) { chair } }",
            new { g = group.Id, u = group.Members[1] }, d => d["handOverChair"]?["chair"]?.GetValue<string>() == group.Members[1] ? "done" : "empty");
        await p.App.Execute("UPDATE problem_groups SET chair = $2 WHERE id = $1", long.Parse(group.Id), group.Members[0]);
        return answer;
    }
}
