using Hotspots.Client.Api;

namespace Hotspots.Client.Access;

/// <summary>The sharing agreement being written on the access rules page.</summary>
public sealed class AgreementEdit
{
    public string Reference { get; set; } = "";
    public string Title { get; set; } = "";
    public string LawfulBasis { get; set; } = "";
    public HashSet<string> Agencies { get; } = [];
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }

    public static AgreementEdit Of(SharingAgreement a)
    {
        var edit = new AgreementEdit { Reference = a.Reference, Title = a.Title, LawfulBasis = a.LawfulBasis, StartsOn = a.StartsOn, EndsOn = a.EndsOn };
        edit.Agencies.UnionWith(a.FullAccessAgencies);
        return edit;
    }

    public void Toggle(string agency, bool named)
    {
        if (named) Agencies.Add(agency);
        else Agencies.Remove(agency);
    }

    public SharingAgreement Agreement() => new(Reference, Title, LawfulBasis, [.. Agencies.Order()], StartsOn, EndsOn);
}
