using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;

namespace Hotspots.Incidents;

/// <summary>A page of incidents with the highest marking among them.</summary>
public sealed class IncidentConnectionType : ConnectionType<IncidentType>
{
    public IncidentConnectionType()
    {
        Name = "IncidentConnection";
        Field<NonNullGraphType<SensitivityType>>("classification").Description(Marking.Description)
            .Resolve(c => Marking.Highest(((Connection<Incident>)c.Source!).Items!.Select(i => i!.Sensitivity)));
    }
}
