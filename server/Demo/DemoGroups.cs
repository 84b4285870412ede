namespace Hotspots.Demo;

/// <summary>A saved hotspot of the demo: around one planted concentration's sites, as an analyst would have drawn it.</summary>
internal sealed record DemoHotspot(string Code, string Name, string Description, (double Easting, double Northing)[] Sites, double Buffer);

/// <summary>An action of a demo plan; due in days from the day the demo was loaded (negative: overdue).</summary>
internal sealed record DemoAction(string What, string Owner, int DueInDays, string Status, string Objective, string? Rag, params (int DaysAgo, string Author, string Text)[] Notes);

internal sealed record DemoPlan(string Title, string Hotspot, string Status, string Priority, string ExploitationType, string Sector, int StartedDaysAgo,
    int ReviewInDays, string LeadAgency, string LeadOfficer, string Objective, string Problem, string Hypothesis, string Responses, DemoAction[] Actions,
    string? Assessment = null, string? Outcome = null);

internal sealed record DemoMeeting(int DaysAgo, string[] Attendees, string Minutes, params string[] Decisions);

internal sealed record DemoGroup(string Name, string Chair, string[] Members, DemoPlan[] Plans, DemoMeeting[] Meetings);

/// <summary>
/// The partnership at work on a fresh install: three problem-solving groups of several agencies, plans at each OSARA
/// stage on hotspots saved around the planted concentrations, actions some of them overdue with update notes and RAG,
/// past meetings with minutes, and a closed plan for the what-worked library. Every demo account owns an action or
/// chairs a group, so each first page has something to act on.
/// </summary>
internal static class DemoGroups
{
    public static readonly DemoHotspot[] Hotspots =
    [
        new("DEMO-HS-1", "Huddersfield centre nail bars and massage", "Saved from the district KDE run: three premises on and off the ring road.",
            [(414450, 416650), (414750, 416400), (414300, 416350)], 250),
        new("DEMO-HS-2", "Dewsbury and Batley hand car washes", "Saved from the Getis-Ord run: three car washes on the A638 and A652.",
            [(423900, 421150), (425150, 422000), (424850, 424550)], 200),
        new("DEMO-HS-3", "Dewsbury county lines", "Saved from the emerging-hotspot run: intensifying around the station and the bus station.",
            [(424300, 421750), (423700, 421300)], 400),
        new("DEMO-HS-4", "Holme and Colne Valley farms", "Saved from the 2025 run: seasonal farm labour.",
            [(406300, 410400), (409200, 409300), (412000, 406900)], 400),
        new("DEMO-HS-5", "Batley and Heckmondwike cannabis grows", "Saved from the district KDE run: rented terraces.",
            [(423700, 424750), (421050, 424050), (422100, 423100)], 300),
    ];

    public static readonly DemoGroup[] All =
    [
        new("Huddersfield and Batley exploitation", "chair.council",
            ["analyst.police", "partner.health", "partner.voluntary", "enforcement.council"],
            [
                new("Nail bars and massage premises, Huddersfield centre", "DEMO-HS-1", "respond", "high", "sexual", "nail_bar", 70, -2,
                    "police", "Priya Shah", "Reduce reports of sexual exploitation at the three premises by half within a year.",
                    "Women moved between three premises on the ring road; reports rose each month last year.",
                    "The same controller rents all three premises through one letting agent.",
                    "Joint licensing visits, outreach by the voluntary sector, and letters to the landlord.",
                    [
                        new("Brief walk-in centre staff on signs of sexual exploitation", "partner.health", -6, "in_progress", "prevention_and_early_resolution", "amber",
                            (12, "partner.health", "Two of four sessions held; the rest wait for rota cover."), (3, "partner.health", "Rota cover agreed for January.")),
                        new("Licensing inspection of the massage premises on Trinity Street", "enforcement.council", -3, "blocked", "enforcement_and_diversion", "red",
                            (5, "enforcement.council", "Landlord refuses access; legal advice requested.")),
                        new("Map addresses linked to the letting agent", "analyst.police", 9, "in_progress", "partnership_problem_solving", "green",
                            (4, "analyst.police", "Eleven addresses found; four match the premises' staff.")),
                        new("Write to the letting agent's head office about the three premises", "chair.council", 0, "open", "enforcement_and_diversion", null),
                        new("Tuesday outreach sessions near the ring road", "partner.voluntary", -20, "done", "prevention_and_early_resolution", "green",
                            (21, "partner.voluntary", "Six sessions held; two women referred to support.")),
                    ]),
                new("Cannabis grows in Batley and Heckmondwike rented houses", "DEMO-HS-5", "assess", "medium", "cannabis_cultivation", "other", 150, 12,
                    "police", "Priya Shah", "Reduce cannabis grows found in rented houses.",
                    "Young men found tending grows in rented terraces, some of them trafficked.",
                    "Landlords do not check who lives in the houses they let through agents.",
                    "Letters to landlords, warrants on known grows, NRM referrals for the gardeners.",
                    [
                        new("Compare grows found before and after the landlord letters", "analyst.police", 5, "open", "evaluation", null),
                        new("Follow up the NRM referrals of the gardeners", "partner.voluntary", -1, "in_progress", "prevention_and_early_resolution", "amber",
                            (2, "partner.voluntary", "One of three has a support worker; two moved out of area.")),
                    ]),
            ],
            [
                new(42, ["chair.council", "analyst.police", "partner.health", "partner.voluntary"], "Reviewed the hotspot map with police; agreed to start with the three premises.",
                    "Police to map addresses linked to the letting agent", "Health to brief walk-in centre staff"),
                new(14, ["chair.council", "analyst.police", "partner.health", "enforcement.council"], "Licensing visit refused by the landlord; outreach going well.",
                    "Council to seek legal advice on access", "Keep the plan in Respond"),
            ]),
        new("Dewsbury and Batley labour exploitation", "chair.council",
            ["analyst.council", "enforcement.glaa", "partner.housing", "analyst.police", "admin.council"],
            [
                new("Hand car washes on the A638 and A652", "DEMO-HS-2", "analyse", "high", "labour", "hand_car_wash", 35, 7,
                    "glaa", "Jo Patel", "Reduce labour exploitation at hand car washes on the two roads.",
                    "Workers at three car washes live above the premises and are paid in cash.",
                    "One gangmaster supplies all three car washes and houses the workers in HMOs.",
                    "Joint GLAA and HMRC visits; HMO licence checks.",
                    [
                        new("Renew the information-sharing agreement with the GLAA", "admin.council", 3, "open", "evaluation", null),
                        new("Match the car washes' workers to NRM referrals", "analyst.council", 2, "open", "partnership_problem_solving", null),
                        new("Joint GLAA and HMRC visit to the two Dewsbury car washes", "enforcement.glaa", 5, "open", "enforcement_and_diversion", null),
                        new("Check HMO licences of the flats above the car washes", "partner.housing", -4, "in_progress", "enforcement_and_diversion", "amber",
                            (6, "partner.housing", "Two of three flats unlicensed; owners written to.")),
                        new("Pull business rates records for the three sites", "analyst.council", -10, "done", "partnership_problem_solving", "green",
                            (11, "analyst.council", "All three registered to the same company since March.")),
                    ]),
                new("County lines around Dewsbury station", "DEMO-HS-3", "scan", "urgent", "child_criminal_exploitation", "other", 6, 21,
                    "police", "Priya Shah", "Understand where children are being exploited for county lines in Dewsbury.",
                    "Reports near the station have tripled over three years.", "", "",
                    [new("Scan incidents and missing-from-home reports near the station", "analyst.police", 14, "open", "partnership_problem_solving", null)]),
            ],
            [
                new(21, ["chair.council", "analyst.council", "enforcement.glaa", "partner.housing"], "GLAA shared intelligence on the gangmaster; housing to check the flats.",
                    "Plan a joint visit with HMRC", "Housing to check HMO licences"),
            ]),
        new("Rural labour (Holme and Colne Valleys)", "chair.council",
            ["enforcement.glaa", "analyst.council", "partner.voluntary"],
            [
                new("Seasonal farm labour in the Holme and Colne Valleys", "DEMO-HS-4", "closed", "medium", "labour", "farm", 400, 0,
                    "glaa", "Jo Patel", "Reduce labour exploitation on farms in the two valleys.",
                    "Seasonal pickers housed in caravans, their wages paid to one labour provider.",
                    "A single unlicensed labour provider supplied most of the farms.",
                    "GLAA licence enforcement, farm owner briefings, a helpline card in four languages.",
                    [
                        new("Brief farm owners on checking labour providers", "enforcement.glaa", -120, "done", "prevention_and_early_resolution", "green",
                            (125, "enforcement.glaa", "Twenty-two farms briefed at the NFU meeting.")),
                    ],
                    "Reports fell to a quarter of their rate in the last year; no displacement to the neighbouring valleys.", "reduced"),
            ],
            [
                new(90, ["chair.council", "enforcement.glaa", "analyst.council"], "Assessment shows reports down to a quarter; agreed to close the plan.",
                    "Close the plan and add it to the what-worked library"),
            ]),
    ];
}
