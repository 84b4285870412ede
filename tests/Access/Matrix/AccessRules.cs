namespace Hotspots.Tests.Access.Matrix;

/// <summary>The audit trail, reviews and break-glass, on the incident relations of <see cref="IncidentRules"/>.</summary>
public static class AccessRules
{
    private const string AuditRefusal = "Only administrators, data-protection officers and analysts";

    private const string RulesRefusal = "Only an administrator can see or change the access rules";

    private const string Administrator = """
        any
        admin.council  done
        *              refused
        """;

    public static IEnumerable<FieldRule> Rules() =>
    [
        new("accessRules", Administrator.Replace("done", "full"), p => p.Ask("{ accessRules { agreements { reference } generalisation { suppressBelow } } }", null,
            d => Answers.Lists(d["accessRules"]!["agreements"], "KMSP-ISA-2023-01", "reference")), RulesRefusal),
        new("auditLog", """
            own other sensitive
            admin.council  full    full    full
            dpo.police     full    full    full
            analyst.*      empty   empty   empty
            *              refused refused refused
            """, p => p.Ask("query($s: String) { auditLog(subject: $s) { totalCount } }", new { s = $"incident:{IncidentRules.Record(p)}" },
            d => d["auditLog"]!["totalCount"]!.GetValue<int>() > 0 ? "full" : "empty"), AuditRefusal),

        new("breakGlassOpenings", """
            any
            admin.council  done
            dpo.police     done
            analyst.*      done
            *              refused
            """, p => p.Ask("{ breakGlassOpenings { incidentId openedBy } }", null, d => Answers.Done(d["breakGlassOpenings"])),
            "Only analysts, data-protection officers and administrators see who broke glass"),

        new("requireSecondFactor", """
            any
            admin.council  done
            *              refused
            """, p => p.Ask("mutation { requireSecondFactor(username: \"partner.voluntary\") { username } }", null,
            d => Answers.Done(d["requireSecondFactor"])), "Only an administrator", Changes: true),
        new("markReviewed", """
            own other sensitive
            analyst.*   done    refused refused
            dpo.police  empty   refused refused
            *           refused refused refused
            """, p => p.Ask($"mutation {{ markReviewed(incidentId: {IncidentRules.Record(p)}) {{ sourceReference }} }}", null, d => Answers.Done(d["markReviewed"])),
            "Only analysts and data-protection officers of the owning agency", Changes: true),
        new("saveSharingAgreement", Administrator, p => p.Ask("""
            mutation { saveSharingAgreement(agreement: { reference: "KMSP-ISA-MATRIX", title: "Matrix agreement", lawfulBasis: "s115 Crime and Disorder Act 1998", fullAccessAgencies: ["police"] }) { reference } }
            """, null, d => Answers.Done(d["saveSharingAgreement"])), RulesRefusal, Changes: true),
        new("setAgencyPolicy", Administrator, p => p.Ask(
            "mutation { setAgencyPolicy(policy: { agency: \"voluntary\", reviewMonths: 24, retentionMonths: 120, retentionAction: ANONYMISE }) { agency } }", null,
            d => Answers.Done(d["setAgencyPolicy"])), RulesRefusal, Changes: true),
        // After every read: a coarser grid changes what those who only count records see.
        new("setGeneralisation", Administrator, p => p.Ask("mutation { setGeneralisation(generalisedCellMetres: 250, suppressBelow: 5) { suppressBelow } }", null,
            d => Answers.Done(d["setGeneralisation"])), RulesRefusal, Changes: true),
        // Last: an opened record changes what its opener sees for an hour.
        new("breakGlass", """
            own other sensitive
            enforcement.*  refused refused refused
            *              done    done    done
            """, p => p.Ask($"mutation {{ breakGlass(incidentId: {IncidentRules.Record(p)}, reason: \"Safeguarding referral received today from A&E\") {{ sourceReference }} }}", null,
            d => Answers.Present(d["breakGlass"]) == "full" ? "done" : "empty"), "Enforcement officers see the incidents linked to the operations they are on", Changes: true),
    ];
}
